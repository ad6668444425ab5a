import { describe, expect, it } from 'vitest'
import { CalendarDateSchema, InstantSchema, isValidTimeZone } from './time'
import { instantToWallTime, wallTimeToInstant } from './zoned-time'

describe('wall time ↔ instant', () => {
  it.each([
    ['2026-11-17', '14:00', 'Europe/Berlin', '2026-11-17T13:00:00.000Z'],
    ['2026-07-17', '14:00', 'Europe/Berlin', '2026-07-17T12:00:00.000Z'],
    ['2026-11-17', '09:30', 'America/New_York', '2026-11-17T14:30:00.000Z'],
    ['2026-11-17', '23:30', 'Asia/Kolkata', '2026-11-17T18:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    const instant = wallTimeToInstant(date, time, zone)
    expect(instant?.toISOString()).toBe(iso)
    expect(instantToWallTime(iso, zone)).toEqual({ date, time })
  })

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-13-01', '10:00'],
    ['2026-11-17', '24:00'],
    ['17/11/2026', '10:00'],
    ['2026-11-17', '9am'],
  ])('refuses %s %s', (date, time) => {
    expect(wallTimeToInstant(date, time, 'UTC')).toBeNull()
  })
})

describe('date schemas', () => {
  it('accepts real dates in range and refuses impossible ones', () => {
    expect(CalendarDateSchema.safeParse('2028-02-29').success).toBe(true)
    expect(CalendarDateSchema.safeParse('2027-02-29').success).toBe(false)
    expect(CalendarDateSchema.safeParse('2026-04-31').success).toBe(false)
    expect(InstantSchema.safeParse('2026-11-17T13:00:00Z').success).toBe(true)
    expect(InstantSchema.safeParse('1899-11-17T13:00:00Z').success).toBe(false)
    expect(InstantSchema.safeParse('not a date').success).toBe(false)
  })

  it('knows real time zones', () => {
    expect(isValidTimeZone('Pacific/Auckland')).toBe(true)
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })
})
