import { describe, expect, it } from 'vitest'
import type { Outcome, Stage } from '../domain/interview'
import { markReplied, markSent } from './advance'
import type { CadenceSettings } from '../domain/cadence-settings'
import { defaultCadence } from '../domain/cadence-settings'
import type { FollowUpItem } from './plan'
import { compareByDue, countDue, dueState, nextDue, planCard, stageEnteredAt } from './plan'
import { snooze } from './reminders'
import type { Tracked } from './test-fixtures'
import { dragTo, newCard, person, sendAll, sendTo, tracked } from './test-fixtures'

const BERLIN = 'Europe/Berlin'

function planFor(t: Tracked, timeZone = BERLIN, cadence: CadenceSettings = defaultCadence()) {
  return planCard(t.card, t.followUps, { timeZone }, cadence)
}

const dues = (plan: readonly FollowUpItem[]) => plan.map((i) => i.dueAt)

describe('thank-you', () => {
  // prettier-ignore
  it.each([
    // [what, interview end, zone, due, first reminder]
    ['afternoon in Berlin', '2026-11-17T14:45:00Z', BERLIN, '2026-11-18T14:45:00.000Z', '2026-11-17T15:45:00.000Z'],
    // Ends 23:30 local: the nudge would come at 00:30; it waits for 07:00 (not for a workday).
    ['late at night in Berlin', '2026-11-17T22:30:00Z', BERLIN, '2026-11-18T22:30:00.000Z', '2026-11-18T06:00:00.000Z'],
    ['late Friday night in Tokyo', '2026-11-20T14:30:00Z', 'Asia/Tokyo', '2026-11-21T14:30:00.000Z', '2026-11-20T22:00:00.000Z'],
    // 24 elapsed hours, even when the clocks change in between; the nudge at 23:00 EDT waits for 07:00 EST.
    ['across the US fall-back', '2026-11-01T02:00:00Z', 'America/New_York', '2026-11-02T02:00:00.000Z', '2026-11-01T12:00:00.000Z'],
    ['across the EU spring-forward', '2026-03-28T17:00:00Z', BERLIN, '2026-03-29T17:00:00.000Z', '2026-03-28T18:00:00.000Z'],
  ])('%s', (_what, end, zone, due, remind) => {
    const [item] = planFor(tracked(newCard({ end, timeZone: zone })), zone)
    expect(item).toMatchObject({ dueAt: due, remindAt: remind, dueKind: 'deadline', sentAt: null })
  })

  it('plans one note per interviewer, each on their preferred channel', () => {
    const card = newCard({
      end: '2026-11-17T14:45:00Z',
      interviewers: [person('iv-1', 'email'), person('iv-2', 'phone'), person('iv-3', 'linkedin')],
    })
    expect(
      planFor(tracked(card)).map(({ key, kind, stage, interviewerId, channel }) => ({
        key,
        kind,
        stage,
        interviewerId,
        channel,
      })),
    ).toEqual([
      {
        key: 'card-1:thank-you:iv-1',
        kind: 'follow-up',
        stage: 'thank-you',
        interviewerId: 'iv-1',
        channel: 'email',
      },
      {
        key: 'card-1:thank-you:iv-2',
        kind: 'follow-up',
        stage: 'thank-you',
        interviewerId: 'iv-2',
        channel: 'call',
      },
      {
        key: 'card-1:thank-you:iv-3',
        kind: 'follow-up',
        stage: 'thank-you',
        interviewerId: 'iv-3',
        channel: 'linkedin',
      },
    ])
  })

  it.each([
    ['no topics yet', [], true],
    ['topics recorded', ['Streaming migration'], false],
  ])('asks for topics when there are %s', (_what, topics, ask) => {
    const [item] = planFor(tracked(newCard({ end: '2026-11-17T14:45:00Z', topics })))
    expect(item?.askForTopics).toBe(ask)
  })

  it('follows the cadence settings', () => {
    const cadence = { ...defaultCadence(), thankYouDueHours: 12, freshReminderMinutes: 15 }
    const [item] = planFor(tracked(newCard({ end: '2026-11-17T14:45:00Z' })), BERLIN, cadence)
    expect(item).toMatchObject({
      dueAt: '2026-11-18T02:45:00.000Z',
      remindAt: '2026-11-17T15:00:00.000Z',
    })
  })
})

