import { Suspense } from 'react'
import { LazyOpenCard } from '../screens'
import { useBoard } from '../state/board-context'

/** The open card, edited in place beside the board. */
export function CardPanel() {
  const card = useBoard((s) => (s.selectedCardId === null ? undefined : s.cards[s.selectedCardId]))
  return card ? (
    <Suspense fallback={null}>
      <LazyOpenCard key={card.id} card={card} />
    </Suspense>
  ) : null
}
