import { describe, expect, it } from 'vitest'
import { boardToastText } from './toast-text'

const board = { about: 'board' } as const

describe('board toasts', () => {
  it('say where a card went, and what was added or deleted', () => {
    expect(
      boardToastText({ ...board, kind: 'moved', company: 'Acme', to: 'check-in', outcome: null }),
    ).toBe('Moved Acme to Check-in')
    expect(
      boardToastText({ ...board, kind: 'moved', company: 'Acme', to: 'closed', outcome: 'offer' }),
    ).toBe('Moved Acme to Closed (Offer)')
    expect(boardToastText({ ...board, kind: 'added', company: 'Contoso' })).toBe(
      'Added Contoso to Thank-you',
    )
    expect(boardToastText({ ...board, kind: 'deleted', company: 'Acme' })).toBe('Deleted Acme')
    expect(boardToastText({ ...board, kind: 'restored', company: 'Acme' })).toBe('Restored Acme')
  })

  it('say what an Undo brought back', () => {
    expect(boardToastText({ ...board, kind: 'undone', company: 'Acme', backIn: null })).toBe(
      'Undone — Acme is as it was',
    )
    expect(boardToastText({ ...board, kind: 'undone', company: 'Acme', backIn: 'thank-you' })).toBe(
      'Undone — Acme is back in Thank-you',
    )
  })

  it('give main’s reason when it refused', () => {
    const reason = 'The data file is read-only'
    expect(boardToastText({ ...board, kind: 'move-refused', company: 'Acme', reason })).toBe(
      "Couldn't move Acme: The data file is read-only",
    )
    expect(
      boardToastText({ ...board, kind: 'delete-refused', company: 'Acme', reason: 'Locked' }),
    ).toBe("Couldn't delete Acme: Locked")
    expect(boardToastText({ ...board, kind: 'restore-refused', reason: 'Locked' })).toBe(
      "Couldn't restore the card: Locked",
    )
    expect(boardToastText({ ...board, kind: 'move-impossible', reason: 'Choose an outcome' })).toBe(
      'Choose an outcome',
    )
  })
})