describe('check-in without a decision date: a week after the thank-you, on a workday at 09:00', () => {
  // prettier-ignore
  it.each([
    // [what, zone, interview end, thank-you sent, check-in due]
    ['Tuesday → Tuesday', BERLIN, '2026-11-17T14:45:00Z', '2026-11-17T16:00:00Z', '2026-11-24T08:00:00.000Z'],
    ['Friday interview, sent Saturday → lands Monday', BERLIN, '2026-11-20T14:00:00Z', '2026-11-21T10:00:00Z', '2026-11-30T08:00:00.000Z'],
    ['sent Friday 23:30 → the next Friday morning', BERLIN, '2026-11-20T14:00:00Z', '2026-11-20T22:30:00Z', '2026-11-27T08:00:00.000Z'],
    ['sent 23:30 UTC Friday = Saturday in Berlin → Monday', BERLIN, '2026-11-20T14:00:00Z', '2026-11-20T23:30:00Z', '2026-11-30T08:00:00.000Z'],
    ['sent 23:30 UTC Friday = Friday in New York', 'America/New_York', '2026-11-20T14:00:00Z', '2026-11-20T23:30:00Z', '2026-11-27T14:00:00.000Z'],
    ['Tokyo', 'Asia/Tokyo', '2026-11-20T06:00:00Z', '2026-11-20T09:00:00Z', '2026-11-27T00:00:00.000Z'],
    ['Sao Paulo', 'America/Sao_Paulo', '2026-11-19T13:00:00Z', '2026-11-19T15:00:00Z', '2026-11-26T12:00:00.000Z'],
    ['US spring-forward in between (EST → EDT)', 'America/New_York', '2026-03-02T20:00:00Z', '2026-03-03T15:00:00Z', '2026-03-10T13:00:00.000Z'],
    ['US fall-back in between (EDT → EST)', 'America/New_York', '2026-10-26T20:00:00Z', '2026-10-27T14:00:00Z', '2026-11-03T14:00:00.000Z'],
    ['EU spring-forward in between (CET → CEST)', BERLIN, '2026-03-27T10:00:00Z', '2026-03-27T15:00:00Z', '2026-04-03T07:00:00.000Z'],
    ['EU fall-back in between (CEST → CET)', BERLIN, '2026-10-19T07:00:00Z', '2026-10-19T09:00:00Z', '2026-10-26T08:00:00.000Z'],
    ['Sydney DST ends in between (AEDT → AEST)', 'Australia/Sydney', '2026-03-31T21:00:00Z', '2026-03-31T23:00:00Z', '2026-04-07T23:00:00.000Z'],
  ])('%s', (_what, zone, end, sent, due) => {
    const t = sendAll(tracked(newCard({ end, timeZone: zone })), sent)
    expect(t.card.stage).toBe('check-in')
    const [item] = planFor(t, zone)
    expect(item).toMatchObject({ stage: 'check-in', dueAt: due, remindAt: due, dueKind: 'day' })
  })

  it('a week is seven calendar days in the user’s zone, not 168 hours', () => {
    // Sent Sunday 22 Mar 23:30 CET, with Sunday a workday: the check-in is Sunday 29 Mar 09:00 CEST,
    // although 168 hours later the clocks in Berlin already show Monday 00:30.
    const sundayToThursday = { ...defaultCadence(), workdays: [7, 1, 2, 3, 4] }
    const t = sendAll(tracked(newCard({ end: '2026-03-22T20:00:00Z' })), '2026-03-22T22:30:00Z')
    expect(dues(planFor(t, BERLIN, sundayToThursday))).toEqual(['2026-03-29T07:00:00.000Z'])
  })

  it('counts from when the thank-you was due if it was never marked sent', () => {
    // Friday interview: thank-you due Saturday 15:00, a week later is Saturday → Monday 09:00.
    const card = dragTo(
      newCard({ end: '2026-11-20T14:00:00Z' }),
      'check-in',
      '2026-11-20T15:00:00Z',
    )
    expect(dues(planFor(tracked(card)))).toEqual(['2026-11-30T08:00:00.000Z'])
  })

  it('counts from each interviewer’s own thank-you', () => {
    const card = newCard({
      end: '2026-11-16T14:00:00Z',
      interviewers: [person('iv-1', 'email'), person('iv-2', 'phone')],
    })
    const t = sendTo(
      sendTo(tracked(card), 'iv-1', '2026-11-16T16:00:00Z'),
      'iv-2',
      '2026-11-17T09:00:00Z',
    )
    expect(t.card.stage).toBe('check-in')
    expect(planFor(t).map((i) => [i.interviewerId, i.channel, i.dueAt])).toEqual([
      ['iv-1', 'email', '2026-11-23T08:00:00.000Z'],
      ['iv-2', 'call', '2026-11-24T08:00:00.000Z'],
    ])
  })
})

