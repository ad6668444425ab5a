import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../domain/settings'
import { progressStats } from './progress'

describe('progressStats', () => {
  it('is all zeros for an empty board, with the twelve weeks still laid out', () => {
    const stats = progressStats(
      [],
      defaultSettings('Europe/Berlin'),
      new Date('2026-11-25T12:00:00Z'),
    )
    expect(stats.interviews).toBe(0)
    expect(stats.weeks.map((w) => w.count)).toEqual(Array(12).fill(0))
    expect(stats.followUps).toMatchObject({ onTime: 0, late: 0, overdueNow: 0 })
    expect(stats.outcomes.open).toBe(0)
    expect(Object.values(stats.outcomes.closed)).toEqual([0, 0, 0, 0, 0])
  })
})
