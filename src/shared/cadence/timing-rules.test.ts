import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CadenceSettings } from '../domain/cadence-settings'
import { defaultCadence } from '../domain/cadence-settings'
import type { FollowUpItem } from './plan'
import { planCard } from './plan'
import type { Tracked } from './test-fixtures'
import { dragTo, newCard, sendAll, tracked } from './test-fixtures'
import { addCalendarDays, firstWorkdayAfter, localDateOf } from './workdays'

const BERLIN = 'Europe/Berlin'
const NEW_YORK = 'America/New_York'

function planFor(t: Tracked, timeZone = BERLIN, cadence: CadenceSettings = defaultCadence()) {
  return planCard(t.card, t.followUps, { timeZone }, cadence)
}

/** The check-in planned once the thank-you went out at `sent`. */
function checkInAfter(
  sent: string,
  decisionDate: string | null,
  end = '2026-11-11T14:00:00Z',
  timeZone = BERLIN,
): FollowUpItem {
  const t = sendAll(tracked(newCard({ end, timeZone, decisionDate })), sent)
  expect(t.card.stage).toBe('check-in')
  return planFor(t, timeZone)[0]!
}

describe('check-in when the decision date had passed: the next workday morning', () => {
  // Interview Wednesday 11 Nov 2026; they decide on Monday 16 Nov; reminders at 09:00 in Berlin.
  // prettier-ignore
  it.each([
    // [what, thank-you sent, check-in due, why]
    ['sent before the decision date', '2026-11-12T10:00:00Z', '2026-11-17T08:00:00.000Z', 'after-decision'],
    ['sent on the decision day, just before 09:00', '2026-11-16T07:58:00Z', '2026-11-17T08:00:00.000Z', 'after-decision'],
    ['sent on the decision day, just after 09:00', '2026-11-16T08:02:00Z', '2026-11-17T08:00:00.000Z', 'after-decision'],
    // Not Tuesday 09:00, two minutes after the thank-you, and not a week later either.
    ['sent the day after, just before 09:00', '2026-11-17T07:58:00Z', '2026-11-18T08:00:00.000Z', 'decision-passed'],
    ['sent the day after, just after 09:00', '2026-11-17T08:02:00Z', '2026-11-18T08:00:00.000Z', 'decision-passed'],
    ['sent on a Friday afternoon → Monday', '2026-11-20T15:00:00Z', '2026-11-23T08:00:00.000Z', 'decision-passed'],
    ['sent Friday 23:30 UTC, Saturday in Berlin → Monday', '2026-11-20T23:30:00Z', '2026-11-23T08:00:00.000Z', 'decision-passed'],
  ])('%s', (_what, sent, due, why) => {
    const item = checkInAfter(sent, '2026-11-16')
    expect(item).toMatchObject({ dueAt: due, remindAt: due })
    expect(item.reason.kind).toBe(why)
    if (why === 'decision-passed') {
      expect(item.reason).toEqual({
        kind: 'decision-passed',
        decisionDate: '2026-11-16',
        passedBy: 'thank-you',
        from: new Date(sent).toISOString(),
      })
    }
  })

  it.each([
    // EU clocks go back on Sunday 25 Oct 2026: Monday 09:00 is 08:00 UTC, no longer 07:00.
    [
      'Berlin, across the EU fall-back',
      BERLIN,
      '2026-10-19T12:00:00Z',
      '2026-10-23',
      '2026-10-24T08:00:00Z',
      '2026-10-26T08:00:00.000Z',
    ],
    // US clocks go back on Sunday 1 Nov 2026: Monday 09:00 EST is 14:00 UTC.
    [
      'New York, across the US fall-back',
      NEW_YORK,
      '2026-10-26T16:00:00Z',
      '2026-10-30',
      '2026-10-31T16:00:00Z',
      '2026-11-02T14:00:00.000Z',
    ],
    // EU clocks go forward on Sunday 29 Mar 2026.
    [
      'Berlin, across the EU spring-forward',
      BERLIN,
      '2026-03-23T12:00:00Z',
      '2026-03-26',
      '2026-03-27T16:00:00Z',
      '2026-03-30T07:00:00.000Z',
    ],
  ])('%s', (_what, zone, end, decisionDate, sent, due) => {
    expect(checkInAfter(sent, decisionDate, end, zone).dueAt).toBe(due)
  })

  it('a card moved to Check-in once the decision date had passed is due the next workday morning', () => {
    const card = newCard({ end: '2026-11-11T14:00:00Z', decisionDate: '2026-11-16' })
    // Wednesday 18 Nov, 08:30 in Berlin: Thursday, not Wednesday 09:00 half an hour later.
    const moved = dragTo(card, 'check-in', '2026-11-18T07:30:00Z')
    const [item] = planFor(tracked(moved))
    expect(item).toMatchObject({ dueAt: '2026-11-19T08:00:00.000Z' })
    expect(item!.reason).toMatchObject({ kind: 'decision-passed', passedBy: 'move' })
    // Moved there on the decision day itself: the first workday after it, as planned.
    const onTheDay = dragTo(card, 'check-in', '2026-11-16T15:00:00Z')
    expect(planFor(tracked(onTheDay))[0]).toMatchObject({
      dueAt: '2026-11-17T08:00:00.000Z',
      reason: { kind: 'after-decision', decisionDate: '2026-11-16' },
    })
  })

  it('a card entered after the decision date, then thanked, is due the next workday morning', () => {
    // Added on Thursday 19 Nov for an interview on the 11th whose decision date was the 16th.
    const card = newCard({ end: '2026-11-11T14:00:00Z', decisionDate: '2026-11-16' })
    const t = sendAll(
      tracked({ ...card, createdAt: '2026-11-19T10:00:00.000Z' }),
      '2026-11-19T10:05:00Z',
    )
    expect(planFor(t).map((i) => i.dueAt)).toEqual(['2026-11-20T08:00:00.000Z'])
  })
})

