import { z } from 'zod'
import { addCalendarDays, localDateOf, wallClockInstant } from './workdays'

const WallTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 21:00')

/**
 * Hours of the day when no reminder reaches the system, e.g. 21:00 until 08:00; what falls due
 * meanwhile waits for the end and then comes as one summary. `until` before `from` spans midnight.
 */
export const QuietHoursSchema = z
  .strictObject({ from: WallTime, until: WallTime })
  .refine((q) => q.from !== q.until, {
    message: 'Quiet hours need an end different from their start',
    path: ['until'],
  })
export type QuietHours = z.infer<typeof QuietHoursSchema>

/** What the settings offer when quiet hours are first turned on. */
export const DEFAULT_QUIET_HOURS: QuietHours = { from: '21:00', until: '08:00' }

/** When the quiet hours around `now` end, in `timeZone`; null when `now` is not in them. */
export function quietUntil(now: Date, quiet: QuietHours | null, timeZone: string): Date | null {
  if (quiet === null) return null
  const today = localDateOf(now, timeZone)
  const spansMidnight = quiet.until < quiet.from
  // A stretch that began yesterday evening may still be running this morning.
  for (const day of [addCalendarDays(today, -1), today]) {
    const start = wallClockInstant(day, quiet.from, timeZone)
    const end = wallClockInstant(
      spansMidnight ? addCalendarDays(day, 1) : day,
      quiet.until,
      timeZone,
    )
    if (start <= now && now < end) return end
  }
  return null
}
