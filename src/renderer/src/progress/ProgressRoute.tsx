import { Suspense } from 'react'
import { LazyProgressView } from '../screens'
import { useBoard } from '../state/board-context'
import { selectWaitingForRest } from '../state/selectors'

/** The id of the top bar's Progress button: focus goes back to it when the view closes. */
export const PROGRESS_BUTTON_ID = 'progress-button'

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
