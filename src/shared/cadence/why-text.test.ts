import { describe, expect, it } from 'vitest'
import type { CadenceSettings } from '../domain/cadence-settings'
import { defaultCadence } from '../domain/cadence-settings'
import { planCard } from './plan'
import type { Tracked } from './test-fixtures'
import { dragTo, newCard, person, sendAll, tracked } from './test-fixtures'
import { whyDue } from './why-text'

const BERLIN = 'Europe/Berlin'
const why = (t: Tracked, cadence: CadenceSettings = defaultCadence(), zone = BERLIN) =>
  planCard(t.card, t.followUps, { timeZone: zone }, cadence).map((item) => whyDue(item, zone))

// Interview ends Tuesday 17 Nov 2026, 15:45 in Berlin.
const END = '2026-11-17T14:45:00Z'
const card = (decisionDate: string | null = null) => newCard({ end: END, decisionDate })

describe('why each follow-up is due when it is', () => {
  it('the thank-you: a day after the interview ended', () => {
    expect(why(tracked(card()))).toEqual(['a day after the interview ended, Tue 17 Nov, 15:45'])
    const twelve = { ...defaultCadence(), thankYouDueHours: 12, freshReminderMinutes: 30 }
    expect(why(tracked(card()), twelve)).toEqual([
      '12 hours after the interview ended, Tue 17 Nov, 15:45',
    ])
  })

  it('the check-in: a week after your thank-you', () => {
    // Sent Friday 4 Dec: due Friday 11 Dec.
    const t = sendAll(tracked(card()), '2026-12-04T10:00:00Z')
    expect(why(t)).toEqual(['a week after your thank-you on Fri 4 Dec'])
  })

  it('says when a wait ended on a day that is not a workday', () => {
    // Sent Saturday 21 Nov: a week later is Saturday 28 Nov, so Monday 30 Nov.
    const t = sendAll(tracked(card()), '2026-11-21T10:00:00Z')
    expect(why(t)).toEqual([
      'a week after your thank-you on Sat 21 Nov; Sat 28 Nov is not one of your workdays',
    ])
  })

  it('the check-in with a decision date: the first workday after it', () => {
    const t = sendAll(tracked(card('2026-12-11')), '2026-11-17T16:00:00Z')
    expect(why(t)).toEqual(['the first workday after their decision date, Fri 11 Dec'])
  })

  it('the check-in once the decision date had passed: the next workday morning', () => {
    const t = sendAll(
      tracked(newCard({ end: '2026-06-02T10:00:00Z', decisionDate: '2026-06-08' })),
      '2026-06-09T10:00:00Z',
    )
    expect(why(t)).toEqual(['the next workday morning: their decision date, Mon 8 Jun, had passed'])
    // A reminder time in the afternoon is no morning.
    const afternoon = { ...defaultCadence(), reminderTime: '14:00' }
    expect(why(t, afternoon)).toEqual([
      'the next workday: their decision date, Mon 8 Jun, had passed',
    ])
  })

  it('the final: a week after your check-in, or after it was due when never marked sent', () => {
    let t = sendAll(tracked(card()), '2026-11-17T16:00:00Z')
    t = sendAll(t, '2026-11-24T09:30:00Z')
    expect(why(t)).toEqual([
      'a week after your check-in on Tue 24 Nov',
      'a week after your final follow-up was due, Tue 1 Dec (not marked sent)',
    ])
  })

  it('a card moved here late: from the move', () => {
    const moved = dragTo(card(), 'final', '2026-12-10T10:00:00Z')
    expect(why(tracked(moved))).toEqual([
      'a week after you moved the card to Final on Thu 10 Dec',
      'a week after your final follow-up was due, Thu 17 Dec (not marked sent)',
    ])
    const back = dragTo(
      dragTo(card(), 'check-in', '2026-11-18T10:00:00Z'),
      'thank-you',
      '2026-11-23T10:00:00Z',
    )
    expect(why(tracked(back))).toEqual([
      'a day after you moved the card back to Thank-you, Mon 23 Nov, 11:00',
    ])
  })

  it('stay in touch: from when the card was closed', () => {
    const cadence = { ...defaultCadence(), stayInTouchEnabled: true, stayInTouchDays: 30 }
    const closed = dragTo(
      newCard({ end: END, interviewers: [person('iv-1')] }),
      'closed',
      '2026-12-10T10:00:00Z',
      'rejected',
    )
    expect(why(tracked(closed), cadence)).toEqual([
      '30 days after you closed the card on Thu 10 Dec; Sat 9 Jan is not one of your workdays',
    ])
  })

  it('writes dates the way it is told to', () => {
    const t = sendAll(tracked(card('2026-12-11')), '2026-11-17T16:00:00Z')
    const [item] = planCard(t.card, t.followUps, { timeZone: BERLIN }, defaultCadence())
    const words = { day: () => 'D', dayTime: () => 'DT', date: (d: string) => `<${d}>` }
    expect(whyDue(item!, BERLIN, words)).toBe(
      'the first workday after their decision date, <2026-12-11>',
    )
  })
})