describe('check-in with a decision date: the first workday after it', () => {
  // prettier-ignore
  it.each([
    // [what, zone, interview end, decision date, check-in due]
    ['Friday → Monday', BERLIN, '2026-11-17T14:45:00Z', '2026-11-27', '2026-11-30T08:00:00.000Z'],
    ['Wednesday → Thursday', BERLIN, '2026-11-17T14:45:00Z', '2026-11-25', '2026-11-26T08:00:00.000Z'],
    ['Sunday → Monday', BERLIN, '2026-11-17T14:45:00Z', '2026-11-29', '2026-11-30T08:00:00.000Z'],
    ['Friday before the US fall-back → Monday in EST', 'America/New_York', '2026-10-20T18:00:00Z', '2026-10-30', '2026-11-02T14:00:00.000Z'],
    ['Friday before the EU spring-forward → Monday in CEST', BERLIN, '2026-03-17T10:00:00Z', '2026-03-27', '2026-03-30T07:00:00.000Z'],
    ['Friday before Sydney DST starts → Monday in AEDT', 'Australia/Sydney', '2026-09-22T01:00:00Z', '2026-10-02', '2026-10-04T22:00:00.000Z'],
    ['Tokyo', 'Asia/Tokyo', '2026-11-17T05:00:00Z', '2026-11-27', '2026-11-30T00:00:00.000Z'],
  ])('%s', (_what, zone, end, decisionDate, due) => {
    const card = newCard({ end, timeZone: zone, decisionDate })
    const t = sendAll(tracked(card), new Date(Date.parse(end) + 3_600_000).toISOString())
    expect(dues(planFor(t, zone))).toEqual([due])
  })

  it('applies to every interviewer, whenever their thank-you went out', () => {
    const card = newCard({
      end: '2026-11-17T14:45:00Z',
      decisionDate: '2026-11-27',
      interviewers: [person('iv-1'), person('iv-2')],
    })
    const t = sendTo(
      sendTo(tracked(card), 'iv-1', '2026-11-17T16:00:00Z'),
      'iv-2',
      '2026-11-19T09:00:00Z',
    )
    expect(dues(planFor(t))).toEqual(['2026-11-30T08:00:00.000Z', '2026-11-30T08:00:00.000Z'])
  })

  it('is the next workday morning when the decision date had passed before the thank-you went out', () => {
    // Decision Wednesday → check-in Thursday; the thank-you only goes out on Friday: Monday, not a week on.
    const card = newCard({ end: '2026-11-17T14:45:00Z', decisionDate: '2026-11-18' })
    const t = sendAll(tracked(card), '2026-11-20T10:00:00Z')
    expect(dues(planFor(t))).toEqual(['2026-11-23T08:00:00.000Z'])
  })
})

