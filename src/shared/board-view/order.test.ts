import { describe, expect, it } from 'vitest'
import { compareByDue } from '../cadence/plan'
import { createPlanCache } from '../cadence/plan-cache'
import { createCard } from '../domain/board'
import type { Card } from '../domain/card'
import { defaultSettings } from '../domain/settings'
import { sampleDetails } from '../test-support/sample-details'
import { compareNextDue } from './order'

const TZ = 'Europe/Berlin'
const settings = defaultSettings(TZ)

function card(overrides: Partial<Card> = {}): Card {
  return { ...createCard(sampleDetails(), 'c1', new Date('2026-11-17T16:00:00Z')), ...overrides }
}

describe('compareNextDue', () => {
  it('orders plans exactly as compareByDue does', () => {
    const planOf = createPlanCache()
    const days = ['19', '16', '17', '16', '20']
    const plans = [
      ...days.map((day, i) =>
        planOf(
          card({
            id: `c${i}`,
            time: {
              start: `2026-11-${day}T14:00:00.000Z`,
              end: `2026-11-${day}T14:45:00.000Z`,
              timeZone: TZ,
            },
          }),
          settings,
        ),
      ),
      planOf(card({ id: 'none', interviewers: [] }), settings),
    ]
    const sign = (n: number) => Math.sign(n)
    for (const a of plans) {
      for (const b of plans) expect(sign(compareNextDue(a, b))).toBe(sign(compareByDue(a, b)))
    }
  })
})
