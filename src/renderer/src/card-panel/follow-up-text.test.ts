import { describe, expect, it } from 'vitest'
import { followUpItem as item } from '../common/test-support/follow-up-item'
import { rowState, rowWhy } from './follow-up-text'

const TZ = 'Europe/Berlin'

describe('follow-up rows', () => {
  it('reads as snoozed while a snooze holds a due reminder back', () => {
    const now = new Date('2026-11-18T09:00:00Z')
    const snoozed = item({ snoozedUntil: '2026-11-18T12:00:00.000Z' })
    expect(rowState(snoozed, 'due-today', now, TZ)).toBe('snoozed')
    expect(rowState(snoozed, 'due-today', new Date('2026-11-18T13:00:00Z'), TZ)).toBe('due-today')
    expect(rowState(item(), 'due-today', now, TZ)).toBe('due-today')
  })
})

describe('why this date', () => {
  it('says why, in the reader’s locale and the person’s zone', () => {
    expect(rowWhy(item(), TZ, 'en-GB')).toBe(
      'Why this date: a day after the interview ended, Tue 17 Nov, 15:45.',
    )
    const checkIn = item({
      stage: 'check-in',
      dueKind: 'day',
      dueAt: '2026-12-14T08:00:00.000Z',
      reason: { kind: 'after-decision', decisionDate: '2026-12-11' },
    })
    expect(rowWhy(checkIn, TZ, 'en-GB')).toBe(
      'Why this date: the first workday after their decision date, Fri 11 Dec.',
    )
    // A decision date is a calendar day: it reads the same in any zone.
    expect(rowWhy(checkIn, 'Pacific/Auckland', 'en-GB')).toContain('Fri 11 Dec')
    expect(rowWhy(checkIn, 'America/Los_Angeles', 'en-GB')).toContain('Fri 11 Dec')
  })
})
