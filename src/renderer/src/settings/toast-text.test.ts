import { describe, expect, it } from 'vitest'
import { dataToastText, settingsToastText } from './toast-text'

const data = { about: 'data' } as const

describe('data toasts', () => {
  it('name a restored backup as the list showed it, and say the board before was kept', () => {
    const note = {
      ...data,
      kind: 'backup-restored',
      takenAt: '2026-11-20T09:00:00.000Z',
      timeZone: 'UTC',
      at: Date.parse('2026-11-23T15:00:00Z'),
      cards: 2,
    } as const
    expect(dataToastText(note)).toMatch(
      /^Restored the backup from Fri,? (20 Nov|Nov 20), 09:00( AM)? \(2 interviews\)\. Your previous board was kept as a backup\.$/,
    )
  })

  it('say what came in, what went out and where', () => {
    expect(dataToastText({ ...data, kind: 'board-imported', cards: 2 })).toBe(
      'Imported a board with 2 interviews. Your previous board was kept as a backup.',
    )
    expect(dataToastText({ ...data, kind: 'board-exported', file: '/home/alex/board.json' })).toBe(
      'Board exported to /home/alex/board.json',
    )
    expect(dataToastText({ ...data, kind: 'csv-exported', file: '/tmp/a.csv', count: 3 })).toBe(
      'Exported 3 interviews to /tmp/a.csv',
    )
    expect(dataToastText({ ...data, kind: 'changed-on-disk' })).toMatch(
      /changed on disk outside Foothold/,
    )
  })

  it('say what happened to the samples', () => {
    expect(dataToastText({ ...data, kind: 'samples-removed' })).toBe(
      'Removed the sample interviews',
    )
    expect(dataToastText({ ...data, kind: 'samples-back' })).toBe('The sample interviews are back')
    expect(dataToastText({ ...data, kind: 'samples-add-refused', reason: 'Locked' })).toBe(
      "Couldn't add the samples: Locked",
    )
  })
})

describe('settings toasts', () => {
  it('say the settings were saved, or why not', () => {
    expect(settingsToastText({ about: 'settings', kind: 'saved' })).toBe('Settings saved')
    expect(
      settingsToastText({
        about: 'settings',
        kind: 'save-refused',
        reason: 'The data file is read-only',
      }),
    ).toBe("Couldn't save your settings: The data file is read-only")
  })
})
