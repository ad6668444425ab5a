import { useBoard, useBoardActions } from '../state/board-context'
import { selectSampleCount } from '../state/selectors'

/** While sample interviews are on the board: says so, and takes them all away in one click. */
export function SampleNotice() {
  const actions = useBoardActions()
  const samples = useBoard(selectSampleCount)
  if (samples === 0) return null
  return (
    <div className="sample-notice" role="note" data-testid="sample-notice">
      <p>
        <strong>You are looking at sample interviews.</strong> They show how a card moves from
        thank-you to closed, and they never send reminders.
      </p>
      <button type="button" className="button" onClick={() => void actions.removeSampleCards()}>
        Remove them
      </button>
    </div>
  )
}
