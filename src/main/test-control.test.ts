import { describe, expect, it, vi } from 'vitest'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import { createTestControl, skipsFirstRun, testControlFrom } from './test-control'

const notice: ReminderNotice = {
  title: 'Thank Priya',
  body: 'Northwind',
  cardId: 'c1',
  key: 'c1:thank-you:iv-1',
}

describe('skipsFirstRun', () => {
  it('skips the welcome only in an unpackaged build that asks', () => {
    expect(skipsFirstRun({ FOOTHOLD_TEST_SKIP_FIRST_RUN: '1' }, false)).toBe(true)
    expect(skipsFirstRun({ FOOTHOLD_TEST_SKIP_FIRST_RUN: '1' }, true)).toBe(false)
    expect(skipsFirstRun({}, false)).toBe(false)
  })
})

describe('testControlFrom', () => {
  it('is off in a packaged app, whatever the environment says', () => {
    expect(testControlFrom({ FOOTHOLD_TEST_CONTROL: '1' }, true)).toBeNull()
  })

  it('is off unless asked for', () => {
    expect(testControlFrom({}, false)).toBeNull()
    expect(testControlFrom({ FOOTHOLD_TEST_CONTROL: 'yes' }, false)).toBeNull()
  })

  it('starts at the given instant, and refuses one that is not a date', () => {
    const on = { FOOTHOLD_TEST_CONTROL: '1', FOOTHOLD_TEST_NOW: '2026-11-17T09:00:00Z' }
    expect(testControlFrom(on, false)?.start.toISOString()).toBe('2026-11-17T09:00:00.000Z')
    expect(() => testControlFrom({ ...on, FOOTHOLD_TEST_NOW: 'Tuesday' }, false)).toThrow(
      /not a valid instant/,
    )
  })
})

describe('createTestControl', () => {
  it('holds time still until moved, then lets the scheduler catch up', async () => {
    const control = createTestControl(new Date('2026-11-17T09:00:00Z'))
    const replan = vi.fn(async () => undefined)
    control.connect({ replan, click: vi.fn(), fail: vi.fn() })
    expect(control.clock.now().toISOString()).toBe('2026-11-17T09:00:00.000Z')
    await control.advanceTo('2026-11-18T12:00:00Z')
    expect(control.clock.now().toISOString()).toBe('2026-11-18T12:00:00.000Z')
    expect(replan).toHaveBeenCalledOnce()
    await expect(control.advanceTo('soon')).rejects.toThrow(/not a valid instant/)
    expect(control.clock.now().toISOString()).toBe('2026-11-18T12:00:00.000Z')
  })

  it('clicks and refuses only reminders that were shown', () => {
    const control = createTestControl(new Date())
    const click = vi.fn()
    const fail = vi.fn()
    control.connect({ replan: async () => undefined, click, fail })
    expect(() => control.click(notice.key)).toThrow(/No reminder/)
    control.record(notice)
    expect(control.notifications()).toEqual([notice])
    control.click(notice.key)
    control.fail(notice.key)
    expect(click).toHaveBeenCalledWith(notice)
    expect(fail).toHaveBeenCalledWith(notice)
  })
})
