import { LockIcon } from './icons'

/** Why a control that changes the board is disabled; also its tooltip. */
export const READ_ONLY_REASON = 'Read-only: Foothold can’t save changes to this board'

/** A visible reminder, next to the disabled controls, that the board is read-only. */
export function ReadOnlyHint() {
  return (
    <span className="read-only-hint" data-testid="read-only-hint" title={READ_ONLY_REASON}>
      <LockIcon />
      Read-only
    </span>
  )
}
