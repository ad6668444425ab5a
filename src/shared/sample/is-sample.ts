import type { Card } from '../domain/card'

/** True for a card Foothold made up to show the board; such cards never raise reminders. */
export const isSample = (card: Pick<Card, 'sample'>): boolean => card.sample === true

/** The board without its sample cards, and the ones taken out. */
export function withoutSamples(cards: readonly Card[]): { kept: Card[]; removed: Card[] } {
  const kept: Card[] = []
  const removed: Card[] = []
  for (const card of cards) (isSample(card) ? removed : kept).push(card)
  return { kept, removed }
}
