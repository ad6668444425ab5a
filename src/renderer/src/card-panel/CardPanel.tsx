import { lazy, Suspense } from 'react'
import { useBoard } from '../state/board-context'

/** The card editor is a chunk of its own, fetched once the board is up (see screens.ts). */
export const loadOpenCard = () => import('./OpenCard')
const LazyOpenCard = lazy(() => loadOpenCard().then((m) => ({ default: m.OpenCard })))

/** The open card, edited in place beside the board. */
export function CardPanel() {
  const card = useBoard((s) => (s.selectedCardId === null ? undefined : s.cards[s.selectedCardId]))
  return card ? (
    <Suspense fallback={null}>
      <LazyOpenCard key={card.id} card={card} />
    </Suspense>
  ) : null
}
