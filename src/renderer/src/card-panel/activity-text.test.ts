import { describe, expect, it } from 'vitest'
import { describeActivity, formatActivityTime } from './activity-text'

const at = '2026-11-17T14:00:00.000Z'

describe('describeActivity', () => {
  it('describes each kind of entry in plain words', () => {
    expect(describeActivity({ kind: 'created', at })).toBe('Added to the board')
    expect(describeActivity({ kind: 'moved', at, from: 'thank-you', to: 'check-in' })).toBe(
      'Moved from Thank-you to Check-in',
    )
    expect(
      describeActivity({ kind: 'moved', at, from: 'final', to: 'closed', outcome: 'offer' }),
    ).toBe('Closed as Offer (from Final)')
    expect(
      describeActivity({ kind: 'moved', at, from: 'closed', to: 'closed', outcome: 'withdrew' }),
    ).toBe('Outcome changed to Withdrew')
    expect(describeActivity({ kind: 'restored', at })).toBe('Restored after being deleted')
  })

  it('names edited fields as a person would', () => {
    expect(
      describeActivity({ kind: 'edited', at, fields: ['jobUrl', 'time', 'decisionDate'] }),
    ).toBe('Edited job link, interview time and decision date')
  })
})

describe('formatActivityTime', () => {
  it('shows the moment in the given zone', () => {
    expect(formatActivityTime(at, 'Europe/Berlin', 'en-GB')).toBe('17 Nov 2026, 15:00')
  })
})
