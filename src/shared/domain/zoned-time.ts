import { TZDate } from '@date-fns/tz'

/**
 * Wall-clock time in a named zone → instant. `date` is YYYY-MM-DD and `time` is HH:mm.
 * Returns null for input that does not name a real moment.
 */
export function wallTimeToInstant(date: string, time: string, timeZone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const [, y, mo, da] = d.map(Number) as [number, number, number, number]
  const [, h, mi] = t.map(Number) as [number, number, number]
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null
  const zoned = new TZDate(y, mo - 1, da, h, mi, timeZone)
  if (Number.isNaN(zoned.getTime()) || zoned.getDate() !== da) return null
  return new Date(zoned.getTime())
}

/** Instant → `{ date: YYYY-MM-DD, time: HH:mm }` as a clock in that zone shows it. */
export function instantToWallTime(
  instant: string | Date,
  timeZone: string,
): { date: string; time: string } {
  const zoned = new TZDate(new Date(instant).getTime(), timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
  }
}

// Building an Intl formatter costs far more than using one; a board formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()

/** "Tue 17 Nov 2026, 14:00" in the interview's own zone, in the reader's locale. */
export function formatInterviewTime(instant: string, timeZone: string, locale?: string): string {
  const key = `${locale ?? ''}|${timeZone}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    })
    formatters.set(key, formatter)
  }
  return formatter.format(new Date(instant))
}

const englishDays = new Map<string, Intl.DateTimeFormat>()

/**
 * "Tue 17 Nov" (or "Tue 17 Nov 2026"), the day an instant falls on in `timeZone`, in the British
 * style of Foothold's own sentences. Built from parts so that no ICU version adds a comma.
 */
export function englishDay(instant: string | Date, timeZone: string, withYear = false): string {
  let formatter = englishDays.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    })
    englishDays.set(timeZone, formatter)
  }
  const parts = formatter.formatToParts(new Date(instant))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  const day = `${part('weekday')} ${part('day')} ${part('month')}`
  return withYear ? `${day} ${part('year')}` : day
}

/**
 * An instant on a calendar date (`YYYY-MM-DD`), to format that date in UTC: a date such as a
 * decision date is the same day everywhere, and noon UTC is surely on it.
 */
export const calendarNoon = (date: string): string => `${date}T12:00:00.000Z`

/** A calendar date in the same style: "Mon 8 Jun". */
export function englishDate(date: string, withYear = false): string {
  return englishDay(calendarNoon(date), 'UTC', withYear)
}
