import { describe, expect, it } from 'vitest'
import { createPlanCache } from '@shared/cadence/plan-cache'
import { defaultSettings } from '@shared/domain/settings'
import { spreadBoard } from '@shared/test-support/spread-board'
import { warmPlans } from './warm-plans'

const turns = (n: number) =>
  Array.from({ length: n }).reduce<Promise<void>>(
    (previous) => previous.then(() => new Promise((resolve) => setImmediate(resolve))),
    Promise.resolve(),
  )

describe('warmPlans', () => {
  const board = { cards: spreadBoard(600), settings: defaultSettings('Europe/Berlin') }

  it('plans every card over a few turns, leaving main free between them', async () => {
    const planned: string[] = []
    const planOf = createPlanCache((card) => (planned.push(card.id), []))
    warmPlans(() => board, planOf)
    expect(planned).toEqual([])
    await turns(1)
    expect(planned.length).toBeGreaterThan(0)
    expect(planned.length).toBeLessThan(600)
    await turns(5)
    expect(new Set(planned).size).toBe(600)
    // The cache now answers for every card without planning again.
    board.cards.forEach((card) => planOf(card, board.settings))
    expect(planned).toHaveLength(600)
  })

  it('stops when asked', async () => {
    const planned: string[] = []
    const stop = warmPlans(
      () => board,
      createPlanCache((card) => (planned.push(card.id), [])),
    )
    stop()
    await turns(5)
    expect(planned).toEqual([])
  })
})
