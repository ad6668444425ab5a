import type { BoardCounts } from '@shared/board-view/first-screen'
import { needsAction } from '@shared/board-view/order'
import type { Card } from '@shared/domain/card'
import type { Settings } from '@shared/domain/settings'
import { isSample } from '@shared/sample/is-sample'
import { planOf } from './plans'

/** What the window may change while it shows the first screen and waits for the rest. */
export interface BoardData {
  cards: Readonly<Record<string, Card>>
  settings: Settings
}

/**
 * What the cards main did not send add to the whole board's counts. Counts then follow changes
 * made to the cards in the window: a card dropped in another column moves its count along.
 */
export function countsOnTheWay(
  whole: BoardCounts,
  sent: readonly Card[],
  settings: Settings,
  now: Date,
): BoardCounts {
  const byStage = { ...whole.byStage }
  let due = whole.due
  let samples = whole.samples
  for (const card of sent) {
    byStage[card.stage]--
    if (needsAction(planOf(card, settings), now, settings.timeZone)) due--
    if (isSample(card)) samples--
  }
  // Main's clock and the window's may straddle a due time: never below none.
  return { byStage, due: Math.max(0, due), samples: Math.max(0, samples) }
}

/**
 * The whole board main sent, keeping what the window changed since it drew the first screen
 * unless main's copy is newer: the change may have reached main after it read the board.
 * `shown` is the data as the first screen set it, `current` the data now.
 */
export function keepChangesSinceFirstScreen(
  whole: BoardData,
  shown: BoardData,
  current: BoardData,
): BoardData {
  const cards: Record<string, Card> = { ...whole.cards }
  for (const [id, card] of Object.entries(shown.cards)) {
    const now = current.cards[id]
    if (now === card) continue
    if (!now) delete cards[id]
    else if (!cards[id] || cards[id].updatedAt <= now.updatedAt) cards[id] = now
  }
  for (const [id, card] of Object.entries(current.cards)) {
    if (!(id in shown.cards)) cards[id] = card
  }
  return {
    cards,
    settings: current.settings === shown.settings ? whole.settings : current.settings,
  }
}
