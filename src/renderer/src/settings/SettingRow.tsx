import type { ReactNode } from 'react'
import type { ControlProps } from '../forms/Field'

interface SettingRowProps {
  id: string
  label: string
  /** One line in plain words: what the setting does. */
  hint?: string | undefined
  error?: string | undefined
  /** A word after the control ("days"), read out with it. */
  unit?: string | undefined
  /** Label above a wide control (a signature) instead of beside it. */
  stacked?: boolean
  /** Several controls under one label (workday checkboxes): a group named by the label. */
  group?: boolean
  children: (control: ControlProps) => ReactNode
}

/**
 * One setting: label and hint on the left, the control on the right, and what is wrong with the
 * value right under the hint. The control is tied to all three.
 */
export function SettingRow({
  id,
  label,
  hint,
  error,
  unit,
  stacked = false,
  group = false,
  children,
}: SettingRowProps) {
  const labelId = `${id}-label`
  const hintId = hint ? `${id}-hint` : undefined
  const unitId = unit ? `${id}-unit` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, unitId, hintId].filter(Boolean).join(' ') || undefined
  const control: ControlProps = {
    id,
    'aria-invalid': Boolean(error),
    'aria-describedby': describedBy,
  }
  const className = ['setting', stacked && 'setting--stacked', error && 'setting--invalid']
    .filter(Boolean)
    .join(' ')

  return (
    <div className={className} data-field={id}>
      <div className="setting__text">
        {group ? (
          <span className="setting__label" id={labelId}>
            {label}
          </span>
        ) : (
          <label className="setting__label" id={labelId} htmlFor={id}>
            {label}
          </label>
        )}
        {hint && (
          <p className="setting__hint" id={hintId}>
            {hint}
          </p>
        )}
        {error && (
          <p className="setting__error" id={errorId}>
            {error}
          </p>
        )}
      </div>
      <div className="setting__control">
        {group ? (
          <div
            role="group"
            className="setting__group"
            aria-labelledby={labelId}
            aria-describedby={describedBy}
          >
            {children(control)}
          </div>
        ) : (
          children(control)
        )}
        {unit && (
          <span className="setting__unit" id={unitId}>
            {unit}
          </span>
        )}
      </div>
    </div>
  )
}
