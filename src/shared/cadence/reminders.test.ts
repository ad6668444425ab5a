import { describe, expect, it } from 'vitest'
import { markSent } from './advance'
import { defaultCadence } from '../domain/cadence-settings'
import { FollowUpStateSchema } from '../domain/follow-up-state'
import type { FollowUpState } from '../domain/follow-up-state'
import { planCard } from './plan'
import type { SnoozeChoice } from './reminders'
import {
  nextReminderAt,
  recordShown,
  remindersDue,
  snooze,
  snoozeRefusal,
  snoozeUntil,
} from './reminders'
import { newCard, person, sendAll, tracked } from './test-fixtures'

const BERLIN = 'Europe/Berlin'
// Ends Tuesday 17 Nov 15:45 Berlin: reminders at 16:45 (iv-1) and, after a snooze, later.
const card = newCard({
  end: '2026-11-17T14:45:00Z',
  interviewers: [person('iv-1'), person('iv-2', 'phone')],
})
const plan = (followUps: FollowUpState) =>
  planCard(card, followUps, { timeZone: BERLIN }, defaultCadence())
const at = (iso: string) => new Date(iso)
const keys = (items: { key: string }[]) => items.map((i) => i.key)

describe('reminders are shown exactly once', () => {
  const fresh = tracked(card).followUps

  // prettier-ignore
  it.each([
    ['2026-11-17T15:44:59Z', []],
    ['2026-11-17T15:45:00Z', ['card-1:thank-you:iv-1', 'card-1:thank-you:iv-2']],
    ['2026-11-25T09:00:00Z', ['card-1:thank-you:iv-1', 'card-1:thank-you:iv-2']], // catching up later
  ])('at %s, due: %j', (now, expected) => {
    expect(keys(remindersDue(plan(fresh), at(now)))).toEqual(expected)
  })

  it('a reminder shown while catching up is not shown again, even after a restart', () => {
    const shown = recordShown(
      fresh,
      ['card-1:thank-you:iv-1', 'card-1:thank-you:iv-2'],
      at('2026-11-18T07:00:00Z'),
    )
    const reloaded = FollowUpStateSchema.parse(JSON.parse(JSON.stringify(shown)))
    expect(remindersDue(plan(reloaded), at('2026-11-18T07:00:00Z'))).toEqual([])
    expect(remindersDue(plan(reloaded), at('2026-11-30T07:00:00Z'))).toEqual([])
  })

  it('a snoozed reminder fires once more, at the end of the snooze', () => {
    const key = 'card-1:thank-you:iv-1'
    let state = recordShown(fresh, [key, 'card-1:thank-you:iv-2'], at('2026-11-17T15:45:00Z'))
    state = snooze(state, key, at('2026-11-18T08:00:00Z'))
    expect(keys(remindersDue(plan(state), at('2026-11-18T07:59:00Z')))).toEqual([])
    expect(keys(remindersDue(plan(state), at('2026-11-18T08:00:00Z')))).toEqual([key])
    state = recordShown(state, [key], at('2026-11-18T08:00:01Z'))
    expect(keys(remindersDue(plan(state), at('2026-11-18T12:00:00Z')))).toEqual([])
  })

  it('a sent follow-up never reminds', () => {
    const sent = markSent(fresh, card, 'thank-you', ['iv-2'], at('2026-11-17T15:00:00Z'))
    expect(keys(remindersDue(plan(sent), at('2026-11-17T16:00:00Z')))).toEqual([
      'card-1:thank-you:iv-1',
    ])
  })

  it('recordShown keeps one record per reminder', () => {
    const twice = recordShown(
      recordShown(fresh, ['a:b'], at('2026-11-17T15:45:00Z')),
      ['a:b'],
      at('2026-11-18T15:45:00Z'),
    )
    expect(twice.shownReminders).toEqual([{ key: 'a:b', at: '2026-11-18T15:45:00.000Z' }])
  })
})

describe('nextReminderAt', () => {
  it.each([
    ['2026-11-17T15:00:00Z', '2026-11-17T15:45:00.000Z'],
    ['2026-11-17T15:45:00Z', null], // due now, not in the future: remindersDue handles it
  ])('from %s → %s', (now, expected) => {
    expect(nextReminderAt(plan(tracked(card).followUps), at(now))?.toISOString() ?? null).toBe(
      expected,
    )
  })

  it('finds a check-in reminder a week out', () => {
    const t = sendAll(tracked(card), '2026-11-17T16:00:00Z')
    const items = planCard(t.card, t.followUps, { timeZone: BERLIN }, defaultCadence())
    expect(nextReminderAt(items, at('2026-11-17T16:00:00Z'))?.toISOString()).toBe(
      '2026-11-24T08:00:00.000Z',
    )
  })
})

