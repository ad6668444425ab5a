import { useBoardActions } from '../state/board-context'
import { ArrowLeftIcon } from './icons'

/** Leaves a full-window view (Settings, Progress) for the board; that view places it. */
export function BackToBoardButton({ className }: { className: string }) {
  const actions = useBoardActions()
  return (
    <button
      type="button"
      className={`button button--ghost ${className}`}
      onClick={() => actions.navigate({ kind: 'board' })}
    >
      <ArrowLeftIcon />
      Back to board
    </button>
  )
}
