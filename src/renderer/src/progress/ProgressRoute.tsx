import { lazy, Suspense } from 'react'

/** The id of the top bar's Progress button: focus goes back to it when the view closes. */
export const PROGRESS_BUTTON_ID = 'progress-button'

// Loaded on first open, so the charts cost the board's start-up nothing.
const ProgressView = lazy(() =>
  import('./ProgressView').then((module) => ({ default: module.ProgressView })),
)

export function ProgressMain() {
  return (
    <main className="workspace" aria-label="Progress">
      <Suspense fallback={<p className="board-state">Adding up your progress…</p>}>
        <ProgressView />
      </Suspense>
    </main>
  )
}