describe('snoozeUntil', () => {
  const cadence = defaultCadence()
  // Friday 20 Nov 2026, 16:00 in Berlin
  const friday = at('2026-11-20T15:00:00Z')
  // prettier-ignore
  it.each<[string, SnoozeChoice, string | null, string | null, string]>([
    ['one hour', { kind: 'one-hour' }, null, '2026-11-20T16:00:00.000Z', BERLIN],
    ['tomorrow morning, even on a Saturday', { kind: 'tomorrow-morning' }, null, '2026-11-21T08:00:00.000Z', BERLIN],
    ['next workday', { kind: 'next-workday' }, null, '2026-11-23T08:00:00.000Z', BERLIN],
    ['next workday, New York', { kind: 'next-workday' }, null, '2026-11-23T14:00:00.000Z', 'America/New_York'],
    ['the decision date', { kind: 'decision-date' }, '2026-11-25', '2026-11-25T08:00:00.000Z', BERLIN],
    ['no decision date', { kind: 'decision-date' }, null, null, BERLIN],
    ['a decision date already past', { kind: 'decision-date' }, '2026-11-19', null, BERLIN],
    ['a custom time', { kind: 'custom', until: at('2026-12-01T12:00:00Z') }, null, '2026-12-01T12:00:00.000Z', BERLIN],
    ['a custom time in the past', { kind: 'custom', until: at('2026-11-01T12:00:00Z') }, null, null, BERLIN],
  ])('%s', (_what, choice, decisionDate, expected, zone) => {
    expect(
      snoozeUntil(choice, friday, { decisionDate }, zone, cadence)?.toISOString() ?? null,
    ).toBe(expected)
  })

  it('tomorrow morning is 09:00 local across the EU spring-forward', () => {
    const saturday = at('2026-03-28T12:00:00Z')
    expect(
      snoozeUntil(
        { kind: 'tomorrow-morning' },
        saturday,
        { decisionDate: null },
        BERLIN,
        cadence,
      )?.toISOString(),
    ).toBe('2026-03-29T07:00:00.000Z')
  })

  it('replaces an earlier snooze of the same reminder', () => {
    const once = snooze(tracked(card).followUps, 'a:b', at('2026-11-18T08:00:00Z'))
    const twice = snooze(once, 'a:b', at('2026-11-19T08:00:00Z'))
    expect(twice.snoozes).toEqual([{ key: 'a:b', until: '2026-11-19T08:00:00.000Z' }])
  })
})

describe('snoozeRefusal', () => {
  const cadence = defaultCadence()
  // Friday 20 Nov 2026, 16:00 in Berlin
  const friday = at('2026-11-20T15:00:00Z')
  const refusal = (choice: SnoozeChoice, decisionDate: string | null, now = friday) =>
    snoozeRefusal(choice, now, { decisionDate }, BERLIN, cadence)

  it('says the decision date has passed, naming it, never that there is none', () => {
    expect(refusal({ kind: 'decision-date' }, '2026-06-08', at('2026-06-10T10:00:00Z'))).toBe(
      'The decision date, Mon 8 Jun, has passed',
    )
    expect(refusal({ kind: 'decision-date' }, '2026-11-19')).toBe(
      'The decision date, Thu 19 Nov, has passed',
    )
  })

  it('on the decision day itself, after the reminder time, says just that', () => {
    expect(refusal({ kind: 'decision-date' }, '2026-11-20')).toBe(
      'The decision date, Fri 20 Nov, is today, and 09:00 has passed',
    )
    // Before 09:00 that morning it can still be chosen.
    expect(refusal({ kind: 'decision-date' }, '2026-11-20', at('2026-11-20T07:00:00Z'))).toBeNull()
  })

  it('says there is no decision date only when there is none', () => {
    expect(refusal({ kind: 'decision-date' }, null)).toBe('This interview has no decision date')
  })

  it('has nothing to say about a choice that can be taken', () => {
    expect(refusal({ kind: 'decision-date' }, '2026-11-25')).toBeNull()
    expect(refusal({ kind: 'one-hour' }, null)).toBeNull()
    expect(refusal({ kind: 'next-workday' }, null)).toBeNull()
    expect(refusal({ kind: 'custom', until: at('2026-11-01T12:00:00Z') }, null)).toBe(
      'Choose a time in the future',
    )
  })
})
