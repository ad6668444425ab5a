import type { Card } from '../../../shared/domain/interview'
import type { Settings } from '../../../shared/domain/settings'

/** What the window may change while it shows the first screen and waits for the rest. */
export interface BoardData {
  cards: Readonly<Record<string, Card>>
  settings: Settings
}

/**
 * The whole board main sent, with what the window changed since it drew the first screen kept:
 * main answered for the whole board before those changes reached it, so its copies are older.
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
    if (now) cards[id] = now
    else delete cards[id]
  }
  for (const [id, card] of Object.entries(current.cards)) {
    if (!(id in shown.cards)) cards[id] = card
  }
  return {
    cards,
    settings: current.settings === shown.settings ? whole.settings : current.settings,
  }
}
