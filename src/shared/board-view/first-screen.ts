import type { PlanCard } from '../cadence/plan-cache'
import { STAGES, type Stage } from '../domain/interview'
import { type Card } from '../domain/card'
import type { Settings } from '../domain/settings'
import { isSample } from '../sample/is-sample'
import { boardOrder, needsAction } from './order'

/**
 * Cards sent ahead per column: more than a column shows on a 4K-tall screen (about 14) plus the
 * few drawn beyond its edge, and few enough that they cross to the window in a moment.
 */
export const FIRST_SCREEN_ROWS = 20

/** Figures of the whole board that the first screen's cards alone cannot give. */
export interface BoardCounts {
  /** Cards in each column. */
  byStage: Record<Stage, number>
  /** Cards that need a follow-up now: the "Due" pill. */
  due: number
  /** Sample cards anywhere on the board: their notice shows from the first paint. */
  samples: number
}

export interface FirstScreenCards {
  /** The top `rows` cards of each column, in board order. */
  cards: Card[]
  counts: BoardCounts
}

/**
 * The top of every column as the window will show it once the whole board is in, so a large
 * board can be drawn from a small message while the rest is on its way.
 */
export function firstScreenOf(
  cards: readonly Card[],
  settings: Settings,
  now: Date,
  planOf: PlanCard,
  rows = FIRST_SCREEN_ROWS,
): FirstScreenCards {
  const plan = (card: Card) => planOf(card, settings)
  const columns = Object.fromEntries(STAGES.map((stage) => [stage, [] as Card[]])) as Record<
    Stage,
    Card[]
  >
  let due = 0
  let samples = 0
  for (const card of cards) {
    columns[card.stage].push(card)
    if (needsAction(plan(card), now, settings.timeZone)) due++
    if (isSample(card)) samples++
  }
  const order = boardOrder(plan)
  return {
    cards: STAGES.flatMap((stage) => columns[stage].sort(order).slice(0, rows)),
    counts: {
      byStage: Object.fromEntries(STAGES.map((stage) => [stage, columns[stage].length])) as Record<
        Stage,
        number
      >,
      due,
      samples,
    },
  }
}
