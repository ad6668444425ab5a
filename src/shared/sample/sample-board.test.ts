import { describe, expect, it } from 'vitest'
import { CardSchema } from '../domain/card'
import { STAGES } from '../domain/interview'
import { StoreDataSchema, emptyStore } from '../store/store-format'
import { sampleDetails } from '../test-support/sample-details'
import { createCard } from '../domain/board'
import { isSample, withoutSamples } from './is-sample'
import { sampleBoard } from './sample-board'

const NOW = new Date('2026-11-23T16:00:00Z')
const counter = () => {
  let n = 0
  return () => `sample-${++n}`
}

describe('sampleBoard', () => {
  const cards = sampleBoard(NOW, 'Europe/Berlin', counter())

  it('has a card in every stage, and the closed one has an outcome', () => {
    expect(new Set(cards.map((c) => c.stage))).toEqual(new Set(STAGES))
    const closed = cards.find((c) => c.stage === 'closed')!
    expect(closed.outcome).not.toBeNull()
  })

  it('is valid as cards and as a whole board', () => {
    for (const card of cards) expect(CardSchema.safeParse(card).success).toBe(true)
    const board = { ...emptyStore('Europe/Berlin'), cards }
    expect(StoreDataSchema.safeParse(JSON.parse(JSON.stringify(board))).success).toBe(true)
  })

  it('marks every card as a sample, with its own id', () => {
    expect(cards.every(isSample)).toBe(true)
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length)
  })

  it('puts every interview and every message in the past, relative to now', () => {
    for (const card of cards) {
      expect(Date.parse(card.time.end)).toBeLessThan(NOW.getTime())
      for (const stage of STAGES) {
        for (const sent of card.followUps.stages[stage].sent) {
          expect(Date.parse(sent.sentAt)).toBeLessThanOrEqual(NOW.getTime())
        }
      }
    }
  })

  it('records the messages that moved each card on', () => {
    const checkIn = cards.find((c) => c.stage === 'check-in')!
    expect(checkIn.followUps.stages['thank-you'].sent).toHaveLength(checkIn.interviewers.length)
    const final = cards.find((c) => c.stage === 'final')!
    expect(final.followUps.stages['check-in'].sent).toHaveLength(final.interviewers.length)
    const fresh = cards.find((c) => c.stage === 'thank-you')!
    expect(fresh.followUps.stages['thank-you'].sent).toEqual([])
  })

  it('puts every interview on a weekday, whatever day today is', () => {
    for (let day = 0; day < 7; day++) {
      const now = new Date(NOW.getTime() + day * 86_400_000)
      for (const card of sampleBoard(now, 'UTC', counter())) {
        expect([0, 6]).not.toContain(new Date(card.time.start).getUTCDay())
      }
    }
  })

  it('uses the person’s zone for the interview day', () => {
    const tokyo = sampleBoard(NOW, 'Asia/Tokyo', counter())
    expect(tokyo.every((c) => c.time.timeZone === 'Asia/Tokyo')).toBe(true)
  })
})

describe('withoutSamples', () => {
  it('takes out the sample cards and keeps the person’s own', () => {
    const own = createCard(sampleDetails({ company: 'My own' }), 'own-1', NOW)
    const samples = sampleBoard(NOW, 'UTC', counter())
    const { kept, removed } = withoutSamples([samples[0]!, own, ...samples.slice(1)])
    expect(kept).toEqual([own])
    expect(removed).toEqual(samples)
  })
})
