import { lazy, Suspense } from 'react'
import { useBoard } from '../state/board-context'

/** The form is a chunk of its own, fetched once the board is up (see screens.ts). */
export const loadNewInterviewForm = () => import('./NewInterviewForm')
const LazyNewInterviewForm = lazy(() =>
  loadNewInterviewForm().then((m) => ({ default: m.NewInterviewForm })),
)

export function NewInterviewDialog() {
  const open = useBoard((s) => s.newInterviewOpen)
  return open ? (
    <Suspense fallback={null}>
      <LazyNewInterviewForm />
    </Suspense>
  ) : null
}
