import type { Active, Over } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { createAnnouncements, dropped, movedOver, pickedUp } from './drag-announcements'

const acme = { company: 'Acme', position: 'Frontend Engineer' }

describe('drag announcements', () => {
  it('name the card, its position and its column when it is picked up', () => {
    expect(pickedUp(acme, 'thank-you')).toMatch(
      /^Picked up Acme, Frontend Engineer\. In Thank-you\. Use the left and right arrow keys/,
    )
  })

  it('say which column the card is over', () => {
    expect(movedOver(acme, 'thank-you', 'check-in')).toBe('Acme is over Check-in.')
    expect(movedOver(acme, 'thank-you', 'thank-you')).toBe('Acme is back in Thank-you.')
    expect(movedOver(acme, 'thank-you', null)).toBe('Acme is not over a column.')
  })

  it('say where the card ended up, and that Closed needs an outcome', () => {
    expect(dropped(acme, 'thank-you', 'final')).toBe('Dropped Acme in Final.')
    expect(dropped(acme, 'thank-you', 'thank-you')).toBe('Acme stays in Thank-you.')
    expect(dropped(acme, 'final', 'closed')).toMatch(/outcome/)
  })

  it('remember the starting column even if the card has moved by the time it is dropped', () => {
    const card = { ...acme, stage: 'thank-you' as const }
    const announce = createAnnouncements(() => card)
    const active = { id: 'c1' } as Active
    const over = (id: string) => ({ id }) as Over
    expect(announce.onDragStart({ active })).toMatch(/^Picked up Acme/)
    // dnd-kit reports the starting column first; it is not news.
    expect(announce.onDragOver({ active, over: over('thank-you') })).toBeUndefined()
    expect(announce.onDragOver({ active, over: over('final') })).toBe('Acme is over Final.')
    card.stage = 'final' as never
    expect(announce.onDragEnd({ active, over: over('final') })).toBe('Dropped Acme in Final.')
  })
})
