import { TZDate } from '@date-fns/tz'

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

function parseDate(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

// Calendar dates are stepped in UTC, where every day has 24 hours, so DST can never skip or repeat one.
function utcDay(date: string): Date {
  const [y, m, d] = parseDate(date)
  return new Date(Date.UTC(y, m - 1, d))
}

function dateOfUtcDay(day: Date): string {
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`
}

/** `date` plus `days` calendar days, as `YYYY-MM-DD`. */
export function addCalendarDays(date: string, days: number): string {
  return dateOfUtcDay(new Date(utcDay(date).getTime() + days * DAY_MS))
}

/** ISO weekday of a calendar date: 1 (Monday) … 7 (Sunday). */
export function isoWeekdayOf(date: string): number {
  return isoWeekdayOfUtcDay(utcDay(date))
}

function isoWeekdayOfUtcDay(day: Date): number {
  return day.getUTCDay() || 7
}

// Planning a board reads thousands of local dates; one formatter per zone keeps that cheap.
const dateFormatters = new Map<string, Intl.DateTimeFormat>()

function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
    dateFormatters.set(timeZone, formatter)
  }
  return formatter
}

// Memo tables for the two zone lookups; the same instants (reminder slots) recur across a board.
const CACHE_LIMIT = 10_000

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    value = compute()
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(key, value)
  }
  return value
}

const localDates = new Map<string, string>()

/** The `YYYY-MM-DD` a clock in `timeZone` shows at that instant. */
export function localDateOf(instant: Date | string, timeZone: string): string {
  const ms = new Date(instant).getTime()
  return memo(localDates, `${ms} ${timeZone}`, () => {
    const parts = dateFormatter(timeZone).formatToParts(ms)
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      Number(parts.find((p) => p.type === type)?.value)
    return `${pad(part('year'), 4)}-${pad(part('month'))}-${pad(part('day'))}`
  })
}

const wallClocks = new Map<string, number>()

/** The instant a wall clock in `timeZone` shows `time` (HH:mm) on `date`. */
export function wallClockInstant(date: string, time: string, timeZone: string): Date {
  const ms = memo(wallClocks, `${date}T${time} ${timeZone}`, () => {
    const [y, m, d] = parseDate(date)
    const [h, min] = time.split(':').map(Number) as [number, number]
    return new TZDate(y, m - 1, d, h, min, timeZone).getTime()
  })
  return new Date(ms)
}

function firstWorkdayFrom(date: string, workdays: readonly number[]): string {
  const start = utcDay(date).getTime()
  for (let offset = 0; offset < 7; offset++) {
    const candidate = new Date(start + offset * DAY_MS)
    if (workdays.includes(isoWeekdayOfUtcDay(candidate))) return dateOfUtcDay(candidate)
  }
  throw new RangeError('At least one weekday must be a workday')
}

/**
 * The reminder slot on the first workday on or after a day: that day itself when it is a workday.
 * `day` is a calendar date (`YYYY-MM-DD`) or an instant, read as the date it is in `timeZone`.
 * The time of day of an instant is ignored on purpose: follow-ups are due on a day, and the reminder
 * comes at the user's chosen time that morning, not 7×24 h to the minute after the last message.
 */
export function nextWorkdayAt(
  day: Date | string,
  workdays: readonly number[],
  time: string,
  timeZone: string,
): Date {
  const date = typeof day === 'string' && CALENDAR_DATE.test(day) ? day : localDateOf(day, timeZone)
  return wallClockInstant(firstWorkdayFrom(date, workdays), time, timeZone)
}

/** The reminder slot on the first workday strictly after a calendar date (e.g. a decision date). */
export function firstWorkdayAfter(
  date: string,
  workdays: readonly number[],
  time: string,
  timeZone: string,
): Date {
  return nextWorkdayAt(addCalendarDays(date, 1), workdays, time, timeZone)
}
