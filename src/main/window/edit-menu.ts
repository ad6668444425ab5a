import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'

export interface SpellingActions {
  replaceMisspelling(word: string): void
  addToDictionary(word: string): void
}

type Params = Pick<
  ContextMenuParams,
  'isEditable' | 'misspelledWord' | 'dictionarySuggestions' | 'selectionText' | 'editFlags'
>

/**
 * The right-click menu of a text field: spelling suggestions for a misspelt word first (drafts are
 * written in Foothold), then the usual edit commands. Null where there is nothing to offer.
 */
export function editMenuTemplate(
  params: Params,
  spelling: SpellingActions,
): MenuItemConstructorOptions[] | null {
  if (!params.isEditable) {
    return params.selectionText.trim() ? [{ role: 'copy', label: 'Copy' }] : null
  }
  const items: MenuItemConstructorOptions[] = []
  const word = params.misspelledWord
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, 5)
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false })
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => spelling.replaceMisspelling(suggestion) })
    }
    items.push(
      { label: `Add “${word}” to the dictionary`, click: () => spelling.addToDictionary(word) },
      { type: 'separator' },
    )
  }
  const flags = params.editFlags
  items.push(
    { role: 'undo', label: 'Undo', enabled: flags.canUndo },
    { role: 'redo', label: 'Redo', enabled: flags.canRedo },
    { type: 'separator' },
    { role: 'cut', label: 'Cut', enabled: flags.canCut },
    { role: 'copy', label: 'Copy', enabled: flags.canCopy },
    { role: 'paste', label: 'Paste', enabled: flags.canPaste },
    { role: 'selectAll', label: 'Select All', enabled: flags.canSelectAll },
  )
  return items
}