describe('final: a week after the check-in', () => {
  it('counts from the check-in that was sent', () => {
    let t = sendAll(tracked(newCard({ end: '2026-11-17T14:45:00Z' })), '2026-11-17T16:00:00Z')
    t = sendAll(t, '2026-11-30T09:30:00Z')
    expect(t.card.stage).toBe('final')
    expect(
      planFor(t)
        .filter((i) => i.kind === 'follow-up')
        .map((i) => i.dueAt),
    ).toEqual(['2026-12-07T08:00:00.000Z'])
  })

  it('counts from the check-in due date when it was never marked sent', () => {
    // Friday interview; nothing marked sent, card dragged along early: the chain stays on workdays.
    let card = newCard({ end: '2026-11-20T14:00:00Z' })
    card = dragTo(dragTo(card, 'check-in', '2026-11-20T15:00:00Z'), 'final', '2026-11-20T15:05:00Z')
    expect(planFor(tracked(card)).map((i) => [i.kind, i.dueAt])).toEqual([
      ['follow-up', '2026-12-07T08:00:00.000Z'],
      ['close-suggestion', '2026-12-14T08:00:00.000Z'],
    ])
  })

  it('keeps each interviewer on their own schedule', () => {
    const card = newCard({
      end: '2026-11-17T14:45:00Z',
      interviewers: [person('iv-1'), person('iv-2', 'phone')],
    })
    let t = sendAll(tracked(card), '2026-11-17T16:00:00Z')
    t = sendTo(t, 'iv-1', '2026-11-24T09:30:00Z')
    t = sendTo(t, 'iv-2', '2026-11-25T10:00:00Z')
    expect(t.card.stage).toBe('final')
    expect(planFor(t).map((i) => [i.key, i.channel, i.dueAt])).toEqual([
      ['card-1:final:iv-1', 'email', '2026-12-01T08:00:00.000Z'],
      ['card-1:final:iv-2', 'call', '2026-12-02T08:00:00.000Z'],
      ['card-1:close-suggestion', null, '2026-12-09T08:00:00.000Z'],
    ])
  })
})

describe('the close suggestion and the three-attempt cap', () => {
  function throughFinal(): Tracked {
    const card = newCard({
      end: '2026-11-17T14:45:00Z',
      interviewers: [person('iv-1'), person('iv-2', 'phone')],
    })
    let t = sendAll(tracked(card), '2026-11-17T16:00:00Z')
    t = sendAll(t, '2026-11-24T09:30:00Z')
    t = sendTo(t, 'iv-1', '2026-12-01T09:30:00Z')
    return sendTo(t, 'iv-2', '2026-12-02T10:00:00Z')
  }

  it('suggests closing a week after the last final message, on a workday', () => {
    const plan = planFor(throughFinal())
    expect(plan.at(-1)).toEqual({
      key: 'card-1:close-suggestion',
      kind: 'close-suggestion',
      stage: 'final',
      interviewerId: null,
      channel: null,
      dueAt: '2026-12-09T08:00:00.000Z',
      dueKind: 'day',
      remindAt: '2026-12-09T08:00:00.000Z',
      sentAt: null,
      shownAt: null,
      snoozedUntil: null,
      askForTopics: false,
      reason: {
        kind: 'after-message',
        message: 'final',
        sent: true,
        days: 7,
        from: '2026-12-02T10:00:00.000Z',
        counted: '2026-12-09',
      },
    })
  })

  it('never plans a fourth message once the final ones are sent', () => {
    const t = throughFinal()
    expect(t.card.stage).toBe('final')
    const plan = planFor(t)
    expect(plan.map((i) => [i.kind, i.stage, i.sentAt])).toEqual([
      ['follow-up', 'final', '2026-12-01T09:30:00.000Z'],
      ['follow-up', 'final', '2026-12-02T10:00:00.000Z'],
      ['close-suggestion', 'final', null],
    ])
    expect(nextDue(plan)?.kind).toBe('close-suggestion')
    // Marking the final sent again moves nothing: there is no stage after it to send.
    const again = sendAll(t, '2026-12-20T10:00:00Z')
    expect(again.card).toBe(t.card)
  })

  it('offers each interviewer exactly three messages over the whole life of a card', () => {
    let t = tracked(newCard({ end: '2026-11-17T14:45:00Z', interviewers: [person('iv-1')] }))
    const seen = new Set<string>()
    const sendTimes = [
      '2026-11-17T16:00:00Z',
      '2026-11-24T09:30:00Z',
      '2026-12-01T09:30:00Z',
      '2026-12-08T09:30:00Z',
    ]
    for (const at of sendTimes) {
      planFor(t)
        .filter((i) => i.kind === 'follow-up')
        .forEach((i) => seen.add(i.key))
      t = sendAll(t, at)
    }
    expect([...seen]).toEqual([
      'card-1:thank-you:iv-1',
      'card-1:check-in:iv-1',
      'card-1:final:iv-1',
    ])
  })

  it('plans nothing once the card is closed as "no response"', () => {
    const closed = dragTo(throughFinal().card, 'closed', '2026-12-09T09:00:00Z', 'no-response')
    expect(planFor(tracked(closed, throughFinal().followUps))).toEqual([])
  })
})

