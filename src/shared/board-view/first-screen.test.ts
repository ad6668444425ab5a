import { describe, expect, it } from 'vitest'
import { compareByDue, countDue, planCard } from '../cadence/plan'
import { createPlanCache } from '../cadence/plan-cache'
import { STAGES } from '../domain/interview'
import { type Card } from '../domain/card'
import { defaultSettings } from '../domain/settings'
import { spreadBoard } from '../test-support/spread-board'
import { firstScreenOf } from './first-screen'

const settings = defaultSettings('Europe/Berlin')
const now = new Date('2026-11-20T10:00:00Z')
const plan = (card: Card) => planCard(card, card.followUps, settings, settings.cadence)

/** A column as the board orders it, worked out the slow way from the cadence engine's rule. */
function column(cards: readonly Card[], stage: string): string[] {
  return cards
    .filter((card) => card.stage === stage)
    .sort(
      (a, b) =>
        compareByDue(plan(a), plan(b)) ||
        a.time.start.localeCompare(b.time.start) ||
        a.id.localeCompare(b.id),
    )
    .map((card) => card.id)
}

describe('firstScreenOf', () => {
  const board = spreadBoard(203)

  it('sends the top cards of every column, in the order the column shows them', () => {
    const { cards } = firstScreenOf(board, settings, now, createPlanCache(), 12)
    for (const stage of STAGES) {
      const sent = cards.filter((card) => card.stage === stage).map((card) => card.id)
      expect(sent).toEqual(column(board, stage).slice(0, 12))
    }
    expect(cards).toHaveLength(48)
  })

  it('counts the whole board: each column, the cards due now and the samples', () => {
    const { counts } = firstScreenOf(board, settings, now, createPlanCache(), 12)
    expect(counts.byStage).toEqual({ 'thank-you': 51, 'check-in': 51, final: 51, closed: 50 })
    expect(counts.due).toBe(countDue(board.map(plan), now, settings.timeZone))
    expect(counts.due).toBeGreaterThan(0)
    expect(counts.samples).toBe(21)
  })

  it('sends every card of a board that fits on one screen', () => {
    const small = spreadBoard(9)
    const { cards, counts } = firstScreenOf(small, settings, now, createPlanCache())
    expect(cards.map((card) => card.id).sort()).toEqual(small.map((card) => card.id).sort())
    expect(Object.values(counts.byStage).reduce((a, b) => a + b)).toBe(9)
  })

  it('is an empty screen for an empty board', () => {
    expect(firstScreenOf([], settings, now, createPlanCache())).toEqual({
      cards: [],
      counts: {
        byStage: { 'thank-you': 0, 'check-in': 0, final: 0, closed: 0 },
        due: 0,
        samples: 0,
      },
    })
  })
})
