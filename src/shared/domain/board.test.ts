import { describe, expect, it } from 'vitest'
import { sampleDetails } from '../test-support/sample-details'
import { CardSchema } from './card'
import { LIMITS } from './limits'
import {
  MoveError,
  cardsInStage,
  changedFields,
  createCard,
  initials,
  matchesQuery,
  moveCard,
  nextAction,
  updateCard,
} from './board'

const t0 = new Date('2026-11-17T16:00:00Z')
const t1 = new Date('2026-11-18T09:00:00Z')

describe('board operations', () => {
  it('creates a valid card in Thank-you with a "created" entry', () => {
    const card = createCard(sampleDetails(), 'c1', t0)
    expect(CardSchema.safeParse(card).success).toBe(true)
    expect(card).toMatchObject({ stage: 'thank-you', outcome: null, createdAt: t0.toISOString() })
    expect(card.activity).toEqual([{ kind: 'created', at: t0.toISOString() }])
  })

  it('logs a move with from, to and outcome, and refuses a close without outcome', () => {
    const card = createCard(sampleDetails(), 'c1', t0)
    expect(() => moveCard(card, 'closed', null, t1)).toThrow(MoveError)
    expect(() => moveCard(card, 'final', 'offer', t1)).toThrow(MoveError)
    const closed = moveCard(card, 'closed', 'rejected', t1)
    expect(closed.activity.at(-1)).toEqual({
      kind: 'moved',
      at: t1.toISOString(),
      from: 'thank-you',
      to: 'closed',
      outcome: 'rejected',
    })
    const reopened = moveCard(closed, 'check-in', null, t1)
    expect(reopened).toMatchObject({ stage: 'check-in', outcome: null })
    expect(card.stage).toBe('thank-you') // the input is not mutated
  })

  it('records which fields an edit changed, and nothing for a no-op edit', () => {
    const card = createCard(sampleDetails(), 'c1', t0)
    expect(updateCard(card, sampleDetails(), t1)).toBe(card)
    const edited = updateCard(
      card,
      sampleDetails({ company: 'Contoso', notes: 'Salary range discussed' }),
      t1,
    )
    expect(edited.activity.at(-1)).toEqual({
      kind: 'edited',
      at: t1.toISOString(),
      fields: ['company', 'notes'],
    })
    expect(edited.updatedAt).toBe(t1.toISOString())
    expect(changedFields(card, sampleDetails({ interviewers: [] }))).toEqual(['interviewers'])
  })

  it('keeps the activity log bounded, always keeping the creation entry', () => {
    let card = createCard(sampleDetails(), 'c1', t0)
    for (let i = 0; i < LIMITS.activity + 10; i++) {
      card = moveCard(card, i % 2 ? 'thank-you' : 'check-in', null, t1)
    }
    expect(card.activity).toHaveLength(LIMITS.activity)
    expect(card.activity[0]?.kind).toBe('created')
    expect(CardSchema.safeParse(card).success).toBe(true)
  })

  it('sorts a column by interview time, oldest first', () => {
    const at = (iso: string) =>
      sampleDetails({ time: { start: iso, end: iso.replace('T10', 'T11'), timeZone: 'UTC' } })
    const cards = [
      createCard(at('2026-11-20T10:00:00.000Z'), 'late', t0),
      createCard(at('2026-11-10T10:00:00.000Z'), 'early', t0),
      moveCard(createCard(at('2026-11-01T10:00:00.000Z'), 'other', t0), 'final', null, t1),
    ]
    expect(cardsInStage(cards, 'thank-you').map((c) => c.id)).toEqual(['early', 'late'])
  })

  it('says what to do next in each stage', () => {
    const card = createCard(sampleDetails(), 'c1', t0)
    expect(nextAction(card)).toBe('Send a thank-you note')
    expect(nextAction({ ...card, interviewers: [] })).toBe('Add who interviewed you')
    expect(nextAction(moveCard(card, 'closed', 'offer', t1))).toBe('Closed: Offer')
  })
})

describe('initials and search', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['  grace   brewster murray hopper ', 'GH'],
    ['Cher', 'C'],
    ['Émile Zola', 'ÉZ'],
    ['', '?'],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected))

  it('matches company, position or interviewer, ignoring case and accents', () => {
    const card = createCard(sampleDetails({ company: 'Café Société' }), 'c1', t0)
    expect(matchesQuery(card, 'cafe')).toBe(true)
    expect(matchesQuery(card, 'DATA ENG')).toBe(true)
    expect(matchesQuery(card, 'priya')).toBe(true)
    expect(matchesQuery(card, 'google')).toBe(false)
    expect(matchesQuery(card, '  ')).toBe(true)
  })
})
