import { describe, expect, it } from 'vitest'
import { rowWhen } from './follow-up-when'
import { followUpItem as item } from './test-support/follow-up-item'

const TZ = 'Europe/Berlin'

describe('when a follow-up is due', () => {
  it('tells when it is due, was sent, or is snoozed until, in the person’s zone', () => {
    const now = new Date('2026-11-18T09:00:00Z')
    expect(rowWhen(item(), now, TZ, 'en-GB')).toBe('Due by Wed 18 Nov, 15:45')
    expect(rowWhen(item({ dueKind: 'day' }), now, TZ, 'en-GB')).toBe('Due Wed 18 Nov, 15:45')
    expect(rowWhen(item({ sentAt: '2026-11-18T08:30:00.000Z' }), now, TZ, 'en-GB')).toBe(
      'Sent Wed 18 Nov, 09:30',
    )
    expect(rowWhen(item({ snoozedUntil: '2026-11-18T12:00:00.000Z' }), now, TZ, 'en-GB')).toBe(
      'Due by Wed 18 Nov, 15:45 · snoozed until Wed 18 Nov, 13:00',
    )
  })
})
