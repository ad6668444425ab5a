import { describe, expect, it } from 'vitest'
import type { Outcome } from '../domain/interview'
import { outcomeCounts } from './outcomes'

const card = (outcome: Outcome | null) => ({ outcome })

describe('outcomeCounts', () => {
  it('lists every outcome at zero on an empty board', () => {
    expect(outcomeCounts([])).toEqual({
      closed: { offer: 0, rejected: 0, 'position-filled': 0, 'no-response': 0, withdrew: 0 },
      open: 0,
    })
  })

  it('counts closed cards by outcome and the rest as open', () => {
    const cards = [
      card('offer'),
      card('rejected'),
      card('rejected'),
      card('no-response'),
      card(null),
      card(null),
      card(null),
    ]
    expect(outcomeCounts(cards)).toEqual({
      closed: { offer: 1, rejected: 2, 'position-filled': 0, 'no-response': 1, withdrew: 0 },
      open: 3,
    })
  })
})
