import type { ReactNode } from 'react'
import { READ_ONLY_REASON } from '../common/ReadOnlyHint'

// The rows of the Data section whose control is a button.

export interface ActionRowProps {
  id: string
  label: string
  hint: string
  /** The row's button, described by the hint. */
  children: (describedBy: string) => ReactNode
}

/** A setting row whose control is a button: the hint describes it, its own text names it. */
export function ActionRow({ id, label, hint, children }: ActionRowProps) {
  return (
    <div className="setting">
      <div className="setting__text">
        <span className="setting__label">{label}</span>
        <p className="setting__hint" id={`${id}-hint`}>
          {hint}
        </p>
      </div>
      <div className="setting__control">{children(`${id}-hint`)}</div>
    </div>
  )
}

export interface ExportRowProps extends Omit<ActionRowProps, 'children'> {
  /** Another request is under way: the button stays in reach but does nothing. */
  busy: boolean
  onClick(): void
  children: ReactNode
}

export function ExportRow({ id, label, hint, busy, onClick, children }: ExportRowProps) {
  return (
    <ActionRow id={id} label={label} hint={hint}>
      {(describedBy) => (
        <button
          type="button"
          className="button"
          aria-describedby={describedBy}
          aria-disabled={busy}
          onClick={onClick}
        >
          {children}
        </button>
      )}
    </ActionRow>
  )
}

export interface ReplaceButtonProps {
  small?: boolean
  describedBy: string
  /** Another request is under way: the button stays in reach but does nothing. */
  busy: boolean
  readOnly: boolean
  onClick(): void
  children: ReactNode
}

/** Opens the question before the board is replaced; unavailable while the board is read-only. */
export function ReplaceButton({
  small,
  describedBy,
  busy,
  readOnly,
  onClick,
  children,
}: ReplaceButtonProps) {
  return (
    <button
      type="button"
      className={small ? 'button button--small' : 'button'}
      aria-describedby={describedBy}
      aria-disabled={busy}
      disabled={readOnly}
      title={readOnly ? READ_ONLY_REASON : undefined}
      onClick={() => !busy && onClick()}
    >
      {children}
    </button>
  )
}
