import type { QuietHours } from '../domain/cadence-settings'
import { addCalendarDays, localDateOf, wallClockInstant } from './workdays'

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
