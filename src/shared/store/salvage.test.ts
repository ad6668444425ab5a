import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCard } from '../domain/board'
import { sampleDetails } from '../test-support/sample-details'
import V2_FIXTURE from './fixtures/store-v2.json'
import type { StoreData } from './store-format'
import { emptyStore, parseStoreText, salvageStoreText } from './store-format'

const now = new Date('2026-11-23T10:00:00Z')

function board(count: number): StoreData {
  return {
    ...emptyStore('Europe/Berlin'),
    cards: Array.from({ length: count }, (_, i) =>
      createCard(
        sampleDetails({ company: `Company ${i}`, position: `Role ${i}` }),
        `card-${i}`,
        now,
      ),
    ),
  }
}

/** Ways one card in a file goes bad, each with the reason the person should read. */
const BREAKAGES: Array<[string, (card: Record<string, unknown>) => unknown, RegExp]> = [
  [
    'an interview that ends before it starts',
    (c) => ({ ...c, time: { ...(c.time as object), end: '2026-11-17T13:00:00.000Z' } }),
    /^time\.end: /,
  ],
  ['a company that is a number', (c) => ({ ...c, company: 42 }), /^company: /],
  ['a field Foothold does not know', (c) => ({ ...c, colour: 'red' }), /colour/],
  ['a missing stage', ({ stage: _, ...c }) => c, /^stage: /],
  ['a company of 5 MB', (c) => ({ ...c, company: 'x'.repeat(5_000_000) }), /^company: /],
  ['an impossible date', (c) => ({ ...c, createdAt: '2026-02-31T00:00:00Z' }), /^createdAt: /],
  ['null', () => null, /./],
  ['a string', () => 'not a card', /./],
]

