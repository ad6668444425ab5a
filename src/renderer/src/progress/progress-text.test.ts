import { describe, expect, it } from 'vitest'
import type { ProgressStats } from '@shared/progress/progress'
import { progressInsights, weekLabel } from './progress-text'

function stats(overrides: {
  weeks?: number[]
  onTime?: number
  late?: number
  overdueNow?: number
  offers?: number
}): ProgressStats {
  const weeks = overrides.weeks ?? Array(12).fill(0)
  const timing = { onTime: 0, late: 0 }
  return {
    interviews: weeks.reduce((a, b) => a + b, 0),
    weeks: weeks.map((n, i) => ({
      weekStart: `2026-09-${String(7 + i).padStart(2, '0')}`,
      count: n,
    })),
    followUps: {
      byStage: { 'thank-you': timing, 'check-in': timing, final: timing },
      onTime: overrides.onTime ?? 0,
      late: overrides.late ?? 0,
      overdueNow: overrides.overdueNow ?? 0,
    },
    outcomes: {
      closed: {
        offer: overrides.offers ?? 0,
        rejected: 0,
        'position-filled': 0,
        'no-response': 0,
        withdrew: 0,
      },
      open: 0,
    },
  }
}

describe('weekLabel', () => {
  it.each([
    ['2026-11-23', 'en-GB', '23 Nov'],
    ['2026-11-23', 'en-US', 'Nov 23'],
    ['2027-01-04', 'de-DE', '4. Jan.'],
  ])('%s in %s reads %s', (week, locale, label) => expect(weekLabel(week, locale)).toBe(label))
})

describe('progressInsights', () => {
  it('says nothing about an empty board', () => {
    expect(progressInsights(stats({}))).toEqual([])
  })

  // prettier-ignore
  it.each([
    [{ weeks: [1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 1, 1] }, '5 interviews in the last 12 weeks, 4 of them in the last four.'],
    [{ weeks: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, '1 interview in the last 12 weeks, 0 of them in the last four.'],
    [{ onTime: 9, late: 2 }, 'You sent 9 of 11 follow-ups on time.'],
    [{ onTime: 0, late: 1 }, 'You sent 0 of 1 follow-up on time.'],
    [{ onTime: 4 }, 'Every follow-up you sent went out on time (4 of 4).'],
    [{ overdueNow: 1 }, '1 follow-up is past due right now: the board’s Due filter shows which.'],
    [{ overdueNow: 3 }, '3 follow-ups are past due right now: the board’s Due filter shows which.'],
    [{ offers: 2 }, '2 offers so far. Well done.'],
  ])('%o → %s', (input, line) => {
    expect(progressInsights(stats(input))).toEqual([line])
  })
})
