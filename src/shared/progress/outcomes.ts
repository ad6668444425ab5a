import { OUTCOMES, type Outcome } from '../domain/interview'
import { type Card } from '../domain/card'

export interface OutcomeCounts {
  /** Closed cards by outcome, every outcome present (zero when none). */
  closed: Record<Outcome, number>
  /** Cards not closed yet. */
  open: number
}

export function outcomeCounts(cards: readonly Pick<Card, 'outcome'>[]): OutcomeCounts {
  const closed = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
  let open = 0
  for (const card of cards) {
    if (card.outcome === null) open++
    else closed[card.outcome]++
  }
  return { closed, open }
}
