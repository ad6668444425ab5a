import { numberBounds, unitOf, type NumberField } from './settings-form-values'
import { SettingRow } from './SettingRow'
import type { SettingsForm } from './use-settings-form'

interface Common {
  form: SettingsForm
  /** Makes the control's id unique on the page. */
  idPrefix: string
  label: string
  hint: string
}

/** A whole number with its unit after it; the schema's bounds become the input's. */
export function NumberSetting({
  form,
  idPrefix,
  field,
  label,
  hint,
  disabled = false,
}: Common & { field: NumberField; disabled?: boolean }) {
  const { min, max } = numberBounds(field)
  return (
    <SettingRow
      id={`${idPrefix}-${field}`}
      label={label}
      hint={hint}
      error={form.errors[field]}
      unit={unitOf(field)}
    >
      {(control) => (
        <input
          {...control}
          className="input setting__number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          disabled={disabled}
          value={form.values[field]}
          onChange={(e) => form.update(field, e.target.value)}
        />
      )}
    </SettingRow>
  )
}

type SwitchField =
  | 'stayInTouchEnabled'
  | 'startAtLogin'
  | 'quietHoursEnabled'
  | 'freshReminderWaitsForMorning'
  | 'spellcheck'

/** On or off: a checkbox drawn as a switch, and announced as one. */
export function SwitchSetting({
  form,
  idPrefix,
  field,
  label,
  hint,
}: Common & { field: SwitchField }) {
  return (
    <SettingRow id={`${idPrefix}-${field}`} label={label} hint={hint} error={form.errors[field]}>
      {(control) => (
        <input
          {...control}
          className="switch"
          type="checkbox"
          role="switch"
          checked={form.values[field]}
          onChange={(e) => form.update(field, e.target.checked)}
        />
      )}
    </SettingRow>
  )
}
