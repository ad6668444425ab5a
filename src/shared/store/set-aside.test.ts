import { describe, expect, it } from 'vitest'
import { LIMITS } from '../domain/limits'
import { LISTED_SET_ASIDE, salvagedNotice, setAsideText } from './set-aside'
import type { UnreadableCard } from './store-format'

const unreadable = (
  number: number,
  company: string | null = `Company ${number}`,
): UnreadableCard => ({
  number,
  text: `{ "id": "c${number}",  "company": ${JSON.stringify(company)}, "n": 1e400 }`,
  reason: 'stage: Invalid option',
  company,
  position: null,
})

describe('setAsideText', () => {
  it('is JSON holding each card exactly as written, with its place and reason', () => {
    const cards = [unreadable(2), unreadable(9, null)]
    const text = setAsideText(cards, '/data/foothold.json', new Date('2026-11-23T10:00:00Z'))
    const parsed = JSON.parse(text)
    expect(parsed).toMatchObject({
      from: '/data/foothold.json',
      setAsideAt: '2026-11-23T10:00:00.000Z',
    })
    expect(
      parsed.cards.map((c: { interview: number; reason: string }) => [c.interview, c.reason]),
    ).toEqual([
      [2, 'stage: Invalid option'],
      [9, 'stage: Invalid option'],
    ])
    for (const card of cards) expect(text).toContain(card.text)
  })
})

describe('salvagedNotice', () => {
  it('counts every card, lists the first hundred, and keeps each label short and safe', () => {
    const cards = Array.from({ length: 150 }, (_, i) => unreadable(i + 1))
    cards[0] = {
      ...unreadable(1, `Evil\u202e\n${'x'.repeat(5000)}`),
      reason: `r${'y'.repeat(5000)}`,
    }
    const notice = salvagedNotice(cards, '/data/kept.json', '/data/foothold.json')
    expect(notice.count).toBe(150)
    expect(notice.cards).toHaveLength(LISTED_SET_ASIDE)
    expect(notice.cards.map((c) => c.number)).toEqual(cards.slice(0, 100).map((c) => c.number))
    const [first] = notice.cards
    expect(first?.company).toHaveLength(LIMITS.shortText)
    expect(first?.company?.startsWith('Evil\uFFFD\uFFFDx')).toBe(true)
    expect(first?.company?.endsWith('…')).toBe(true)
    expect(first?.reason.length).toBeLessThanOrEqual(1000)
    expect(notice.cards[1]).toEqual({
      number: 2,
      company: 'Company 2',
      position: null,
      reason: 'stage: Invalid option',
    })
  })
})
