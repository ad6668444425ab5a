import { describe, expect, it } from 'vitest'
import { importToastText } from './import-text'

describe('import toasts', () => {
  it('say how many were imported, and what the Undo removed', () => {
    expect(importToastText({ about: 'import', kind: 'imported', count: 2 })).toBe(
      'Imported 2 interviews from the spreadsheet',
    )
    expect(importToastText({ about: 'import', kind: 'undone', removed: 2 })).toBe(
      'Undone — removed the 2 interviews the import added',
    )
    expect(importToastText({ about: 'import', kind: 'undone', removed: 0 })).toBe(
      'Undone — the imported interviews were already gone',
    )
  })

  it('give main’s reason when the Undo was refused', () => {
    const reason = 'There is no import to undo any more'
    expect(importToastText({ about: 'import', kind: 'undo-refused', reason })).toBe(
      "Couldn't undo the import: There is no import to undo any more",
    )
  })
})
