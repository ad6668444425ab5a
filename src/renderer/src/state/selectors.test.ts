import { describe, expect, it } from 'vitest'
import { moveCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { defaultSettings } from '@shared/domain/settings'
import { sampleDetails } from '@shared/test-support/sample-details'
import { createDueCountSelector, createVisibleCardsSelector, selectVisibleCards } from './selectors'
import { card, loadedStore } from './test-support/fake-main'

describe('selectors over follow-ups', () => {
  const TZ = 'Europe/Berlin'
  // Interviews end 14:45 UTC on these days; thank-yous are due a day later.
  const onDay = (id: string, day: string, stage: Card['stage'] = 'thank-you') => {
    const c = card(id, id.toUpperCase(), {
      time: {
        start: `2026-11-${day}T14:00:00.000Z`,
        end: `2026-11-${day}T14:45:00.000Z`,
        timeZone: TZ,
      },
    })
    return stage === 'thank-you' ? c : moveCard(c, stage, null, new Date(`2026-11-${day}T15:00Z`))
  }
  const state = (cards: Card[], extra: { dueOnly?: boolean; now?: string } = {}) => ({
    cards: Object.fromEntries(cards.map((c) => [c.id, c])),
    query: '',
    settings: defaultSettings(TZ),
    dueOnly: extra.dueOnly ?? false,
    now: Date.parse(extra.now ?? '2026-11-18T09:00:00Z'),
  })

  it('sorts each column by what is due first, and filters to due cards', () => {
    const select = createVisibleCardsSelector()
    const cards = [onDay('later', '19'), onDay('overdue', '16'), onDay('today', '17')]
    expect(select(state(cards)).byStage['thank-you']).toEqual(['overdue', 'today', 'later'])
    expect(select(state(cards, { dueOnly: true }))).toMatchObject({
      byStage: { 'thank-you': ['overdue', 'today'] },
      matching: 2,
      total: 3,
    })
  })

  it('counts the cards that need action now, again only when cards or time change', () => {
    const count = createDueCountSelector()
    const input = state([onDay('a', '16'), onDay('b', '17'), onDay('c', '19')])
    expect(count(input)).toBe(2)
    expect(count({ ...input, now: Date.parse('2026-11-21T09:00:00Z') })).toBe(3)
  })
})

describe('selectVisibleCards', () => {
  it('filters by the search and sorts each column, reusing the answer while nothing changed', async () => {
    const { store, actions } = await loadedStore([
      card('late', 'Acme', {
        time: { ...sampleDetails().time, start: '2026-11-20T10:00:00.000Z' },
      }),
      card('early', 'Acme Labs'),
      card('other', 'Bolt', { stage: 'final' }),
    ])
    const first = selectVisibleCards(store.getState())
    expect(first.byStage['thank-you']).toEqual(['early', 'late'])
    expect(first.byStage.final).toEqual(['other'])
    expect(selectVisibleCards(store.getState())).toBe(first)

    actions.setQuery('bolt')
    expect(selectVisibleCards(store.getState())).toMatchObject({
      byStage: { 'thank-you': [], final: ['other'] },
      total: 3,
      matching: 1,
    })
  })
})
