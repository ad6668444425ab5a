import { useBoard, useBoardActions } from '../state/board-context'
import { selectReadOnly } from '../state/selectors'
import { PlusIcon } from './icons'
import { READ_ONLY_REASON } from './ReadOnlyHint'

/** The call to action of an empty board or an empty Progress view. */
export function AddFirstInterviewButton() {
  const actions = useBoardActions()
  const readOnly = useBoard(selectReadOnly)
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={readOnly}
      title={readOnly ? READ_ONLY_REASON : undefined}
      onClick={() => actions.navigate({ kind: 'new-interview' })}
    >
      <PlusIcon />
      Add your first interview
    </button>
  )
}
