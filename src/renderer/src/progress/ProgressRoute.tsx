import { lazy, Suspense } from 'react'
import { useBoard } from '../state/board-context'
import { selectWaitingForRest } from '../state/selectors'

/** The view is a chunk of its own, fetched once the board is up (see screens.ts). */
export const loadProgressView = () => import('./ProgressView')
const LazyProgressView = lazy(() => loadProgressView().then((m) => ({ default: m.ProgressView })))

export function ProgressMain() {
  // The figures need every card, not just the first screen's.
  const waiting = useBoard(selectWaitingForRest)
  const adding = <p className="board-state">Adding up your progress…</p>
  return (
    <main className="workspace" aria-label="Progress">
      {waiting ? (
        adding
      ) : (
        <Suspense fallback={adding}>
          <LazyProgressView />
        </Suspense>
      )}
    </main>
  )
}
