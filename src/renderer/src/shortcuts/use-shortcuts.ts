import { useEffect } from 'react'
import { STAGES, type Stage } from '@shared/domain/interview'
import { MenuCommandSchema } from '@shared/ipc/menu-command'
import { matchShortcut, type Command } from '@shared/shortcuts'
import { SEARCH_ID } from '../common/element-ids'
import { useBoardStore } from '../state/board-context'
import type { BoardStore } from '../state/board-store'
import { selectReadOnly, selectVisibleCards } from '../state/selectors'
import { cardBeside, focusedCard } from './board-focus'
import { runOffered } from './command-handlers'
import { openHelp } from './help-state'
import { isDragging, isModalOpen, isTextField, platform } from './keys'

/** Focuses the search box, once the board (not Settings) is on screen. */
function focusSearch(left = 5): void {
  const box = document.getElementById(SEARCH_ID)
  if (box instanceof HTMLInputElement && !box.closest('[hidden]')) {
    box.focus()
    box.select()
  } else if (left > 0) requestAnimationFrame(() => focusSearch(left - 1))
}

/** Carries out a command from a key or the app menu; false when it does not apply right now. */
export function runCommand(store: BoardStore, command: Command): boolean {
  const state = store.getState()
  const { actions } = state
  const ready = state.load.phase === 'ready'
  switch (command) {
    case 'showHelp':
      openHelp()
      return true
    case 'newInterview':
      if (!ready || selectReadOnly(state)) return false
      actions.navigate({ kind: 'new-interview' })
      return true
    case 'search':
      if (!ready) return false
      actions.navigate({ kind: 'board' })
      focusSearch()
      return true
    case 'openSettings':
      if (!ready) return false
      actions.navigate({ kind: 'settings' })
      return true
    case 'undo':
      // Only on the board: in Settings, Ctrl+Z after ticking a box must not undo a move.
      if (state.view !== 'board' || !state.toast?.undo) return false
      void actions.undo()
      return true
    case 'copyDraft':
    case 'markSent':
      return runOffered(command)
    case 'nextStage': {
      const onBoard = focusedCard()
      const id = state.selectedCardId ?? onBoard?.dataset.cardId ?? null
      const card = id === null ? undefined : state.cards[id]
      const next = card && STAGES[STAGES.indexOf(card.stage) + 1]
      if (!card || !next || selectReadOnly(state)) return false
      actions.requestMove(card.id, next)
      // The card is drawn anew in its next column; focus follows it there.
      if (onBoard) actions.reveal(card.id)
      return true
    }
  }
}

/** Home, End and the arrows to the sides, while a card on the board has the focus. */
function moveFocus(store: BoardStore, card: HTMLElement, key: string): boolean {
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const beside = cardBeside(card, key === 'ArrowLeft' ? -1 : 1)
    beside?.focus()
    return true
  }
  const ids: readonly string[] =
    selectVisibleCards(store.getState()).byStage[card.dataset.stage as Stage] ?? []
  const target = key === 'Home' ? ids[0] : ids.at(-1)
  if (target) store.getState().actions.reveal(target)
  return true
}

/**
 * The keyboard shortcuts of shortcuts.ts, wherever the focus is, and the app menu's commands.
 * A key it acts on is marked handled (preventDefault), which also keeps it from Electron's menu.
 */
export function useShortcuts(): void {
  const store = useBoardStore()

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isModalOpen() || isDragging()) return
      const match = matchShortcut(event, platform, isTextField(document.activeElement))
      if (!match) return
      const { shortcut, chord } = match
      let handled: boolean
      if (shortcut.scope === 'card') {
        const card = focusedCard()
        handled = card !== null && event.target === card && moveFocus(store, card, chord.key)
      } else {
        handled = runCommand(store, shortcut.id as Command)
        // Ctrl+Z with nothing to undo is still Foothold's: the page has no other undo.
        if (shortcut.id === 'undo') handled = true
      }
      if (handled) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    const stop = window.foothold.on('menuCommand', (payload) => {
      const checked = MenuCommandSchema.safeParse(payload)
      if (checked.success && !isModalOpen()) runCommand(store, checked.data.command)
    })
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      stop()
    }
  }, [store])
}
