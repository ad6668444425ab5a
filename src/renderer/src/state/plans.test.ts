import { describe, expect, it } from 'vitest'
import { sendAndAdvance } from '@shared/cadence/advance'
import { followUpKey } from '@shared/domain/follow-up-state'
import { snooze } from '@shared/cadence/reminders'
import { createCard, moveCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { defaultSettings } from '@shared/domain/settings'
import { sampleDetails } from '@shared/test-support/sample-details'
import { needsAction } from '@shared/board-view/order'
import { createPlanCache, summarizeDue } from './plans'

const TZ = 'Europe/Berlin'
const settings = defaultSettings(TZ)
const person = (id: string, name: string) => ({ ...sampleDetails().interviewers[0]!, id, name })

// The interview ends Tue 17 Nov 2026, 15:45 Berlin: the thank-you is due Wed 18 Nov, 15:45.
function card(overrides: Partial<Card> = {}): Card {
  return { ...createCard(sampleDetails(), 'c1', new Date('2026-11-17T16:00:00Z')), ...overrides }
}

const at = (iso: string) => new Date(iso)

describe('createPlanCache', () => {
  it('plans a card once per card object, and again for a changed card or new settings', () => {
    const planOf = createPlanCache()
    const a = card()
    const first = planOf(a, settings)
    expect(planOf(a, settings)).toBe(first)
    expect(planOf({ ...a }, settings)).not.toBe(first)
    expect(planOf(a, { ...settings })).not.toBe(first)
  })
})

describe('summarizeDue', () => {
  const plan = (c: Card) => createPlanCache()(c, settings)

  it('is due today before the thank-you deadline, overdue after it', () => {
    const c = card()
    expect(summarizeDue(plan(c), at('2026-11-18T09:00:00Z'), TZ)).toMatchObject({
      state: 'due-today',
      item: { stage: 'thank-you', interviewerId: 'iv-1' },
    })
    expect(summarizeDue(plan(c), at('2026-11-18T15:00:00Z'), TZ).state).toBe('overdue')
    expect(summarizeDue(plan(c), at('2026-11-17T16:00:00Z'), TZ).state).toBe('upcoming')
  })

  it('waits for a reply once everything is sent, and shows nothing when they replied', () => {
    const c = card({ interviewers: [person('a', 'Ada'), person('b', 'Bo')] })
    const half = sendAndAdvance(c, c.followUps, 'thank-you', ['a'], at('2026-11-18T08:00:00Z'))
    const halfCard = { ...half.card, followUps: half.followUps }
    expect(summarizeDue(plan(halfCard), at('2026-11-18T09:00:00Z'), TZ)).toMatchObject({
      state: 'due-today',
      item: { interviewerId: 'b' },
      open: 1,
    })
    const final = moveCard(c, 'final', null, at('2026-11-18T08:00:00Z'))
    const sent = sendAndAdvance(final, final.followUps, 'final', 'all', at('2026-11-18T08:00:00Z'))
    const sentCard = { ...sent.card, followUps: sent.followUps }
    // Only the suggestion to close is left, and it is not a task yet.
    expect(summarizeDue(plan(sentCard), at('2026-11-18T09:00:00Z'), TZ)).toMatchObject({
      state: 'waiting',
      item: { kind: 'close-suggestion' },
    })
    const replied = {
      ...c,
      followUps: {
        ...c.followUps,
        stages: {
          ...c.followUps.stages,
          'thank-you': { sent: [], repliedAt: '2026-11-18T08:00:00.000Z' },
        },
      },
    }
    expect(summarizeDue(plan(replied), at('2026-11-18T09:00:00Z'), TZ).state).toBe('none')
  })

  it('shows a snoozed follow-up as upcoming, and it does not need action until then', () => {
    const c = card()
    const key = followUpKey('c1', 'thank-you', 'iv-1')
    const snoozed = { ...c, followUps: snooze(c.followUps, key, at('2026-11-18T12:00:00Z')) }
    const now = at('2026-11-18T09:00:00Z')
    expect(summarizeDue(plan(snoozed), now, TZ)).toMatchObject({ state: 'upcoming', snoozed: true })
    expect(needsAction(plan(snoozed), now, TZ)).toBe(false)
    expect(needsAction(plan(snoozed), at('2026-11-18T12:30:00Z'), TZ)).toBe(true)
  })

  it('has nothing for a closed card or one without interviewers', () => {
    const closed = moveCard(card(), 'closed', 'offer', at('2026-11-18T08:00:00Z'))
    expect(summarizeDue(plan(closed), at('2026-11-18T09:00:00Z'), TZ).state).toBe('none')
    expect(summarizeDue(plan(card({ interviewers: [] })), at('2026-11-18T09:00:00Z'), TZ)).toEqual({
      state: 'none',
      item: null,
      snoozed: false,
      open: 0,
    })
  })
})
