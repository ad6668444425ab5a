import { z } from 'zod'
import { EARLIEST_YEAR, LATEST_YEAR } from './limits'

/** True when the runtime's Intl knows this IANA time zone name. */
export function isValidTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

export const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'Unknown time zone' })
  .describe('IANA time zone name, e.g. Europe/Berlin')

function yearInRange(date: Date): boolean {
  const year = date.getUTCFullYear()
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR
}

/** An instant in time, stored as an ISO 8601 string with an offset (normally `Z`). */
export const InstantSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => yearInRange(new Date(value)), {
    message: `Dates must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}`,
  })

/** A calendar date without a time, `YYYY-MM-DD`, that really exists (no 31 February). */
export const CalendarDateSchema = z.iso.date().refine(
  (value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number]
    const date = new Date(Date.UTC(y, m - 1, d))
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && yearInRange(date)
  },
  { message: 'Not a real calendar date' },
)
