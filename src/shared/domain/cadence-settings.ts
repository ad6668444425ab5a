import { z } from 'zod'

/** 24-hour wall-clock time, `HH:mm`: the reminder time and the ends of the quiet hours. */
export const WallTimeSchema = (example: string) =>
  z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, `Use a 24-hour time like ${example}`)

/**
 * Hours of the day when no reminder reaches the system, e.g. 21:00 until 08:00; what falls due
 * meanwhile waits for the end and then comes as one summary. `until` before `from` spans midnight.
 */
export const QuietHoursSchema = z
  .strictObject({ from: WallTimeSchema('21:00'), until: WallTimeSchema('08:00') })
  .refine((q) => q.from !== q.until, {
    message: 'Quiet hours need an end different from their start',
    path: ['until'],
  })
export type QuietHours = z.infer<typeof QuietHoursSchema>

/** What the settings offer when quiet hours are first turned on. */
export const DEFAULT_QUIET_HOURS: QuietHours = { from: '21:00', until: '08:00' }

/** Monday to Friday, as ISO weekday numbers (1 = Monday … 7 = Sunday). */
export const DEFAULT_WORKDAYS = [1, 2, 3, 4, 5] as const

export const WEEKDAY_LABELS: Record<number, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
}

export const ReminderTimeSchema = WallTimeSchema('09:00')

const days = (max: number, fallback: number) =>
  z.int().min(1, 'At least 1 day').max(max, `At most ${max} days`).default(fallback)

const WorkdaysSchema = z
  .array(z.int().min(1).max(7))
  .min(1, 'Choose at least one workday')
  .max(7)
  .refine((list) => new Set(list).size === list.length, { message: 'Duplicate weekday' })

/**
 * Every number of the follow-up cadence. Defaults follow the common ground of the advice: thank you
 * within a day, then a week between nudges, three attempts, then let go. Missing fields take their
 * default, so a settings file written before a field existed still loads.
 */
export const CadenceSettingsSchema = z
  .strictObject({
    /** The thank-you note is due this many hours after the interview ends. */
    thankYouDueHours: z.int().min(1).max(168).default(24),
    /** The first nudge to write the thank-you, while the conversation is still fresh. */
    freshReminderMinutes: z.int().min(0).max(1440).default(60),
    /** That nudge waits for the morning when it would come at night (22:00–07:00, see NIGHT). */
    freshReminderWaitsForMorning: z.boolean().default(true),
    /** Check-in this many days after the thank-you (used when no decision date is known). */
    checkInDays: days(60, 7),
    /** Final follow-up this many days after the check-in. */
    finalDays: days(60, 7),
    /** Suggest closing as "no response" this many days after the final follow-up. */
    closeSuggestionDays: days(90, 7),
    /** Optional nudge to keep the contact warm after a card is closed. */
    stayInTouchEnabled: z.boolean().default(false),
    stayInTouchDays: days(730, 90),
    workdays: WorkdaysSchema.default(() => [...DEFAULT_WORKDAYS]),
    reminderTime: ReminderTimeSchema.default('09:00'),
    /** No reminder reaches the system in these hours; null: any time. */
    quietHours: QuietHoursSchema.nullable().default(null),
  })
  .refine((s) => s.freshReminderMinutes < s.thankYouDueHours * 60, {
    message: 'The first reminder must come before the thank-you is due',
    path: ['freshReminderMinutes'],
  })
export type CadenceSettings = z.infer<typeof CadenceSettingsSchema>

export function defaultCadence(): CadenceSettings {
  return CadenceSettingsSchema.parse({})
}
