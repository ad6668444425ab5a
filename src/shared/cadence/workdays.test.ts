import { describe, expect, it } from 'vitest'
import { instantToWallTime } from '../domain/zoned-time'
import {
  addCalendarDays,
  firstWorkdayAfter,
  isoWeekdayOf,
  localDateOf,
  nextWorkdayAt,
  wallClockInstant,
} from './workdays'

const MON_FRI = [1, 2, 3, 4, 5]
const SUN_THU = [7, 1, 2, 3, 4]

describe('nextWorkdayAt', () => {
  // prettier-ignore
  it.each([
    // [what, day (instant or date), zone, workdays, expected instant]
    ['a Tuesday stays on Tuesday', '2026-11-17T15:00:00Z', 'Europe/Berlin', MON_FRI, '2026-11-17T08:00:00.000Z'],
    ['a Saturday moves to Monday', '2026-11-21T12:00:00Z', 'Europe/Berlin', MON_FRI, '2026-11-23T08:00:00.000Z'],
    ['a Sunday moves to Monday', '2026-11-22T12:00:00Z', 'Europe/Berlin', MON_FRI, '2026-11-23T08:00:00.000Z'],
    // 23:30 UTC on Friday is already Saturday 00:30 in Berlin, but still Friday 18:30 in New York.
    ['Friday late UTC is Saturday in Berlin', '2026-11-20T23:30:00Z', 'Europe/Berlin', MON_FRI, '2026-11-23T08:00:00.000Z'],
    ['Friday late UTC is Friday in New York', '2026-11-20T23:30:00Z', 'America/New_York', MON_FRI, '2026-11-20T14:00:00.000Z'],
    ['Tokyo is UTC+9', '2026-11-21T01:00:00Z', 'Asia/Tokyo', MON_FRI, '2026-11-23T00:00:00.000Z'],
    ['Sao Paulo is UTC-3 all year', '2026-11-21T15:00:00Z', 'America/Sao_Paulo', MON_FRI, '2026-11-23T12:00:00.000Z'],
    ['a calendar date is taken as is', '2026-11-21', 'Asia/Tokyo', MON_FRI, '2026-11-23T00:00:00.000Z'],
    ['a Sunday–Thursday week: Friday moves to Sunday', '2026-11-20', 'Asia/Tokyo', SUN_THU, '2026-11-22T00:00:00.000Z'],
    // Across DST: the weekend moves the clocks, Monday is still 09:00 local.
    ['EU spring forward (29 Mar)', '2026-03-28T12:00:00Z', 'Europe/Berlin', MON_FRI, '2026-03-30T07:00:00.000Z'],
    ['EU fall back (25 Oct)', '2026-10-24T12:00:00Z', 'Europe/Berlin', MON_FRI, '2026-10-26T08:00:00.000Z'],
    ['US spring forward (8 Mar)', '2026-03-07T17:00:00Z', 'America/New_York', MON_FRI, '2026-03-09T13:00:00.000Z'],
    ['US fall back (1 Nov)', '2026-10-31T16:00:00Z', 'America/New_York', MON_FRI, '2026-11-02T14:00:00.000Z'],
    ['Sydney DST ends (5 Apr)', '2026-04-04T01:00:00Z', 'Australia/Sydney', MON_FRI, '2026-04-05T23:00:00.000Z'],
    ['Sydney DST starts (4 Oct)', '2026-10-03T01:00:00Z', 'Australia/Sydney', MON_FRI, '2026-10-04T22:00:00.000Z'],
  ])('%s', (_what, day, zone, workdays, expected) => {
    expect(nextWorkdayAt(day, workdays, '09:00', zone).toISOString()).toBe(expected)
  })

  it('uses the chosen reminder time', () => {
    expect(nextWorkdayAt('2026-11-17', MON_FRI, '13:45', 'Europe/Berlin').toISOString()).toBe(
      '2026-11-17T12:45:00.000Z',
    )
  })

  it('refuses a week without workdays', () => {
    expect(() => nextWorkdayAt('2026-11-17', [], '09:00', 'UTC')).toThrow(RangeError)
  })
})

describe('firstWorkdayAfter', () => {
  // prettier-ignore
  it.each([
    ['Wednesday → Thursday', '2026-11-25', 'Europe/Berlin', '2026-11-26T08:00:00.000Z'],
    ['Friday → Monday', '2026-11-27', 'Europe/Berlin', '2026-11-30T08:00:00.000Z'],
    ['Saturday → Monday', '2026-11-28', 'Europe/Berlin', '2026-11-30T08:00:00.000Z'],
    ['Sunday → Monday', '2026-11-29', 'America/New_York', '2026-11-30T14:00:00.000Z'],
    ['Friday before the US change → Monday in EST', '2026-10-30', 'America/New_York', '2026-11-02T14:00:00.000Z'],
    ['Friday before the EU change → Monday in CEST', '2026-03-27', 'Europe/Berlin', '2026-03-30T07:00:00.000Z'],
    ['year end: Thursday 31 Dec → Friday 1 Jan', '2026-12-31', 'Asia/Tokyo', '2027-01-01T00:00:00.000Z'],
  ])('%s', (_what, date, zone, expected) => {
    expect(firstWorkdayAfter(date, MON_FRI, '09:00', zone).toISOString()).toBe(expected)
  })
})

describe('DST never shifts the reminder time', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'America/Sao_Paulo']
  // Every day around both 2026 changes in each hemisphere.
  const days = [
    ...Array.from({ length: 45 }, (_, i) => addCalendarDays('2026-02-25', i)),
    ...Array.from({ length: 50 }, (_, i) => addCalendarDays('2026-09-25', i)),
  ]
  it.each(zones)('every landing in %s is on a weekday at 09:00 local', (zone) => {
    for (const day of days) {
      const landed = nextWorkdayAt(day, MON_FRI, '09:00', zone)
      const wall = instantToWallTime(landed, zone)
      expect(wall.time).toBe('09:00')
      expect(new Date(`${wall.date}T00:00:00Z`).getUTCDay()).not.toBe(0)
      expect(new Date(`${wall.date}T00:00:00Z`).getUTCDay()).not.toBe(6)
      expect(wall.date >= day).toBe(true)
    }
  })
})

describe('calendar helpers', () => {
  it('steps calendar days across month, year and DST boundaries', () => {
    expect(addCalendarDays('2026-01-31', 30)).toBe('2026-03-02')
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30')
  })

  it('numbers weekdays the ISO way', () => {
    expect(['2026-11-22', '2026-11-23', '2026-11-28'].map(isoWeekdayOf)).toEqual([7, 1, 6])
  })

  it('reads the local date of an instant', () => {
    expect(localDateOf('2026-11-20T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-21')
    expect(localDateOf('2026-11-20T23:30:00Z', 'America/New_York')).toBe('2026-11-20')
  })

  it('turns a wall clock into an instant', () => {
    expect(wallClockInstant('2026-07-01', '09:00', 'Australia/Sydney').toISOString()).toBe(
      '2026-06-30T23:00:00.000Z',
    )
  })
})
