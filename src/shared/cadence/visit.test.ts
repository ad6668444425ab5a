import { describe, expect, it } from 'vitest'
import type { Stage } from '../domain/interview'
import { markReplied } from './advance'
import { defaultCadence } from '../domain/cadence-settings'
import { nextDue, planCard } from './plan'
import type { Tracked } from './test-fixtures'
import { dragTo, newCard, person, sendAll, sendTo, tracked } from './test-fixtures'
import { currentVisit, inVisit, stageEnteredAt, visitProgress } from './visit'

const BERLIN = 'Europe/Berlin'
const planFor = (t: Tracked) =>
  planCard(t.card, t.followUps, { timeZone: BERLIN }, defaultCadence())
const moved = (t: Tracked, stage: Stage, at: string): Tracked => ({
  ...t,
  card: dragTo(t.card, stage, at),
})

// Tuesday 17 Nov 2026, 15:45 in Berlin; two interviewers.
const twoPeople = () =>
  tracked(
    newCard({
      end: '2026-11-17T14:45:00Z',
      interviewers: [person('iv-1'), person('iv-2', 'phone')],
    }),
  )

/** Thank-yous on Tuesday, check-ins on Tuesday 24 Nov: the card is in Final. */
function inFinal(): Tracked {
  const t = sendAll(sendAll(twoPeople(), '2026-11-17T16:00:00Z'), '2026-11-24T09:30:00Z')
  expect(t.card.stage).toBe('final')
  return t
}

