import type { PlanCard } from '@shared/cadence/plan-cache'
import type { Card } from '@shared/domain/card'
import type { Settings } from '@shared/domain/settings'

/** Cards planned per turn of the event loop: a few milliseconds, so main stays responsive. */
const CARDS_PER_TURN = 250

/**
 * Plans every card of the board in the background, a few hundred per turn, while the window is
 * still loading: the first screen it asks for (which needs every card's plan to order the columns)
 * is then ready at once. Returns the function that stops early.
 */
export function warmPlans(
  board: () => { readonly cards: readonly Card[]; readonly settings: Settings },
  planOf: PlanCard,
): () => void {
  let next = 0
  let handle: NodeJS.Immediate | null = null
  const turn = () => {
    const { cards, settings } = board()
    const end = Math.min(cards.length, next + CARDS_PER_TURN)
    for (; next < end; next++) planOf(cards[next]!, settings)
    handle = next < cards.length ? setImmediate(turn) : null
  }
  handle = setImmediate(turn)
  return () => {
    if (handle) clearImmediate(handle)
    handle = null
  }
}
