import { describe, expect, it } from 'vitest'
import { isoWeekdayOf } from '../cadence/workdays'
import { interviewsPerWeek, mondayOf } from './weeks'

const at = (start: string) => ({
  time: { start, end: new Date(Date.parse(start) + 3_600_000).toISOString(), timeZone: 'UTC' },
})

describe('mondayOf', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // a Monday is its own week's start
    ['2026-11-29', '2026-11-23'], // Sunday belongs to the week before
    ['2026-03-01', '2026-02-23'], // across a month end
    ['2027-01-01', '2026-12-28'], // across a year end
  ])('%s → %s', (date, monday) => expect(mondayOf(date)).toBe(monday))
})

describe('interviewsPerWeek', () => {
  it('gives twelve empty weeks for an empty board, ending with this week', () => {
    const weeks = interviewsPerWeek([], new Date('2026-11-25T12:00:00Z'), 'Europe/Berlin')
    expect(weeks).toHaveLength(12)
    expect(weeks.every((w) => w.count === 0)).toBe(true)
    expect(weeks[0]!.weekStart).toBe('2026-09-07')
    expect(weeks[11]!.weekStart).toBe('2026-11-23')
  })

  // prettier-ignore
  it.each([
    // [what, now, user zone, expected weekStart of this week]
    ['Sunday night in Berlin is still last week', '2026-11-29T22:30:00Z', 'Europe/Berlin', '2026-11-23'],
    ['just after midnight on Monday in Berlin', '2026-11-29T23:30:00Z', 'Europe/Berlin', '2026-11-30'],
    ['the same instant is Sunday evening in New York', '2026-11-29T23:30:00Z', 'America/New_York', '2026-11-23'],
    ['Monday already in Tokyo', '2026-11-29T15:30:00Z', 'Asia/Tokyo', '2026-11-30'],
  ])('this week: %s', (_what, now, zone, monday) => {
    expect(interviewsPerWeek([], new Date(now), zone).at(-1)!.weekStart).toBe(monday)
  })

  // prettier-ignore
  it.each([
    // [what, interview start, user zone, week it counts in]
    ['Monday 00:30 in Berlin', '2026-11-22T23:30:00Z', 'Europe/Berlin', '2026-11-23'],
    ['the same instant on Sunday in New York', '2026-11-22T23:30:00Z', 'America/New_York', '2026-11-16'],
    // EU clocks spring forward on Sunday 29 March: 23:30 CEST that night is 21:30 UTC.
    ['Sunday night of the spring-forward week', '2026-03-29T21:30:00Z', 'Europe/Berlin', '2026-03-23'],
    ['Monday 00:30 after the spring-forward', '2026-03-29T22:30:00Z', 'Europe/Berlin', '2026-03-30'],
    // EU clocks fall back on Sunday 25 October: 23:30 CET that night is 22:30 UTC.
    ['Sunday night of the fall-back week', '2026-10-25T22:30:00Z', 'Europe/Berlin', '2026-10-19'],
    ['Monday 00:30 after the fall-back', '2026-10-25T23:30:00Z', 'Europe/Berlin', '2026-10-26'],
    ['US fall-back Sunday night in New York', '2026-11-02T04:30:00Z', 'America/New_York', '2026-10-26'],
  ])('%s counts in the week of %s', (_what, start, zone, week) => {
    // "now" is a few weeks later, so the week is inside the chart's window.
    const now = new Date(Date.parse(start) + 21 * 86_400_000)
    const weeks = interviewsPerWeek([at(start)], now, zone)
    expect(weeks.filter((w) => w.count > 0)).toEqual([{ weekStart: week, count: 1 }])
  })

  it('keeps Monday starts, seven days apart, across both clock changes of a year', () => {
    const weeks = interviewsPerWeek([], new Date('2026-11-05T12:00:00Z'), 'Europe/Berlin', 40)
    for (const [i, week] of weeks.entries()) {
      expect(isoWeekdayOf(week.weekStart)).toBe(1)
      if (i > 0) {
        const gap = Date.parse(week.weekStart) - Date.parse(weeks[i - 1]!.weekStart)
        expect(gap).toBe(7 * 86_400_000)
      }
    }
  })

  it('counts several interviews a week, and nothing before the window or after this week', () => {
    const now = new Date('2026-11-25T12:00:00Z') // Wednesday
    const cards = [
      at('2026-11-23T09:00:00Z'),
      at('2026-11-24T09:00:00Z'),
      at('2026-11-29T20:00:00Z'), // Sunday, later this week: still this week
      at('2026-11-16T09:00:00Z'),
      at('2026-09-07T09:00:00Z'), // first week of the window
      at('2026-09-06T09:00:00Z'), // the Sunday before it
      at('2026-11-30T09:00:00Z'), // next week
    ]
    const weeks = interviewsPerWeek(cards, now, 'Europe/Berlin')
    expect(weeks.map((w) => w.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3])
  })
})
