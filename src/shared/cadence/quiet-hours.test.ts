import { describe, expect, it } from 'vitest'
import { quietUntil } from './quiet-hours'
import { QuietHoursSchema } from '../domain/cadence-settings'

const NIGHT = { from: '21:00', until: '08:00' }
const at = (iso: string) => new Date(iso)

describe('quietUntil', () => {
  it('is off without quiet hours', () => {
    expect(quietUntil(at('2026-11-23T23:00:00Z'), null, 'UTC')).toBeNull()
  })

  it('holds reminders through the night, across midnight, until the morning', () => {
    expect(quietUntil(at('2026-11-23T21:00:00Z'), NIGHT, 'UTC')).toEqual(at('2026-11-24T08:00:00Z'))
    expect(quietUntil(at('2026-11-24T03:30:00Z'), NIGHT, 'UTC')).toEqual(at('2026-11-24T08:00:00Z'))
    expect(quietUntil(at('2026-11-24T08:00:00Z'), NIGHT, 'UTC')).toBeNull()
    expect(quietUntil(at('2026-11-24T20:59:00Z'), NIGHT, 'UTC')).toBeNull()
  })

  it('works for a stretch within one day', () => {
    const lunch = { from: '12:00', until: '13:30' }
    expect(quietUntil(at('2026-11-24T12:45:00Z'), lunch, 'UTC')).toEqual(at('2026-11-24T13:30:00Z'))
    expect(quietUntil(at('2026-11-24T13:30:00Z'), lunch, 'UTC')).toBeNull()
  })

  it('reads the wall clock in the person’s zone, through a DST change', () => {
    // 29 March 2026: Berlin moves from UTC+1 to UTC+2 at 02:00.
    expect(quietUntil(at('2026-03-29T01:30:00Z'), NIGHT, 'Europe/Berlin')).toEqual(
      at('2026-03-29T06:00:00Z'),
    )
    expect(quietUntil(at('2026-11-24T06:30:00Z'), NIGHT, 'Europe/Berlin')).toEqual(
      at('2026-11-24T07:00:00Z'),
    )
  })

  it('refuses quiet hours that start and end at the same time', () => {
    expect(QuietHoursSchema.safeParse({ from: '08:00', until: '08:00' }).success).toBe(false)
    expect(QuietHoursSchema.safeParse({ from: '25:00', until: '08:00' }).success).toBe(false)
  })
})
