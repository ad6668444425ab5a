import { tzOffset } from '@date-fns/tz'
import { EARLIEST_YEAR, LATEST_YEAR } from '../domain/limits'

/** How to read 03/11/2026: 3 November (`dmy`) or March 11 (`mdy`). */
export type DateOrder = 'dmy' | 'mdy'

/** A date and maybe a time as written in a cell; `instant` when the cell named its own offset. */
export interface CellDateTime {
  /** YYYY-MM-DD */
  date: string
  /** HH:mm, or null when the cell holds only a date. */
  time: string | null
  instant: Date | null
}

export type CellParse<T> = { ok: true; value: T } | { ok: false; reason: string }

const TIME = String.raw`(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*([ap]\.?m\.?)?`
const OFFSET = String.raw`(Z|[+-]\d{2}:?\d{2})?`
const ISO = new RegExp(
  String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:[T ]|,\s*)${TIME}${OFFSET})?$`,
  'i',
)
const DAY_MONTH = new RegExp(
  String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:(?:\s+|,\s*|T)${TIME})?$`,
  'i',
)
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`, 'i')

const pad = (n: number) => String(n).padStart(2, '0')
const quote = (cell: string) => `“${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}”`

/** A wall-clock time from its parts, or null if no clock shows it (25:00, 13 pm). */
function clock(
  hour: string,
  minute: string | undefined,
  meridiem: string | undefined,
): string | null {
  let h = Number(hour)
  const m = minute === undefined ? 0 : Number(minute)
  // "14" alone is a number, not a time; only "2pm" or "14:00" read as times.
  if (minute === undefined && meridiem === undefined) return null
  if (meridiem) {
    if (h < 1 || h > 12) return null
    const pm = meridiem.toLowerCase().startsWith('p')
    h = (h % 12) + (pm ? 12 : 0)
  }
  if (h > 23 || m > 59) return null
  return `${pad(h)}:${pad(m)}`
}

function realDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/**
 * Reads `2026-11-03`, `2026-11-03 14:00`, ISO with an offset, and `03/11/2026` (also with `.` or
 * `-`, a two-digit year, and a time such as `2:00 PM`) in the given day/month order.
 */
export function parseDateCell(cell: string, order: DateOrder): CellParse<CellDateTime> {
  const text = cell.trim()
  const unreadable = {
    ok: false as const,
    reason: `the date ${quote(text)} is not one Foothold can read (write it like 2026-11-03 14:00)`,
  }
  let y: number, m: number, d: number
  let timeParts: (string | undefined)[]
  let offset: string | undefined
  const iso = ISO.exec(text)
  const local = iso ? null : DAY_MONTH.exec(text)
  if (iso) {
    ;[y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    timeParts = iso.slice(4, 8)
    offset = iso[8]
  } else if (local) {
    const [a, b] = [Number(local[1]), Number(local[2])]
    ;[d, m] = order === 'dmy' ? [a, b] : [b, a]
    y = local[3]!.length === 2 ? 2000 + Number(local[3]) : Number(local[3])
    timeParts = local.slice(4, 8)
  } else {
    return unreadable
  }
  const date = realDate(y, m, d)
  if (!date) return { ok: false, reason: `the date ${quote(text)} is not a real date` }
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) {
    return {
      ok: false,
      reason: `the date ${quote(text)} is not between ${EARLIEST_YEAR} and ${LATEST_YEAR}`,
    }
  }
  let time: string | null = null
  if (timeParts[0] !== undefined) {
    // A lone number after a date ("2026-11-03 14") is no time; the seconds are dropped.
    time = clock(timeParts[0], timeParts[1], timeParts[3])
    if (!time) return { ok: false, reason: `the time in ${quote(text)} is not a real time` }
  }
  let instant: Date | null = null
  if (offset && time) {
    const sign = offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`
    instant = new Date(`${date}T${time}:${pad(Number(timeParts[2] ?? 0))}${sign}`)
    if (Number.isNaN(instant.getTime())) return unreadable
  }
  return { ok: true, value: { date, time, instant } }
}

/** Reads a time of day on its own: `14:00`, `9:30`, `2 PM`, `2:30pm`, `14:00:00`. */
export function parseTimeCell(cell: string): CellParse<string> {
  const text = cell.trim()
  const match = TIME_ONLY.exec(text)
  const time = match && clock(match[1]!, match[2], match[4])
  return time
    ? { ok: true, value: time }
    : {
        ok: false,
        reason: `the time ${quote(text)} is not one Foothold can read (write it like 14:00)`,
      }
}

/**
 * Whether day-first and month-first readings of these cells differ and nothing in them settles
 * it: only a cell like 13/04/2026 (or 04/13/2026) shows which order a file uses.
 */
export function dateOrderOf(cells: readonly string[]): DateOrder | 'ambiguous' | 'either' {
  let dayFirst = false
  let monthFirst = false
  let undecided = false
  for (const cell of cells) {
    const match = DAY_MONTH.exec(cell.trim())
    if (!match) continue
    const [a, b] = [Number(match[1]), Number(match[2])]
    if (a > 12 && b <= 12) dayFirst = true
    else if (b > 12 && a <= 12) monthFirst = true
    else if (a !== b) undecided = true
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy'
  return dayFirst || undecided ? 'ambiguous' : 'either'
}

/**
 * Every instant a clock in `timeZone` shows `date` `time` (YYYY-MM-DD, HH:mm): one on most days,
 * two in the hour a clock change repeats, none in the hour it skips.
 */
export function instantsAt(date: string, time: string, timeZone: string): Date[] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [h, min] = time.split(':').map(Number) as [number, number]
  const asUtc = Date.UTC(y, m - 1, d, h, min)
  if (!Number.isFinite(asUtc)) return []
  // A first reading, then the offsets in force three hours either side of it: a clock change
  // near the moment shows up as a second offset. Each offset gives one candidate, which is a
  // reading of the wall time when the zone really has that offset at that instant.
  const offsetAt = (ms: number) => tzOffset(timeZone, new Date(ms))
  const first = asUtc - offsetAt(asUtc) * 60_000
  const offsets = new Set([-3, 0, 3].map((hours) => offsetAt(first + hours * 3600_000)))
  return [...offsets]
    .filter((offset) => Number.isFinite(offset) && offsetAt(asUtc - offset * 60_000) === offset)
    .map((offset) => new Date(asUtc - offset * 60_000))
    .sort((a, b) => a.getTime() - b.getTime())
}