const ZONES = [BERLIN, NEW_YORK, 'Asia/Tokyo', 'Australia/Sydney', 'America/Sao_Paulo']
// 2026, across both DST changes of each hemisphere.
const instant = fc
  .integer({ min: Date.UTC(2026, 0, 5), max: Date.UTC(2026, 11, 20) })
  .map((ms) => new Date(ms - (ms % 60_000)))

describe('due times never jump', () => {
  it('two thank-yous a few minutes apart give check-ins at most one workday apart, never on the day of the send', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        instant,
        fc.integer({ min: 1, max: 15 }),
        fc.option(fc.integer({ min: -10, max: 20 }), { nil: null }),
        (zone, sent, minutes, decisionOffset) => {
          const end = new Date(sent.getTime() - 3 * 3_600_000)
          const decision =
            decisionOffset === null
              ? null
              : addCalendarDays(localDateOf(end, zone), Math.max(decisionOffset, 0))
          const later = new Date(sent.getTime() + minutes * 60_000)
          const due = (at: Date) =>
            checkInAfter(at.toISOString(), decision, end.toISOString(), zone).dueAt
          const [first, second] = [due(sent), due(later)]
          expect(second >= first).toBe(true)
          const nextWorkday = firstWorkdayAfter(
            localDateOf(first, zone),
            defaultCadence().workdays,
            defaultCadence().reminderTime,
            zone,
          )
          expect(Date.parse(second)).toBeLessThanOrEqual(nextWorkday.getTime())
          expect(localDateOf(first, zone) > localDateOf(sent, zone)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('the nudge right after an interview waits for the morning', () => {
  // A 45-minute interview ending at `end`; the nudge comes an hour later, in Berlin.
  const nudge = (end: string, cadence = defaultCadence(), zone = BERLIN) =>
    planFor(tracked(newCard({ end, timeZone: zone })), zone, cadence)[0]!

  // prettier-ignore
  it.each([
    // [what, interview end (UTC), reminder (UTC)] — Berlin is UTC+1 in November
    ['at 21:59: before the night, as planned', '2026-11-17T19:59:00Z', '2026-11-17T20:59:00.000Z'],
    ['at 22:00: waits until 07:00', '2026-11-17T20:00:00Z', '2026-11-18T06:00:00.000Z'],
    ['at 00:30 (a 23:30 end): waits until 07:00', '2026-11-17T22:30:00Z', '2026-11-18T06:00:00.000Z'],
    ['at 06:59: waits a minute', '2026-11-18T04:59:00Z', '2026-11-18T06:00:00.000Z'],
    ['at 07:00: as planned', '2026-11-18T05:00:00Z', '2026-11-18T06:00:00.000Z'],
    // Saturday night: the morning after, a weekend or not.
    ['on a Friday night: Saturday 07:00', '2026-11-20T22:30:00Z', '2026-11-21T06:00:00.000Z'],
    // Clocks go back at 03:00 on Sunday 25 Oct: 07:00 CET is 06:00 UTC.
    ['across the EU fall-back', '2026-10-24T20:30:00Z', '2026-10-25T06:00:00.000Z'],
    // Clocks go forward at 02:00 on Sunday 29 Mar: 07:00 CEST is 05:00 UTC.
    ['across the EU spring-forward', '2026-03-28T22:00:00Z', '2026-03-29T05:00:00.000Z'],
  ])('a nudge due %s', (_what, end, remindAt) => {
    const item = nudge(end)
    expect(item.remindAt).toBe(remindAt)
    // Only the reminder waits: the thank-you is still due a day after the interview.
    expect(item.dueAt).toBe(new Date(Date.parse(end) + 24 * 3_600_000).toISOString())
  })

  it('comes at night when the setting is off', () => {
    const cadence = { ...defaultCadence(), freshReminderWaitsForMorning: false }
    expect(nudge('2026-11-17T22:30:00Z', cadence).remindAt).toBe('2026-11-17T23:30:00.000Z')
  })

  it('reads the night on the person’s clock, not the interview’s', () => {
    // 22:30 in Tokyo is 14:30 in Berlin, where the person is: no wait.
    const card = newCard({ end: '2026-11-17T13:30:00Z', timeZone: 'Asia/Tokyo' })
    expect(planFor(tracked(card), BERLIN)[0]!.remindAt).toBe('2026-11-17T14:30:00.000Z')
  })

  it('a thank-you planned afresh after a move back at night waits too', () => {
    const card = dragTo(
      dragTo(newCard({ end: '2026-11-17T14:45:00Z' }), 'check-in', '2026-11-17T16:00:00Z'),
      'thank-you',
      '2026-11-20T22:15:00Z', // 23:15 in Berlin
    )
    expect(planFor(tracked(card))[0]!.remindAt).toBe('2026-11-21T06:00:00.000Z')
  })

  it('never reaches the system between 22:00 and 07:00, wherever the interview ends', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, end) => {
        const { remindAt } = nudge(end.toISOString(), defaultCadence(), zone)
        const hour = Number(
          new Intl.DateTimeFormat('en-GB', {
            hour: '2-digit',
            hourCycle: 'h23',
            timeZone: zone,
          }).format(new Date(remindAt)),
        )
        expect(hour >= 7 && hour < 22).toBe(true)
        expect(Date.parse(remindAt)).toBeGreaterThanOrEqual(end.getTime() + 3_600_000)
      }),
      { numRuns: 300 },
    )
  })
})
