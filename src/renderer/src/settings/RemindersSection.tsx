import { WEEKDAY_LABELS } from '@shared/domain/cadence-settings'
import { NIGHT } from '@shared/cadence/plan'
import { useNotificationPermission } from '../common/use-notification-permission'
import { useBoard } from '../state/board-context'
import { SwitchSetting } from './setting-controls'
import { toggleWorkday } from './settings-form-values'
import { SettingRow } from './SettingRow'
import type { SectionProps } from './section-types'

const WEEK = [1, 2, 3, 4, 5, 6, 7] as const

/** When in the day and the week reminders arrive, and whether Foothold is there to send them. */
export function RemindersSection({ form, idPrefix }: SectionProps) {
  const host = useBoard((s) => s.host)
  return (
    <div className="settings-card">
      <ReminderTimeRow form={form} idPrefix={idPrefix} />
      <WorkdaysRow form={form} idPrefix={idPrefix} />
      <SwitchSetting
        form={form}
        idPrefix={idPrefix}
        field="freshReminderWaitsForMorning"
        label="After a late interview, wait for the morning"
        hint={`The nudge to write your thank-you never comes between ${NIGHT.from} and ${NIGHT.until}: it waits until ${NIGHT.until}.`}
      />
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
      {host.edition === 'browser' && <BrowserNotificationsRow id={`${idPrefix}-notifications`} />}
      {host.canStartAtLogin && (
        <SwitchSetting
          form={form}
          idPrefix={idPrefix}
          field="startAtLogin"
          label="Start Foothold when I log in"
          hint="It opens quietly in the tray, so reminders arrive even if you never open the window."
        />
      )}
    </div>
  )
}

const PERMISSION_HINTS = {
  default:
    'Reminders appear at the top of this tab. Allow notifications to see them while you are in another tab or app.',
  granted:
    'Reminders arrive as notifications while this tab is open, also when you are in another tab or app.',
  denied:
    'This browser blocks Foothold’s notifications, so reminders appear at the top of this tab. Allow them in the browser’s site settings for this page.',
  unsupported: 'This browser cannot show notifications; reminders appear at the top of this tab.',
} as const

/** The browser edition's reminders: system notifications once the person allows them here. */
function BrowserNotificationsRow({ id }: { id: string }) {
  const { permission, request } = useNotificationPermission()
  return (
    <div className="setting">
      <div className="setting__text">
        <span className="setting__label">Notifications in this browser</span>
        <p className="setting__hint" id={`${id}-hint`}>
          {PERMISSION_HINTS[permission]}
        </p>
      </div>
      {permission === 'default' && (
        <div className="setting__control">
          <button
            type="button"
            className="button"
            aria-describedby={`${id}-hint`}
            onClick={() => void request()}
          >
            Allow notifications
          </button>
        </div>
      )}
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
