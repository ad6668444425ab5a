import { tzOffset } from '@date-fns/tz'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * "UTC+01:00", "UTC-05:00", "UTC+05:45": how far a zone's clocks are from UTC at an instant.
 * Beside a wall-clock time it names one instant even in the hour a clock change repeats. Written
 * with "UTC" first, so that no spreadsheet reads it as a negative number or a formula.
 */
export function utcOffsetText(instant: Date, timeZone: string): string {
  return formatUtcOffset(tzOffset(timeZone, instant))
}

/** Minutes east of UTC → "UTC+05:45"; '' for no number. */
export function formatUtcOffset(minutes: number): string {
  if (!Number.isFinite(minutes)) return ''
  const size = Math.abs(Math.round(minutes))
  return `UTC${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`
}

const OFFSET = /^(?:(?:UTC|GMT)\s*)?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/i

/**
 * Minutes east of UTC from "UTC+01:00", "UTC-5", "+0530", "GMT+1", "−05:00", "UTC" or "Z"; null
 * when the text is no offset (or one no zone has: beyond ±18 hours).
 */
export function parseUtcOffset(text: string): number | null {
  const value = text.trim()
  if (/^(?:Z|UTC|GMT)$/i.test(value)) return 0
  const match = OFFSET.exec(value)
  if (!match) return null
  const hours = Number(match[2])
  const minutes = match[3] === undefined ? 0 : Number(match[3])
  if (minutes > 59 || hours * 60 + minutes > 18 * 60) return null
  return (match[1] === '+' ? 1 : -1) * (hours * 60 + minutes)
}
