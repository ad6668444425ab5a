import { describe, expect, it } from 'vitest'
import { markReplied, sendAndAdvance } from '../cadence/advance'
import { defaultCadence } from '../domain/cadence-settings'
import { followUpKey } from '../domain/follow-up-state'
import { snooze } from '../cadence/reminders'
import { CARD_ID, dragTo, newCard, person } from '../cadence/test-fixtures'
import { updateCard } from '../domain/board'
import type { Stage } from '../domain/interview'
import type { Card } from '../domain/card'
import { followUpTiming } from './follow-up-timing'

const BERLIN = 'Europe/Berlin'
const settingsIn = (timeZone: string) => ({ timeZone, cadence: defaultCadence() })

/** Marks `stage` sent (kept on the card, as the store keeps it) at `at` (to everyone, or to one person), letting the card move on by itself. */
function send(c: Card, at: string, stage: Stage = c.stage, who: string[] | 'all' = 'all'): Card {
  const next = sendAndAdvance(c, c.followUps, stage, who, new Date(at))
  return { ...next.card, followUps: next.followUps }
}

function timing(cards: Card[], now = '2027-01-15T12:00:00Z', timeZone = BERLIN) {
  return followUpTiming(cards, new Date(now), settingsIn(timeZone))
}

const checkIn = (c: Card) => timing([c]).byStage['check-in']
const ON_TIME = { onTime: 1, late: 0 }
const LATE = { onTime: 0, late: 1 }

// Interview ends Tue 17 Nov 2026, 15:45 in Berlin: the thank-you is due by Wed 18 Nov, 15:45.
const END = '2026-11-17T14:45:00Z'

describe('thank-you: on time up to its deadline', () => {
  // prettier-ignore
  it.each([
    ['an hour after the interview', '2026-11-17T15:45:00Z', 'on time'],
    ['a minute before the deadline', '2026-11-18T14:44:00Z', 'on time'],
    ['exactly at the deadline', '2026-11-18T14:45:00Z', 'on time'],
    ['a minute after the deadline, same day', '2026-11-18T14:46:00Z', 'late'],
    ['two days later', '2026-11-19T10:00:00Z', 'late'],
  ])('sent %s: %s', (_what, sentAt, verdict) => {
    const t = timing([send(newCard({ end: END }), sentAt)])
    expect(t.byStage['thank-you']).toEqual(verdict === 'late' ? LATE : ON_TIME)
  })
})

describe('check-in and final: on time up to the end of the due day in the user’s zone', () => {
  // The thank-you goes out on Tue 17 Nov, so the check-in is due on Tue 24 Nov.
  const thanked = (timeZone = BERLIN) =>
    send(newCard({ end: END, timeZone }), '2026-11-17T17:00:00Z')

  // prettier-ignore
  it.each([
    // [what, user zone, check-in sent, verdict]
    ['a day early', BERLIN, '2026-11-23T10:00:00Z', 'on time'],
    ['23:59 on the due day in Berlin', BERLIN, '2026-11-24T22:59:00Z', 'on time'],
    ['00:01 the next day in Berlin', BERLIN, '2026-11-24T23:01:00Z', 'late'],
    // 23:30 on the 24th in New York, though already the 25th in Berlin.
    ['late evening of the due day in New York', 'America/New_York', '2026-11-25T04:30:00Z', 'on time'],
    ['the same instant for a user in Berlin', BERLIN, '2026-11-25T04:30:00Z', 'late'],
  ])('%s (%s)', (_what, zone, sentAt, verdict) => {
    const t = timing([send(thanked(zone), sentAt)], undefined, zone)
    expect(t.byStage['thank-you']).toEqual(ON_TIME)
    expect(t.byStage['check-in']).toEqual(verdict === 'late' ? LATE : ON_TIME)
  })

  it('plans the final from when the check-in actually went out', () => {
    // Check-in a day late on Wed 25 Nov: the final is due Wed 2 Dec, not Tue 1 Dec.
    const checkedIn = send(thanked(), '2026-11-25T10:00:00Z')
    const onWednesday = timing([send(checkedIn, '2026-12-02T20:00:00Z')])
    expect(onWednesday.byStage.final).toEqual(ON_TIME)
    const onThursday = timing([send(checkedIn, '2026-12-03T08:00:00Z')])
    expect(onThursday.byStage.final).toEqual(LATE)
  })

  it('dates the check-in from a decision date when the interviewer named one', () => {
    // Decision on Fri 27 Nov: the check-in is due on the first workday after, Mon 30 Nov.
    const c = send(newCard({ end: END, decisionDate: '2026-11-27' }), '2026-11-17T17:00:00Z')
    expect(checkIn(send(c, '2026-11-30T16:00:00Z'))).toEqual(ON_TIME)
    expect(checkIn(send(c, '2026-12-01T08:00:00Z'))).toEqual(LATE)
  })

  it('gives the full day across the autumn clock change', () => {
    // Thank-you Tue 20 Oct; check-in due Tue 27 Oct, after the clocks went back on the 25th.
    const c = send(newCard({ end: '2026-10-20T12:00:00Z' }), '2026-10-20T15:00:00Z')
    expect(checkIn(send(c, '2026-10-27T22:59:00Z'))).toEqual(ON_TIME)
    expect(checkIn(send(c, '2026-10-27T23:01:00Z'))).toEqual(LATE)
  })
})

