import type { Outcome, Stage } from '@shared/domain/interview'
import type { RequestOf } from '@shared/ipc/contract'
import type { SliceKit } from './slice-kit'
import type { ToastNote } from './toast-notes'

/** What the Undo button of the current toast will do. */
export type UndoAction =
  | { kind: 'move'; cardId: string; to: Stage; outcome: Outcome | null }
  | { kind: 'restore'; cardId: string }
  /** Brings back the sample interviews "Remove them" took away. */
  | { kind: 'restore-samples'; cardIds: string[] }
  /** Reverts the card's last "sent", "replied" or snooze in main (and a move it caused). */
  | { kind: 'follow-up'; cardId: string }
  /** Puts back the wording a "Reset to template" dropped. */
  | { kind: 'draft'; request: RequestOf<'saveDraft'> }
  /** Removes the cards a spreadsheet import added. */
  | { kind: 'import'; cardIds: string[] }

/** How each kind of Undo is done, by the slice whose action offered it. */
export type UndoHandlers = {
  [K in UndoAction['kind']]: (undo: Extract<UndoAction, { kind: K }>) => Promise<void>
}

export interface Toast {
  /** Changes with every new toast, so its auto-dismiss timer restarts. */
  id: number
  /** What happened; the feature it is about words it. */
  note: ToastNote
  tone: 'info' | 'error'
  undo: UndoAction | null
}

/** Where the person asked to go; held back while the open card or the settings have unsaved edits. */
export type Navigation =
  | { kind: 'select'; cardId: string | null }
  | { kind: 'new-interview' }
  | { kind: 'settings' }
  | { kind: 'progress' }
  | { kind: 'board' }

/** What fills the window below the top bar. */
export type View = 'board' | 'settings' | 'progress'

export interface NavigationActions {
  navigate(to: Navigation): void
  setPanelDirty(dirty: boolean): void
  discardAndContinue(): void
  keepEditing(): void
  closeNewInterview(): void
  /** Scrolls a card into view in its column and focuses it if focus has nowhere better to be. */
  reveal(cardId: string): void
  undo(): Promise<void>
  dismissToast(): void
}

/** Navigation and toasts: which view and card are open, and the one toast with its Undo. */
export interface NavigationSlice {
  selectedCardId: string | null
  view: View
  newInterviewOpen: boolean
  /** The open card's panel, or the settings view, has unsaved edits. */
  panelDirty: boolean
  pendingNavigation: Navigation | null
  toast: Toast | null
  /** A card a column should scroll to; `seq` tells a repeated request from one already handled. */
  revealRequest: { cardId: string; seq: number } | null
  actions: NavigationActions
}

/** Shows a toast in place of the one before; an error says why something did not happen. */
export function showToast(
  kit: SliceKit<NavigationSlice>,
  note: ToastNote,
  tone: Toast['tone'] = 'info',
  undo: UndoAction | null = null,
): void {
  kit.set({ toast: { id: kit.nextSeq(), note, tone, undo } })
}

export function createNavigationSlice(
  kit: SliceKit<NavigationSlice>,
  undoers: UndoHandlers,
): NavigationSlice {
  const { set, get } = kit

  const go = (to: Navigation) => {
    const left = { panelDirty: false, pendingNavigation: null }
    switch (to.kind) {
      case 'select':
        return set({ ...left, view: 'board', selectedCardId: to.cardId })
      case 'new-interview':
        return set({ ...left, view: 'board', selectedCardId: null, newInterviewOpen: true })
      case 'settings':
        return set({ ...left, view: 'settings', selectedCardId: null })
      case 'progress':
        return set({ ...left, view: 'progress', selectedCardId: null })
      case 'board':
        return set({ ...left, view: 'board' })
    }
  }

  return {
    selectedCardId: null,
    view: 'board',
    newInterviewOpen: false,
    panelDirty: false,
    pendingNavigation: null,
    toast: null,
    revealRequest: null,
    actions: {
      navigate(to) {
        const { panelDirty, selectedCardId, view } = get()
        const staysOnCard = to.kind === 'select' && to.cardId === selectedCardId && view === 'board'
        const staysOnView = to.kind === view
        if (staysOnCard || staysOnView) return
        const editing = view === 'settings' || selectedCardId !== null
        if (panelDirty && editing) set({ pendingNavigation: to })
        else go(to)
      },

      setPanelDirty: (panelDirty) => set({ panelDirty }),

      discardAndContinue() {
        const next = get().pendingNavigation
        if (next) go(next)
      },

      keepEditing: () => set({ pendingNavigation: null }),

      closeNewInterview: () => set({ newInterviewOpen: false }),

      reveal: (cardId) => set({ revealRequest: { cardId, seq: kit.nextSeq() } }),

      async undo() {
        const undo = get().toast?.undo
        if (!undo) return
        set({ toast: null })
        await (undoers[undo.kind] as (undo: UndoAction) => Promise<void>)(undo)
      },

      dismissToast: () => set({ toast: null }),
    },
  }
}
