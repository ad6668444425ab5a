import type { BoardCounts } from '@shared/board-view/first-screen'
import { moveCard as applyMove } from '@shared/domain/board'
import type { InterviewDetails, Outcome, Stage } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import type { IpcResult } from '@shared/ipc/result'
import { showToast, type NavigationSlice, type UndoHandlers } from './navigation-slice'
import type { SliceKit } from './slice-kit'

export type LoadState =
  | { phase: 'loading' }
  | { phase: 'ready' }
  /** `unanswered`: main did not answer at all (it was not listening yet), so `message` is ours. */
  | { phase: 'failed'; message: string; unanswered?: true }

export interface BoardSliceActions {
  setQuery(query: string): void
  /** Reads the clock again; the clock hook calls it once a minute. */
  tick(): void
  /** Shows only the cards that need action now, or every card again. */
  toggleDueOnly(): void
  createCard(details: InterviewDetails): Promise<IpcResult<Card>>
  saveCard(id: string, details: InterviewDetails): Promise<IpcResult<Card>>
  /** A drop or a "Move to…" choice: closing asks for an outcome first. */
  requestMove(id: string, to: Stage): void
  /** Opens the outcome dialog, also to change the outcome of a closed card. */
  askOutcome(id: string): void
  confirmClose(outcome: Outcome): void
  cancelClose(): void
  moveCard(id: string, to: Stage, outcome: Outcome | null, undoable?: boolean): Promise<void>
  deleteCard(id: string): Promise<void>
}

/** The board and its moves: the cards in the window, and how they are searched and filtered. */
export interface BoardSlice {
  load: LoadState
  cards: Readonly<Record<string, Card>>
  /**
   * Set while the window shows main's first screen (the top of each column) and the rest of the
   * cards are on their way: what those cards add to the counts.
   */
  onTheWay: BoardCounts | null
  query: string
  /** "Now" in ms since the epoch, read from the clock once a minute (see clock.ts). */
  now: number
  /** The "Due" pill's filter: only cards that need action now. */
  dueOnly: boolean
  /** The card waiting for an outcome before it can move to Closed. */
  closingCardId: string | null
  actions: BoardSliceActions
}

type Kit = SliceKit<BoardSlice & NavigationSlice>

export function putCard({ set }: Kit, card: Card): void {
  set((s) => ({ cards: { ...s.cards, [card.id]: card } }))
}

/** A card main answered with, unless it was deleted or a later answer is already in. */
export function putAnswer(kit: Kit, card: Card): void {
  const current = kit.get().cards[card.id]
  if (current && current.updatedAt <= card.updatedAt) putCard(kit, card)
}

/** Takes a card off the board, and closes it (dropping its unsaved edits) if it was open. */
export function removeCard({ set }: Kit, id: string): void {
  set((s) => {
    const { [id]: _removed, ...cards } = s.cards
    const wasOpen = s.selectedCardId === id
    return {
      cards,
      selectedCardId: wasOpen ? null : s.selectedCardId,
      panelDirty: wasOpen ? false : s.panelDirty,
      pendingNavigation: wasOpen ? null : s.pendingNavigation,
    }
  })
}

/** Main's undo of the card's last move or follow-up action: the card exactly as before it. */
export async function undoInMain(kit: Kit, cardId: string): Promise<IpcResult<Card>> {
  const before = kit.get().cards[cardId]
  const undone = await kit.api.undoFollowUp({ id: cardId })
  if (!undone.ok) return undone
  const card = undone.value
  putCard(kit, card)
  const backIn = before && before.stage !== card.stage ? card.stage : null
  showToast(kit, { about: 'board', kind: 'undone', company: card.company, backIn })
  return undone
}