describe('a card moved back a stage plans from the move', () => {
  it('Final → Check-in: the earlier check-ins are history, a new one is due a week on', () => {
    // Thursday 3 Dec 10:00: back to Check-in, to redo it.
    const t = moved(inFinal(), 'check-in', '2026-12-03T09:00:00Z')
    const plan = planFor(t)
    expect(plan.map((i) => [i.key, i.sentAt, i.dueAt, i.remindAt])).toEqual([
      ['card-1:check-in:iv-1', null, '2026-12-10T08:00:00.000Z', '2026-12-10T08:00:00.000Z'],
      ['card-1:check-in:iv-2', null, '2026-12-10T08:00:00.000Z', '2026-12-10T08:00:00.000Z'],
    ])
    expect(nextDue(plan)?.reason).toEqual({
      kind: 'days-after-move',
      stage: 'check-in',
      days: 7,
      from: '2026-12-03T09:00:00.000Z',
      counted: '2026-12-10',
    })
    // The records stay in the file: nothing is lost.
    expect(t.followUps.stages['check-in'].sent).toHaveLength(2)
  })

  it('Check-in → Thank-you: a fresh thank-you, due a day after the move', () => {
    const t = moved(
      sendAll(twoPeople(), '2026-11-17T16:00:00Z'),
      'thank-you',
      '2026-11-19T10:00:00Z',
    )
    expect(planFor(t).map((i) => [i.sentAt, i.dueAt, i.remindAt])).toEqual([
      [null, '2026-11-20T10:00:00.000Z', '2026-11-19T11:00:00.000Z'],
      [null, '2026-11-20T10:00:00.000Z', '2026-11-19T11:00:00.000Z'],
    ])
  })

  it('the messages of the new visit count once sent, and the card moves on by itself again', () => {
    let t = moved(inFinal(), 'check-in', '2026-12-03T09:00:00Z')
    t = sendTo(t, 'iv-1', '2026-12-04T09:00:00Z')
    // iv-2's check-in of the first visit does not complete the stage.
    expect(t.card.stage).toBe('check-in')
    expect(planFor(t).map((i) => [i.interviewerId, i.sentAt])).toEqual([
      ['iv-1', '2026-12-04T09:00:00.000Z'],
      ['iv-2', null],
    ])
    t = sendTo(t, 'iv-2', '2026-12-07T09:00:00Z')
    expect(t.card.stage).toBe('final')
    // The final counts from the new check-ins, each person's own.
    expect(planFor(t).map((i) => [i.key, i.dueAt])).toEqual([
      ['card-1:final:iv-1', '2026-12-11T08:00:00.000Z'],
      ['card-1:final:iv-2', '2026-12-14T08:00:00.000Z'],
      ['card-1:close-suggestion', '2026-12-21T08:00:00.000Z'],
    ])
    // One record per person and stage, the newest kept.
    expect(t.followUps.stages['check-in'].sent.map((s) => s.sentAt)).toEqual([
      '2026-12-04T09:00:00.000Z',
      '2026-12-07T09:00:00.000Z',
    ])
  })

  it('forward and back twice: each arrival plans from itself', () => {
    let t = sendAll(twoPeople(), '2026-11-17T16:00:00Z')
    t = moved(t, 'thank-you', '2026-11-18T09:00:00Z')
    t = moved(t, 'check-in', '2026-11-18T09:05:00Z')
    t = moved(t, 'thank-you', '2026-11-30T09:00:00Z')
    expect(planFor(t).map((i) => [i.sentAt, i.dueAt])).toEqual([
      [null, '2026-12-01T09:00:00.000Z'],
      [null, '2026-12-01T09:00:00.000Z'],
    ])
    t = moved(t, 'check-in', '2026-11-30T09:10:00Z')
    // Never marked sent again: the check-in counts from the thank-you sent on 17 Nov, and that
    // date had passed when the card got here, so from the move.
    expect(planFor(t).map((i) => i.dueAt)).toEqual([
      '2026-12-07T08:00:00.000Z',
      '2026-12-07T08:00:00.000Z',
    ])
  })

  it('a reply from an earlier visit does not silence the new one', () => {
    const t0 = inFinal()
    const replied = {
      ...t0,
      followUps: markReplied(t0.followUps, 'check-in', new Date('2026-11-26T09:00:00Z')),
    }
    const back = moved(replied, 'check-in', '2026-12-03T09:00:00Z')
    expect(visitProgress(back.card, back.followUps, 'check-in').repliedAt).toBeNull()
    expect(planFor(back)).toHaveLength(2)
    const since = currentVisit(back.card)
    const again = markReplied(back.followUps, 'check-in', new Date('2026-12-04T09:00:00Z'), since)
    expect(again.stages['check-in'].repliedAt).toBe('2026-12-04T09:00:00.000Z')
    expect(planFor({ ...back, followUps: again })).toEqual([])
  })

  it('a send recorded as the card left the stage is not the answer of a return at that instant', () => {
    // A clock that stands still (as in the end-to-end tests): sent, moved on, and back, all at once.
    const at = '2026-11-18T09:00:00Z'
    const t = moved(sendAll(twoPeople(), at), 'thank-you', at)
    expect(t.card.stage).toBe('thank-you')
    expect(planFor(t).every((i) => i.sentAt === null)).toBe(true)
    // But a message marked sent the instant the card arrived does count.
    const arrived = sendAll(moved(twoPeople(), 'check-in', at), at)
    expect(arrived.card.stage).toBe('final')
  })
})

describe('visits', () => {
  it('a card never moved has no visit: every record counts', () => {
    const t = twoPeople()
    expect(currentVisit(t.card)).toBeNull()
    expect(stageEnteredAt(t.card)).toBeNull()
    expect(inVisit('1999-01-01T00:00:00Z', null)).toBe(true)
  })

  it('knows when the card arrived and when it last left the stage before', () => {
    let card = twoPeople().card
    card = dragTo(card, 'check-in', '2026-11-18T09:00:00Z')
    card = dragTo(card, 'final', '2026-11-19T09:00:00Z')
    card = dragTo(card, 'check-in', '2026-11-20T09:00:00Z')
    expect(currentVisit(card)).toEqual({
      enteredAt: new Date('2026-11-20T09:00:00Z'),
      leftBefore: new Date('2026-11-19T09:00:00Z'),
    })
  })

  it('a closed card given another outcome is still in the same stay', () => {
    let card = dragTo(twoPeople().card, 'closed', '2026-11-20T09:00:00Z', 'rejected')
    card = dragTo(card, 'closed', '2026-11-21T09:00:00Z', 'position-filled')
    expect(stageEnteredAt(card)).toEqual(new Date('2026-11-20T09:00:00Z'))
  })
})
