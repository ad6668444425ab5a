import { Suspense } from 'react'
import { LazyProgressView } from '../screens'

/** The id of the top bar's Progress button: focus goes back to it when the view closes. */
export const PROGRESS_BUTTON_ID = 'progress-button'

export function ProgressMain() {
  return (
    <main className="workspace" aria-label="Progress">
      <Suspense fallback={<p className="board-state">Adding up your progress…</p>}>
        <LazyProgressView />
      </Suspense>
    </main>
  )
}