export function boardUndoers(kit: Kit): Pick<UndoHandlers, 'move' | 'restore'> {
  return {
    async move(undo) {
      // Main puts the card back as it was, so what was sent in the stage it returns to still
      // counts. If main no longer can (it restarted meanwhile), the card is moved back anew.
      const undone = await undoInMain(kit, undo.cardId)
      if (!undone.ok) await kit.get().actions.moveCard(undo.cardId, undo.to, undo.outcome, false)
    },

    async restore(undo) {
      const result = await kit.api.restoreCard({ id: undo.cardId })
      if (result.ok) {
        putCard(kit, result.value)
        showToast(kit, { about: 'board', kind: 'restored', company: result.value.company })
      } else {
        const reason = result.error.message
        showToast(kit, { about: 'board', kind: 'restore-refused', reason }, 'error')
      }
    },
  }
}

export function createBoardSlice(kit: Kit): BoardSlice {
  const { set, get, api, now } = kit

  const actions: BoardSliceActions = {
    setQuery: (query) => set({ query }),

    tick() {
      const at = now().getTime()
      if (at !== get().now) set({ now: at })
    },

    toggleDueOnly: () => set((s) => ({ dueOnly: !s.dueOnly })),

    async createCard(details) {
      const result = await api.createCard({ details })
      if (result.ok) {
        putCard(kit, result.value)
        showToast(kit, { about: 'board', kind: 'added', company: result.value.company })
        get().actions.reveal(result.value.id)
      }
      return result
    },

    async saveCard(id, details) {
      const before = get().cards[id]
      const result = await api.updateCard({ id, details })
      if (result.ok) {
        const saved = result.value
        putCard(kit, saved)
        const from = (before ?? saved).stage
        showToast(kit, {
          about: 'follow-ups',
          kind: 'saved',
          company: saved.company,
          from,
          to: saved.stage,
        })
      }
      return result
    },

    requestMove(id, to) {
      const card = get().cards[id]
      if (!card || card.stage === to) return
      if (to === 'closed') actions.askOutcome(id)
      else void actions.moveCard(id, to, null)
    },

    askOutcome: (id) => set({ closingCardId: id }),

    confirmClose(outcome) {
      const id = get().closingCardId
      set({ closingCardId: null })
      if (id !== null) void actions.moveCard(id, 'closed', outcome)
    },

    cancelClose: () => set({ closingCardId: null }),

    // Optimistic: the card moves at once; if main refuses, it goes back and the reason is shown.
    async moveCard(id, to, outcome, undoable = true) {
      const before = get().cards[id]
      if (!before || (before.stage === to && before.outcome === outcome)) return
      let moved: Card
      try {
        moved = applyMove(before, to, outcome, now())
      } catch (error) {
        showToast(
          kit,
          { about: 'board', kind: 'move-impossible', reason: (error as Error).message },
          'error',
        )
        return
      }
      putCard(kit, moved)
      showToast(
        kit,
        { about: 'board', kind: 'moved', company: before.company, to, outcome },
        'info',
        undoable ? { kind: 'move', cardId: id, to: before.stage, outcome: before.outcome } : null,
      )
      const result = await api.moveCard({ id, to, outcome })
      // A later change to the same card wins over this answer.
      if (get().cards[id] !== moved) return
      if (result.ok) {
        putCard(kit, result.value)
      } else {
        putCard(kit, before)
        const reason = result.error.message
        showToast(
          kit,
          { about: 'board', kind: 'move-refused', company: before.company, reason },
          'error',
        )
      }
    },

    async deleteCard(id) {
      const card = get().cards[id]
      if (!card) return
      removeCard(kit, id)
      showToast(kit, { about: 'board', kind: 'deleted', company: card.company }, 'info', {
        kind: 'restore',
        cardId: id,
      })
      const result = await api.deleteCard({ id })
      if (!result.ok) {
        if (!get().cards[id]) putCard(kit, card)
        const reason = result.error.message
        showToast(
          kit,
          { about: 'board', kind: 'delete-refused', company: card.company, reason },
          'error',
        )
      }
    },
  }

  return {
    load: { phase: 'loading' },
    cards: {},
    onTheWay: null,
    query: '',
    now: now().getTime(),
    dueOnly: false,
    closingCardId: null,
    actions,
  }
}