describe('replied', () => {
  it.each<[Stage]>([['thank-you'], ['check-in'], ['final']])(
    'a reply in %s stops every reminder of that stage, the close suggestion included',
    (stage) => {
      let card = newCard({
        end: '2026-11-17T14:45:00Z',
        interviewers: [person('iv-1'), person('iv-2')],
      })
      if (stage !== 'thank-you') card = dragTo(card, stage, '2026-11-17T16:00:00Z')
      const t = tracked(card)
      expect(planFor(t).length).toBeGreaterThan(0)
      const replied = markReplied(t.followUps, stage, new Date('2026-11-18T10:00:00Z'))
      expect(planFor({ card, followUps: replied })).toEqual([])
    },
  )

  it('a reply to the thank-you does not silence the check-in once the card moves on', () => {
    const card = newCard({ end: '2026-11-17T14:45:00Z' })
    const followUps = markReplied(
      tracked(card).followUps,
      'thank-you',
      new Date('2026-11-18T10:00:00Z'),
    )
    const moved = dragTo(card, 'check-in', '2026-11-18T11:00:00Z')
    expect(dues(planFor({ card: moved, followUps }))).toEqual(['2026-11-25T08:00:00.000Z'])
  })
})

describe('closed cards', () => {
  const closedCard = (outcome: Outcome) =>
    dragTo(
      newCard({
        end: '2026-11-17T14:45:00Z',
        interviewers: [person('iv-1'), person('iv-2', 'linkedin')],
      }),
      'closed',
      '2026-12-10T10:00:00Z',
      outcome,
    )

  it.each<[Outcome]>([['offer'], ['rejected'], ['position-filled'], ['no-response'], ['withdrew']])(
    'a card closed with "%s" never reminds by default',
    (outcome) => {
      expect(planFor(tracked(closedCard(outcome)))).toEqual([])
    },
  )

  it.each([
    // [days, due] — closed Thursday 10 Dec 2026, 11:00 in Berlin
    [90, '2027-03-10T08:00:00.000Z'],
    // 30 days later is Saturday 9 Jan → Monday
    [30, '2027-01-11T08:00:00.000Z'],
  ])('with stay-in-touch on, nudges %i days after closing', (days, due) => {
    const cadence = { ...defaultCadence(), stayInTouchEnabled: true, stayInTouchDays: days }
    const plan = planFor(tracked(closedCard('rejected')), BERLIN, cadence)
    expect(plan.map((i) => [i.key, i.kind, i.channel, i.dueAt])).toEqual([
      ['card-1:closed:iv-1', 'stay-in-touch', 'email', due],
      ['card-1:closed:iv-2', 'stay-in-touch', 'linkedin', due],
    ])
  })

  it('a stay-in-touch note, once sent, is done', () => {
    const cadence = { ...defaultCadence(), stayInTouchEnabled: true }
    const card = closedCard('withdrew')
    const followUps = markSent(
      tracked(card).followUps,
      card,
      'closed',
      ['iv-1'],
      new Date('2027-03-10T10:00:00Z'),
    )
    const now = new Date('2027-03-11T10:00:00Z')
    expect(
      planFor({ card, followUps }, BERLIN, cadence).map((i) => dueState(i, now, BERLIN)),
    ).toEqual(['done', 'overdue'])
  })
})