describe('salvageStoreText', () => {
  it('reads a valid board as parseStoreText does, with nothing set aside', () => {
    const text = JSON.stringify(board(3), null, 1)
    const parsed = parseStoreText(text)
    expect(salvageStoreText(text)).toEqual({ ...parsed, unreadable: [] })
  })

  it.each(BREAKAGES)('keeps the good cards around %s and sets that one aside', (_, broken, why) => {
    const data = board(3)
    const cards = data.cards.map((c, i) => (i === 1 ? broken({ ...c }) : c))
    const text = JSON.stringify({ ...data, cards }, null, 1)
    expect(parseStoreText(text).ok).toBe(false)
    const salvaged = salvageStoreText(text)
    expect(salvaged.ok).toBe(true)
    if (!salvaged.ok) return
    expect(salvaged.data.cards.map((c) => c.id)).toEqual(['card-0', 'card-2'])
    expect(salvaged.unreadable).toHaveLength(1)
    const [bad] = salvaged.unreadable
    expect(bad?.number).toBe(2)
    expect(bad?.reason).toMatch(why)
    expect(bad?.reason.length).toBeLessThan(1000)
    expect(JSON.parse(bad!.text)).toEqual(JSON.parse(JSON.stringify(cards[1])))
  })

  it('names a set-aside card by company and position when the file has them as text', () => {
    const data = board(2)
    const cards = [
      { ...data.cards[0], stage: 'someday' },
      { ...data.cards[1], company: 7 },
    ]
    const salvaged = salvageStoreText(JSON.stringify({ ...data, cards }))
    expect(salvaged.ok && salvaged.unreadable.map((c) => [c.company, c.position])).toEqual([
      ['Company 0', 'Role 0'],
      [null, 'Role 1'],
    ])
  })

  it('keeps each set-aside card exactly as written, spelling and spacing included', () => {
    const good = JSON.stringify(board(1).cards[0])
    const bad = '{ "id": "odd",\n    "company": "\\u0041cme", "big": 1e400 }'
    const text = `{"schemaVersion": 4, "onboarded": true, "settings": ${JSON.stringify(
      emptyStore('UTC').settings,
    )}, "cards": [${good},\n  ${bad}]}`
    const salvaged = salvageStoreText(text)
    expect(salvaged.ok && salvaged.unreadable[0]?.text).toBe(bad)
  })

  it('keeps the first of two cards with the same id and sets the second aside', () => {
    const data = board(2)
    const twin = { ...data.cards[1]!, id: 'card-0' }
    const salvaged = salvageStoreText(JSON.stringify({ ...data, cards: [data.cards[0], twin] }))
    expect(salvaged.ok && salvaged.data.cards).toEqual([data.cards[0]])
    expect(salvaged.ok && salvaged.unreadable[0]).toMatchObject({
      number: 2,
      company: 'Company 1',
      reason: expect.stringContaining('same id'),
    })
  })

  it('says how many more problems a card has than it lists', () => {
    const data = board(1)
    const card = { ...data.cards[0], company: 1, position: 2, format: 3, tone: 4, stage: 5 }
    const salvaged = salvageStoreText(JSON.stringify({ ...data, cards: [card] }))
    expect(salvaged.ok && salvaged.unreadable[0]?.reason).toMatch(/; and 2 more$/)
  })

  it('still treats a file wrong outside its cards as a whole', () => {
    const data = board(2)
    for (const text of [
      '{"schemaVersion": 4, "cards": [',
      '[]',
      JSON.stringify({ ...data, settings: { ...data.settings, timeZone: 'Mars/Olympus' } }),
      JSON.stringify({ ...data, cards: 'many' }),
      JSON.stringify({ ...data, extra: true }),
      JSON.stringify({ ...data, schemaVersion: 99 }),
    ]) {
      expect(salvageStoreText(text)).toEqual(parseStoreText(text))
      expect(salvageStoreText(text).ok).toBe(false)
    }
  })

  it('upgrades an older file first, and sets a bad card aside as the file had it', () => {
    const original = JSON.parse(JSON.stringify(V2_FIXTURE)) as {
      cards: Array<Record<string, unknown>>
    }
    const first = original.cards[0]!
    original.cards = [first, { ...first, id: 'broken', tone: 'shouty' }]
    const salvaged = salvageStoreText(JSON.stringify(original))
    expect(salvaged.ok && salvaged.migratedFrom).toBe(2)
    expect(salvaged.ok && salvaged.data.cards.map((c) => c.id)).toEqual([first.id])
    // The format 2 card, without the fields the upgrade adds.
    expect(salvaged.ok && JSON.parse(salvaged.unreadable[0]!.text)).toEqual(original.cards[1])
  })

  it('loses no card: every one is either on the board or set aside, in the file order', () => {
    const data = board(12)
    // The 5 MB company has its own case above; here it would only make each run slow.
    const breakages = BREAKAGES.filter(([name]) => !name.includes('5 MB'))
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: breakages.length - 1 }), { nil: null }), {
          minLength: 1,
          maxLength: 12,
        }),
        (plan) => {
          const cards = plan.map((breakage, i) =>
            breakage === null ? data.cards[i] : breakages[breakage]![1]({ ...data.cards[i] }),
          )
          const salvaged = salvageStoreText(JSON.stringify({ ...data, cards }, null, 1))
          expect(salvaged.ok).toBe(true)
          if (!salvaged.ok) return
          const kept = plan.flatMap((b, i) => (b === null ? [data.cards[i]] : []))
          expect(salvaged.data.cards).toEqual(kept)
          expect(salvaged.unreadable.map((c) => c.number)).toEqual(
            plan.flatMap((b, i) => (b === null ? [] : [i + 1])),
          )
          for (const bad of salvaged.unreadable) {
            expect(JSON.parse(bad.text)).toEqual(JSON.parse(JSON.stringify(cards[bad.number - 1])))
          }
        },
      ),
    )
  })
})

describe('a UTF-8 byte-order mark', () => {
  it('is read past: a valid board saved by a Windows editor is that board', () => {
    const data = board(2)
    const text = `\uFEFF${JSON.stringify(data, null, 2)}`
    expect(parseStoreText(text)).toEqual({ ok: true, data, migratedFrom: null })
    expect(salvageStoreText(text)).toMatchObject({ ok: true, data, unreadable: [] })
  })

  it('alone is an empty file, and only one at the start is skipped', () => {
    expect(parseStoreText('\uFEFF')).toEqual({ ok: false, problem: { kind: 'empty' } })
    expect(parseStoreText(`\uFEFF\uFEFF${JSON.stringify(board(0))}`).ok).toBe(false)
  })
})
