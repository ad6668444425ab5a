import { describe, expect, it } from 'vitest'
import {
  FollowUpError,
  isStageComplete,
  markReplied,
  markSent,
  sendAndAdvance,
  stageToAdvanceTo,
} from './advance'
import { emptyFollowUps, sentAtOf } from '../domain/follow-up-state'
import { dragTo, newCard, person } from './test-fixtures'

const card = newCard({
  end: '2026-11-17T14:45:00Z',
  interviewers: [person('iv-1'), person('iv-2', 'phone'), person('iv-3', 'linkedin')],
})
const at = (iso: string) => new Date(iso)

describe('markSent', () => {
  it('records the time per interviewer', () => {
    const state = markSent(
      emptyFollowUps(),
      card,
      'thank-you',
      ['iv-2'],
      at('2026-11-17T16:00:00Z'),
    )
    expect(state.stages['thank-you'].sent).toEqual([
      { interviewerId: 'iv-2', sentAt: '2026-11-17T16:00:00.000Z' },
    ])
  })

  it('marks everyone at once', () => {
    const state = markSent(emptyFollowUps(), card, 'check-in', 'all', at('2026-11-24T09:00:00Z'))
    expect(state.stages['check-in'].sent.map((s) => s.interviewerId)).toEqual([
      'iv-1',
      'iv-2',
      'iv-3',
    ])
  })

  it('keeps the first time when marked twice, so the next follow-up does not slip', () => {
    const once = markSent(emptyFollowUps(), card, 'thank-you', ['iv-1'], at('2026-11-17T16:00:00Z'))
    const twice = markSent(once, card, 'thank-you', 'all', at('2026-11-18T16:00:00Z'))
    expect(twice.stages['thank-you'].sent).toEqual([
      { interviewerId: 'iv-1', sentAt: '2026-11-17T16:00:00.000Z' },
      { interviewerId: 'iv-2', sentAt: '2026-11-18T16:00:00.000Z' },
      { interviewerId: 'iv-3', sentAt: '2026-11-18T16:00:00.000Z' },
    ])
  })

  it('refuses someone who is not on the card', () => {
    expect(() =>
      markSent(emptyFollowUps(), card, 'final', ['iv-9'], at('2026-11-17T16:00:00Z')),
    ).toThrow(FollowUpError)
  })

  it('leaves its input untouched', () => {
    const before = emptyFollowUps()
    markSent(before, card, 'thank-you', 'all', at('2026-11-17T16:00:00Z'))
    expect(before).toEqual(emptyFollowUps())
  })
})

describe('markReplied', () => {
  it('records the first reply of a stage only', () => {
    const once = markReplied(emptyFollowUps(), 'check-in', at('2026-11-25T10:00:00Z'))
    const twice = markReplied(once, 'check-in', at('2026-11-26T10:00:00Z'))
    expect(twice.stages['check-in'].repliedAt).toBe('2026-11-25T10:00:00.000Z')
    expect(twice.stages['thank-you'].repliedAt).toBeNull()
  })
})

describe('moving on when a stage is complete', () => {
  const sent = (ids: string[]) =>
    markSent(emptyFollowUps(), card, 'thank-you', ids, at('2026-11-17T16:00:00Z'))

  it.each([
    [[], false, null],
    [['iv-1', 'iv-3'], false, null],
    [['iv-1', 'iv-2', 'iv-3'], true, 'check-in'],
  ])('sent to %j: complete %s, moves to %s', (ids, complete, next) => {
    expect(isStageComplete(card, sent(ids), 'thank-you')).toBe(complete)
    expect(stageToAdvanceTo(card, sent(ids))).toBe(next)
  })

  it('a card without interviewers is never complete', () => {
    const nobody = newCard({ end: '2026-11-17T14:45:00Z', interviewers: [] })
    expect(isStageComplete(nobody, emptyFollowUps(), 'thank-you')).toBe(false)
  })

  it.each([
    ['thank-you', 'check-in'],
    ['check-in', 'final'],
    ['final', null], // closing needs an outcome from the user
  ] as const)('a complete %s stage moves to %s', (stage, next) => {
    const inStage = stage === 'thank-you' ? card : dragTo(card, stage, '2026-11-17T15:00:00Z')
    const all = markSent(emptyFollowUps(), card, stage, 'all', at('2026-11-20T10:00:00Z'))
    expect(stageToAdvanceTo(inStage, all)).toBe(next)
  })

  it('sendAndAdvance moves the card, logged at the moment the last message went out', () => {
    const first = sendAndAdvance(
      card,
      emptyFollowUps(),
      'thank-you',
      ['iv-1', 'iv-2'],
      at('2026-11-17T16:00:00Z'),
    )
    expect(first.card).toBe(card)
    const last = sendAndAdvance(
      first.card,
      first.followUps,
      'thank-you',
      ['iv-3'],
      at('2026-11-18T09:00:00Z'),
    )
    expect(last.card.stage).toBe('check-in')
    expect(last.card.activity.at(-1)).toEqual({
      kind: 'moved',
      at: '2026-11-18T09:00:00.000Z',
      from: 'thank-you',
      to: 'check-in',
    })
  })

  it('recording an earlier stage late does not move the card', () => {
    const inCheckIn = dragTo(card, 'check-in', '2026-11-18T09:00:00Z')
    const result = sendAndAdvance(
      inCheckIn,
      emptyFollowUps(),
      'thank-you',
      'all',
      at('2026-11-19T09:00:00Z'),
    )
    expect(result.card).toBe(inCheckIn)
    expect(sentAtOf(result.followUps, 'thank-you', 'iv-2')).toBe('2026-11-19T09:00:00.000Z')
  })
})
