import { WEEKDAY_LABELS } from '../../../shared/cadence/cadence-settings'
import { SwitchSetting } from './setting-controls'
import { toggleWorkday } from './settings-form-values'
import { SettingRow } from './SettingRow'
import type { SectionProps } from './sections'

const WEEK = [1, 2, 3, 4, 5, 6, 7] as const

/** When in the day and the week reminders arrive, and whether Foothold is there to send them. */
export function RemindersSection({ form, idPrefix }: SectionProps) {
  return (
    <div className="settings-card">
      <ReminderTimeRow form={form} idPrefix={idPrefix} />
      <WorkdaysRow form={form} idPrefix={idPrefix} />
      <SwitchSetting
        form={form}
        idPrefix={idPrefix}
        field="quietHoursEnabled"
        label="Quiet hours"
        hint="No reminder pops up in these hours. Anything that falls due meanwhile waits, and arrives as one summary when they end."
      />
      {form.values.quietHoursEnabled && (
        <div className="quiet-hours">
          <TimeRow form={form} idPrefix={idPrefix} field="quietFrom" label="Quiet from" />
          <TimeRow form={form} idPrefix={idPrefix} field="quietUntil" label="Quiet until" />
        </div>
      )}
      <SwitchSetting
        form={form}
        idPrefix={idPrefix}
        field="startAtLogin"
        label="Start Foothold when I log in"
        hint="It opens quietly in the tray, so reminders arrive even if you never open the window."
      />
    </div>
  )
}

/** The time of day follow-ups fall due (also asked on the first run). */
export function ReminderTimeRow({ form, idPrefix }: SectionProps) {
  return (
    <TimeRow
      form={form}
      idPrefix={idPrefix}
      field="reminderTime"
      label="Reminder time"
      hint="Check-ins, finals and other day-based follow-ups fall due at this time, in your time zone."
    />
  )
}

/** The days of the week follow-ups may land on (also asked on the first run). */
export function WorkdaysRow({ form, idPrefix }: SectionProps) {
  const { values, errors, update } = form
  return (
    <SettingRow
      id={`${idPrefix}-workdays`}
      label="Workdays"
      hint="Follow-ups land only on these days; one that falls on another day waits for the next."
      error={errors.workdays}
      group
    >
      {() => (
        <div className="day-picker">
          {WEEK.map((day) => (
            <label key={day} className="day-picker__day" title={WEEKDAY_LABELS[day]}>
              <input
                type="checkbox"
                aria-label={WEEKDAY_LABELS[day]}
                checked={values.workdays.includes(day)}
                onChange={(e) =>
                  update('workdays', toggleWorkday(values.workdays, day, e.target.checked))
                }
              />
              <span aria-hidden="true">{WEEKDAY_LABELS[day]!.slice(0, 3)}</span>
            </label>
          ))}
        </div>
      )}
    </SettingRow>
  )
}

/** A time of day: the reminder time, or one end of the quiet hours. */
function TimeRow({
  form,
  idPrefix,
  field,
  label,
  hint,
}: SectionProps & {
  field: 'reminderTime' | 'quietFrom' | 'quietUntil'
  label: string
  hint?: string
}) {
  return (
    <SettingRow id={`${idPrefix}-${field}`} label={label} hint={hint} error={form.errors[field]}>
      {(control) => (
        <input
          {...control}
          className="input setting__time"
          type="time"
          step={60}
          required
          value={form.values[field]}
          onChange={(e) => form.update(field, e.target.value)}
        />
      )}
    </SettingRow>
  )
}