describe('hand-moved cards are planned from the move', () => {
  const end = '2026-11-17T14:45:00Z' // Tuesday; check-in would be due Wednesday 25 Nov, 09:00
  // prettier-ignore
  it.each([
    // [what, moves, stage entered at, expected dues]
    ['dragged to check-in after its due date', [['check-in', '2026-11-27T10:00:00Z']], '2026-11-27T10:00:00.000Z', ['2026-12-04T08:00:00.000Z']],
    ['dragged to check-in before its due date', [['check-in', '2026-11-19T10:00:00Z']], '2026-11-19T10:00:00.000Z', ['2026-11-25T08:00:00.000Z']],
    [
      'dragged back to thank-you',
      [['check-in', '2026-11-18T10:00:00Z'], ['thank-you', '2026-11-23T10:00:00Z']],
      '2026-11-23T10:00:00.000Z',
      ['2026-11-24T10:00:00.000Z'],
    ],
    // The final would be due 2 Dec; dragged there on Thursday 10 Dec: final 17 Dec, close suggestion 24 Dec.
    ['dragged straight to final, late', [['final', '2026-12-10T10:00:00Z']], '2026-12-10T10:00:00.000Z', ['2026-12-17T08:00:00.000Z', '2026-12-24T08:00:00.000Z']],
    // Reopened on Sunday 20 Dec: a week later is Sunday → Monday 28 Dec.
    [
      'reopened from closed',
      [['final', '2026-11-19T10:00:00Z'], ['closed', '2026-12-01T10:00:00Z'], ['final', '2026-12-20T10:00:00Z']],
      '2026-12-20T10:00:00.000Z',
      ['2026-12-28T08:00:00.000Z', '2027-01-04T08:00:00.000Z'],
    ],
  ] as [string, [Stage, string][], string, string[]][])(
    '%s',
    (_what, moves, enteredAt, expected) => {
      let card = newCard({ end })
      for (const [stage, at] of moves)
        card = dragTo(card, stage, at, stage === 'closed' ? 'withdrew' : null)
      expect(stageEnteredAt(card)?.toISOString()).toBe(enteredAt)
      expect(dues(planFor(tracked(card)))).toEqual(expected)
    },
  )

  it('re-plans the thank-you reminder from the move too', () => {
    let card = newCard({ end })
    card = dragTo(
      dragTo(card, 'check-in', '2026-11-18T10:00:00Z'),
      'thank-you',
      '2026-11-23T10:00:00Z',
    )
    expect(planFor(tracked(card))[0]?.remindAt).toBe('2026-11-23T11:00:00.000Z')
  })

  it('a card never moved has no stage entry time', () => {
    expect(stageEnteredAt(newCard({ end }))).toBeNull()
  })

  it('only a move into the current stage counts as entering it', () => {
    // E.g. a card restored from a backup whose log ends with a move elsewhere.
    const card = {
      ...dragTo(newCard({ end }), 'check-in', '2026-11-27T10:00:00Z'),
      stage: 'thank-you' as const,
    }
    expect(stageEnteredAt(card)).toBeNull()
    expect(dues(planFor(tracked(card)))).toEqual(['2026-11-18T14:45:00.000Z'])
  })
})

describe('snoozed reminders', () => {
  const card = newCard({ end: '2026-11-17T14:45:00Z' })
  const key = 'card-1:thank-you:iv-1'

  it('fire at the end of the snooze; the due date stays', () => {
    const followUps = snooze(tracked(card).followUps, key, new Date('2026-11-18T08:00:00Z'))
    expect(planFor({ card, followUps })[0]).toMatchObject({
      dueAt: '2026-11-18T14:45:00.000Z',
      remindAt: '2026-11-18T08:00:00.000Z',
      snoozedUntil: '2026-11-18T08:00:00.000Z',
    })
  })

  it('never pull a reminder earlier than planned', () => {
    const followUps = snooze(tracked(card).followUps, key, new Date('2026-11-17T15:00:00Z'))
    expect(planFor({ card, followUps })[0]).toMatchObject({
      remindAt: '2026-11-17T15:45:00.000Z',
      snoozedUntil: null,
    })
  })

  it('keep a card out of the due count until the snooze ends', () => {
    const followUps = snooze(tracked(card).followUps, key, new Date('2026-11-19T08:00:00Z'))
    const plan = planFor({ card, followUps })
    expect(countDue([plan], new Date('2026-11-18T20:00:00Z'), BERLIN)).toBe(0)
    expect(countDue([plan], new Date('2026-11-19T08:00:00Z'), BERLIN)).toBe(1)
  })
})

