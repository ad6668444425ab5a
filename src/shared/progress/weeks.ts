import type { Card } from '../domain/card'
import { addCalendarDays, isoWeekdayOf, localDateOf } from '../cadence/workdays'

export interface WeekCount {
  /** The Monday that starts the week, `YYYY-MM-DD`, in the user's time zone. */
  weekStart: string
  count: number
}

/** The Monday on or before a calendar date. */
export function mondayOf(date: string): string {
  return addCalendarDays(date, 1 - isoWeekdayOf(date))
}

/**
 * Interviews per week for the `weeks` weeks up to and including the one holding `now`, oldest first.
 * An interview counts in the week its start falls in on the user's calendar (not the interview's own
 * zone), so the chart matches the board's "today". Weeks are stepped as calendar dates, so a week
 * with a clock change is still one week. Interviews after this week are not counted.
 */
export function interviewsPerWeek(
  cards: readonly Pick<Card, 'time'>[],
  now: Date,
  timeZone: string,
  weeks = 12,
): WeekCount[] {
  const thisWeek = mondayOf(localDateOf(now, timeZone))
  const starts = Array.from({ length: weeks }, (_, i) =>
    addCalendarDays(thisWeek, 7 * (i - weeks + 1)),
  )
  const counts = new Map(starts.map((start) => [start, 0]))
  for (const card of cards) {
    const week = mondayOf(localDateOf(card.time.start, timeZone))
    const count = counts.get(week)
    if (count !== undefined) counts.set(week, count + 1)
  }
  return starts.map((weekStart) => ({ weekStart, count: counts.get(weekStart)! }))
}
