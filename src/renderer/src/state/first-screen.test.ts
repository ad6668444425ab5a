import { describe, expect, it } from 'vitest'
import { createCard, moveCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { defaultSettings } from '@shared/domain/settings'
import { sampleDetails } from '@shared/test-support/sample-details'
import { keepChangesSinceFirstScreen } from './first-screen'

const at = new Date('2026-11-18T09:00:00Z')
const card = (id: string): Card => createCard(sampleDetails({ company: id }), id, at)
const byId = (cards: Card[]) => Object.fromEntries(cards.map((c) => [c.id, c]))

describe('keepChangesSinceFirstScreen', () => {
  const settings = defaultSettings('Europe/Berlin')
  const [a, b, c] = [card('a'), card('b'), card('c')]
  // The whole board as main read it: its own copies of a and b, and c below the first screen.
  const whole = { cards: byId([{ ...a }, { ...b }, c]), settings: { ...settings } }
  const shown = { cards: byId([a, b]), settings }

  it('takes the whole board when nothing changed in the window meanwhile', () => {
    expect(keepChangesSinceFirstScreen(whole, shown, shown)).toEqual(whole)
  })

  it('keeps a card moved, deleted or added in the window, and settings saved there', () => {
    const moved = moveCard(a, 'check-in', null, at)
    const added = card('d')
    const saved = { ...settings, name: 'Alex' }
    const current = { cards: byId([moved, added]), settings: saved }
    const merged = keepChangesSinceFirstScreen(whole, shown, current)
    expect(Object.keys(merged.cards).sort()).toEqual(['a', 'c', 'd'])
    expect(merged.cards.a).toBe(moved)
    expect(merged.cards.d).toBe(added)
    expect(merged.cards.c).toBe(c)
    expect(merged.settings).toBe(saved)
  })
})
