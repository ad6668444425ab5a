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
    const copied = { kind: 'copied', at, stage: 'check-in', interviewerId: 'iv-1' } as const
    const names = (id: string) => (id === 'iv-1' ? 'Priya Raman' : '?')
    expect(describeActivity({ ...copied, channel: 'email', part: 'all' }, names)).toBe(
      'Copied the check-in email for Priya Raman',
    )
    expect(describeActivity({ ...copied, channel: 'linkedin', part: 'body' }, names)).toBe(
      'Copied the text of the check-in LinkedIn note for Priya Raman',
    )
    expect(describeActivity({ ...copied, channel: 'email', part: 'mail-app' }, names)).toBe(
      'Opened the check-in email for Priya Raman in the mail app',
    )
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