describe('dueState', () => {
  const thankYou = planFor(tracked(newCard({ end: '2026-11-17T14:45:00Z' })))[0]!
  const checkIn = planFor(
    sendAll(tracked(newCard({ end: '2026-11-17T14:45:00Z' })), '2026-11-17T16:00:00Z'),
  )[0]!

  it.each([
    // thank-you: due Wednesday 18 Nov 15:45 Berlin, a hard deadline
    [thankYou, '2026-11-17T20:00:00Z', BERLIN, 'upcoming'],
    [thankYou, '2026-11-17T23:00:00Z', BERLIN, 'due-today'], // midnight in Berlin
    [thankYou, '2026-11-18T14:44:00Z', BERLIN, 'due-today'],
    [thankYou, '2026-11-18T14:46:00Z', BERLIN, 'overdue'],
    [thankYou, '2026-11-18T04:00:00Z', 'America/New_York', 'upcoming'], // still Tuesday there
    // check-in: due on Tuesday 24 Nov (09:00 Berlin); a day, not an instant
    [checkIn, '2026-11-23T22:59:00Z', BERLIN, 'upcoming'],
    [checkIn, '2026-11-23T23:00:00Z', BERLIN, 'due-today'],
    [checkIn, '2026-11-24T20:00:00Z', BERLIN, 'due-today'],
    [checkIn, '2026-11-24T23:00:00Z', BERLIN, 'overdue'],
    [checkIn, '2026-11-24T13:00:00Z', 'Asia/Tokyo', 'due-today'], // 22:00 Tuesday in Tokyo
    [checkIn, '2026-11-24T15:00:00Z', 'Asia/Tokyo', 'overdue'], // 00:00 Wednesday in Tokyo
  ])('%#: at %s in %s → %s', (item, now, zone, state) => {
    expect(dueState(item, new Date(now), zone)).toBe(state)
  })

  it('a sent message waits for a reply', () => {
    const sent = { ...checkIn, sentAt: '2026-11-24T09:00:00.000Z' }
    expect(dueState(sent, new Date('2026-12-24T09:00:00Z'), BERLIN)).toBe('waiting')
  })
})

describe('sorting and counting', () => {
  // Thank-you due 18 Nov, check-in due 24 Nov, a half-sent thank-you due 11 Nov, and an empty plan.
  const thankYouCard = planFor(tracked(newCard({ end: '2026-11-17T14:45:00Z' })))
  const checkInCard = planFor(
    sendAll(tracked(newCard({ end: '2026-11-17T14:45:00Z' })), '2026-11-17T16:00:00Z'),
  )
  const twoPeople = newCard({
    end: '2026-11-10T14:45:00Z',
    interviewers: [person('iv-1'), person('iv-2')],
  })
  const halfSent = planFor(sendTo(tracked(twoPeople), 'iv-1', '2026-11-10T16:00:00Z'))
  const nothing: FollowUpItem[] = []

  it('nextDue skips what was sent', () => {
    expect(nextDue(halfSent)?.key).toBe('card-1:thank-you:iv-2')
    expect(nextDue(nothing)).toBeNull()
  })

  it('sorts a column by what falls due first, cards with nothing to do last', () => {
    const sorted = [nothing, checkInCard, thankYouCard, halfSent].sort(compareByDue)
    expect(sorted.map((plan) => nextDue(plan)?.dueAt ?? null)).toEqual([
      '2026-11-11T14:45:00.000Z',
      '2026-11-18T14:45:00.000Z',
      '2026-11-24T08:00:00.000Z',
      null,
    ])
  })

  it.each([
    ['2026-11-11T10:00:00Z', 1], // only the half-sent thank-you is due today
    ['2026-11-18T10:00:00Z', 2], // that one is overdue, the other thank-you is due today
    ['2026-11-24T10:00:00Z', 3], // and the check-in is due
  ])('at %s, %i cards are due', (now, count) => {
    expect(countDue([nothing, checkInCard, thankYouCard, halfSent], new Date(now), BERLIN)).toBe(
      count,
    )
  })

  it('a card whose messages are all sent is waiting, not due', () => {
    const followUps = markSent(
      tracked(twoPeople).followUps,
      twoPeople,
      'thank-you',
      'all',
      new Date('2026-11-10T16:00:00Z'),
    )
    const waiting = planFor({ card: twoPeople, followUps })
    const now = new Date('2026-12-24T10:00:00Z')
    expect(waiting.map((i) => dueState(i, now, BERLIN))).toEqual(['waiting', 'waiting'])
    expect(nextDue(waiting)).toBeNull()
    expect(countDue([waiting], now, BERLIN)).toBe(0)
  })
})