describe('what counts, and how often', () => {
  it('counts each message once: one person on time, the other late', () => {
    let c = newCard({ end: END, interviewers: [person('iv-1'), person('iv-2')] })
    c = send(c, '2026-11-17T18:00:00Z', 'thank-you', ['iv-1'])
    c = send(c, '2026-11-19T09:00:00Z', 'thank-you', ['iv-2'])
    const t = timing([c])
    expect(t.byStage['thank-you']).toEqual({ onTime: 1, late: 1 })
    expect({ onTime: t.onTime, late: t.late }).toEqual({ onTime: 1, late: 1 })
  })

  it('a snooze does not move the due date: sent after the due day, it is late', () => {
    let c = newCard({ end: END })
    const key = followUpKey(CARD_ID, 'thank-you', 'iv-1')
    c = { ...c, followUps: snooze(c.followUps, key, new Date('2026-11-20T08:00:00Z')) }
    expect(timing([send(c, '2026-11-20T09:00:00Z')]).byStage['thank-you']).toEqual(LATE)
  })

  it('still counts a message whose stage later got a reply', () => {
    const c = send(send(newCard({ end: END }), '2026-11-17T17:00:00Z'), '2026-11-24T09:00:00Z')
    const replied = {
      ...c,
      followUps: markReplied(c.followUps, 'check-in', new Date('2026-11-26T09:00:00Z')),
    }
    expect(timing([replied]).byStage['check-in']).toEqual(ON_TIME)
  })

  it('a card dragged into a stage late is judged from the move, as the board planned it', () => {
    // Entered a month after the interview, straight into check-in: due a week after the move.
    const moved = dragTo(newCard({ end: END }), 'check-in', '2026-12-15T10:00:00Z')
    const c = send(moved, '2026-12-22T15:00:00Z')
    expect(timing([c]).byStage['check-in']).toEqual(ON_TIME)
  })

  it('judges a message by the card as it was then: a later drag back does not excuse it', () => {
    // Sent two days late; a week later the card is dragged back into thank-you by hand.
    const late = send(newCard({ end: END }), '2026-11-20T09:00:00Z')
    const reopened = dragTo(late, 'thank-you', '2026-11-27T09:00:00Z')
    expect(timing([reopened]).byStage['thank-you']).toEqual(LATE)
  })

  it('leaves out a message to someone no longer on the card', () => {
    const c = send(
      newCard({ end: END, interviewers: [person('iv-1'), person('iv-2')] }),
      '2026-11-19T09:00:00Z',
    )
    const edited = updateCard(
      c,
      { ...c, interviewers: [person('iv-2')] },
      new Date('2026-11-20T09:00:00Z'),
    )
    expect(timing([edited]).byStage['thank-you']).toEqual(LATE)
  })

  it('has nothing to count on an empty board', () => {
    expect(timing([])).toEqual({
      byStage: {
        'thank-you': { onTime: 0, late: 0 },
        'check-in': { onTime: 0, late: 0 },
        final: { onTime: 0, late: 0 },
      },
      onTime: 0,
      late: 0,
      overdueNow: 0,
    })
  })
})

describe('overdue now', () => {
  // prettier-ignore
  it.each([
    ['before the thank-you deadline', '2026-11-18T14:00:00Z', 0],
    ['after the thank-you deadline', '2026-11-18T15:00:00Z', 2],
  ])('%s: %i', (_what, now, overdue) => {
    const c = newCard({ end: END, interviewers: [person('iv-1'), person('iv-2')] })
    expect(timing([c], now).overdueNow).toBe(overdue)
  })

  it('counts a snoozed message still unsent after its due day', () => {
    let c = newCard({ end: END })
    const key = followUpKey(CARD_ID, 'thank-you', 'iv-1')
    c = { ...c, followUps: snooze(c.followUps, key, new Date('2026-11-25T08:00:00Z')) }
    expect(timing([c], '2026-11-20T10:00:00Z').overdueNow).toBe(1)
  })

  it('ignores closed cards and messages already sent', () => {
    const closed = dragTo(newCard({ end: END }), 'closed', '2026-11-18T09:00:00Z', 'withdrew')
    const sent = send(newCard({ end: END }), '2026-11-18T09:00:00Z')
    expect(timing([closed, sent], '2026-11-20T10:00:00Z').overdueNow).toBe(0)
  })
})
