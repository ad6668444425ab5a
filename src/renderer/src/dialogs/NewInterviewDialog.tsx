import { Suspense } from 'react'
import { LazyNewInterviewForm } from '../screens'
import { useBoard } from '../state/board-context'

export function NewInterviewDialog() {
  const open = useBoard((s) => s.newInterviewOpen)
  return open ? (
    <Suspense fallback={null}>
      <LazyNewInterviewForm />
    </Suspense>
  ) : null
}
