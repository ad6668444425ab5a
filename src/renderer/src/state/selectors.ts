import { cardsInStage, matchesQuery } from '../../../shared/domain/board'
import { STAGES, type Card, type Stage } from '../../../shared/domain/interview'
import type { BoardState } from './board-store'

export interface VisibleCards {
  /** Ids of the cards matching the search, per column, in board order. */
  byStage: Readonly<Record<Stage, readonly string[]>>
  total: number
  matching: number
}

/**
 * Columns subscribe to this many times per store change, so the work is done once per
 * (cards, query) pair rather than once per column.
 */
export function createVisibleCardsSelector(): (
  state: Pick<BoardState, 'cards' | 'query'>,
) => VisibleCards {
  let lastCards: BoardState['cards'] | null = null
  let lastQuery = ''
  let last: VisibleCards | null = null
  return ({ cards, query }) => {
    if (last && cards === lastCards && query === lastQuery) return last
    const all = Object.values(cards)
    const shown = query.trim() === '' ? all : all.filter((card) => matchesQuery(card, query))
    const byStage = Object.fromEntries(
      STAGES.map((stage) => [stage, cardsInStage(shown, stage).map((card: Card) => card.id)]),
    ) as Record<Stage, string[]>
    lastCards = cards
    lastQuery = query
    last = { byStage, total: all.length, matching: shown.length }
    return last
  }
}

export const selectVisibleCards = createVisibleCardsSelector()
