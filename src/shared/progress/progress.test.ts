import { describe, expect, it } from 'vitest'
import { sendAndAdvance } from '../cadence/advance'
import { createCardCache, createPlanCache } from '../cadence/plan-cache'
import { newCard } from '../cadence/test-fixtures'
import type { Card } from '../domain/card'
import { defaultSettings } from '../domain/settings'
import { sentTimingOf } from './follow-up-timing'
import { progressStats } from './progress'

describe('progressStats', () => {
  it('is all zeros for an empty board, with the twelve weeks still laid out', () => {
    const stats = progressStats(
      [],
      defaultSettings('Europe/Berlin'),
      new Date('2026-11-25T12:00:00Z'),
    )
    expect(stats.interviews).toBe(0)
    expect(stats.weeks.map((w) => w.count)).toEqual(Array(12).fill(0))
    expect(stats.followUps).toMatchObject({ onTime: 0, late: 0, overdueNow: 0 })
    expect(stats.outcomes.open).toBe(0)
    expect(Object.values(stats.outcomes.closed)).toEqual([0, 0, 0, 0, 0])
  })

  it('leaves sample interviews out of every figure', () => {
    const settings = defaultSettings('Europe/Berlin')
    const now = new Date('2026-11-25T12:00:00Z')
    const own = newCard({ end: '2026-11-17T14:45:00Z' })
    const sample = {
      ...newCard({ end: '2026-11-18T14:45:00Z' }),
      id: 'sample',
      sample: true as const,
    }
    expect(progressStats([own, sample], settings, now)).toEqual(progressStats([own], settings, now))
    expect(progressStats([sample], settings, now).interviews).toBe(0)
  })
})

describe('progressStats with cached lookups', () => {
  it('gives the same figures, and a later minute works nothing out again', () => {
    const settings = defaultSettings('Europe/Berlin')
    const sent = (c: Card, at: string) => {
      const next = sendAndAdvance(c, c.followUps, c.stage, 'all', new Date(at))
      return { ...next.card, followUps: next.followUps }
    }
    const cards = [
      newCard({ end: '2026-11-17T14:45:00Z' }),
      sent(newCard({ end: '2026-11-10T14:45:00Z' }), '2026-11-13T09:00:00Z'),
    ]
    let computed = 0
    const timingCache = createCardCache((card: Card, s: typeof settings) => {
      computed++
      return sentTimingOf(card, s)
    })
    const planCache = createPlanCache()
    const lookups = {
      planOf: (card: Card) => planCache(card, settings),
      sentTimingOf: (card: Card) => timingCache(card, settings),
    }
    const first = new Date('2026-11-25T12:00:00Z')
    expect(progressStats(cards, settings, first, lookups)).toEqual(
      progressStats(cards, settings, first),
    )
    progressStats(cards, settings, new Date('2026-11-25T12:01:00Z'), lookups)
    expect(computed).toBe(cards.length)
  })
})
