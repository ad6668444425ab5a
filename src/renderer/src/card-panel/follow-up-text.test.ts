import { describe, expect, it } from 'vitest'
import type { FollowUpItem } from '../../../shared/cadence/plan'
import { rowState, rowWhen, rowWhy } from './follow-up-text'

const TZ = 'Europe/Berlin'
const item = (overrides: Partial<FollowUpItem> = {}): FollowUpItem => ({
  key: 'c:thank-you:a',
  kind: 'follow-up',
  stage: 'thank-you',
  interviewerId: 'a',
  channel: 'email',
  dueAt: '2026-11-18T14:45:00.000Z',
  dueKind: 'deadline',
  remindAt: '2026-11-17T15:45:00.000Z',
  sentAt: null,
  shownAt: null,
  snoozedUntil: null,
  askForTopics: false,
  reason: { kind: 'after-interview', hours: 24, from: '2026-11-17T14:45:00.000Z' },
  ...overrides,
})

describe('follow-up rows', () => {
  it('reads as snoozed while a snooze holds a due reminder back', () => {
    const now = new Date('2026-11-18T09:00:00Z')
    const snoozed = item({ snoozedUntil: '2026-11-18T12:00:00.000Z' })
    expect(rowState(snoozed, 'due-today', now, TZ)).toBe('snoozed')
    expect(rowState(snoozed, 'due-today', new Date('2026-11-18T13:00:00Z'), TZ)).toBe('due-today')
    expect(rowState(item(), 'due-today', now, TZ)).toBe('due-today')
  })

  it('tells when it is due, was sent, or is snoozed until, in the person’s zone', () => {
    const now = new Date('2026-11-18T09:00:00Z')
    expect(rowWhen(item(), now, TZ, 'en-GB')).toBe('Due by Wed 18 Nov, 15:45')
    expect(rowWhen(item({ dueKind: 'day' }), now, TZ, 'en-GB')).toBe('Due Wed 18 Nov, 15:45')
    expect(rowWhen(item({ sentAt: '2026-11-18T08:30:00.000Z' }), now, TZ, 'en-GB')).toBe(
      'Sent Wed 18 Nov, 09:30',
    )
    expect(rowWhen(item({ snoozedUntil: '2026-11-18T12:00:00.000Z' }), now, TZ, 'en-GB')).toBe(
      'Due by Wed 18 Nov, 15:45 · snoozed until Wed 18 Nov, 13:00',
    )
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
