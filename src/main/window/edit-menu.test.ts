import { describe, expect, it, vi } from 'vitest'
import { editMenuTemplate } from './edit-menu'

const flags = {
  canUndo: true,
  canRedo: false,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
}
const base = {
  isEditable: true,
  misspelledWord: '',
  dictionarySuggestions: [],
  selectionText: '',
  editFlags: flags,
}

describe('editMenuTemplate', () => {
  it('offers spelling suggestions first for a misspelt word, and applies the one chosen', () => {
    const spelling = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }
    const menu = editMenuTemplate(
      { ...base, misspelledWord: 'intervew', dictionarySuggestions: ['interview', 'interviews'] },
      spelling,
    )!
    expect(menu.slice(0, 3).map((item) => item.label)).toEqual([
      'interview',
      'interviews',
      'Add “intervew” to the dictionary',
    ])
    menu[0]!.click!(undefined as never, undefined, undefined as never)
    menu[2]!.click!(undefined as never, undefined, undefined as never)
    expect(spelling.replaceMisspelling).toHaveBeenCalledWith('interview')
    expect(spelling.addToDictionary).toHaveBeenCalledWith('intervew')
  })

  it('keeps only the edit commands for a correctly spelt field, enabled as the page says', () => {
    const menu = editMenuTemplate(base, { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() })!
    expect(menu.filter((i) => i.role).map((i) => [i.role, i.enabled])).toEqual([
      ['undo', true],
      ['redo', false],
      ['cut', true],
      ['copy', true],
      ['paste', true],
      ['selectAll', true],
    ])
  })

  it('offers Copy for selected text outside a field, and nothing otherwise', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }
    expect(
      editMenuTemplate({ ...base, isEditable: false, selectionText: 'Acme' }, actions),
    ).toEqual([{ role: 'copy', label: 'Copy' }])
    expect(editMenuTemplate({ ...base, isEditable: false }, actions)).toBeNull()
  })
})
