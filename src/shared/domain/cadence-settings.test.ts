import { describe, expect, it } from 'vitest'
import { CadenceSettingsSchema, defaultCadence } from './cadence-settings'

describe('cadence settings', () => {
  it('fills every number with its default', () => {
    expect(defaultCadence()).toEqual({
      thankYouDueHours: 24,
      freshReminderMinutes: 60,
      freshReminderWaitsForMorning: true,
      checkInDays: 7,
      finalDays: 7,
      closeSuggestionDays: 7,
      stayInTouchEnabled: false,
      stayInTouchDays: 90,
      workdays: [1, 2, 3, 4, 5],
      reminderTime: '09:00',
      quietHours: null,
    })
  })

  it('keeps what is set and defaults the rest', () => {
    const parsed = CadenceSettingsSchema.parse({ checkInDays: 10, workdays: [7, 1, 2, 3, 4] })
    expect(parsed.checkInDays).toBe(10)
    expect(parsed.workdays).toEqual([7, 1, 2, 3, 4])
    expect(parsed.finalDays).toBe(7)
  })

  it('hands out a fresh workday list each time', () => {
    const a = defaultCadence()
    a.workdays.push(6)
    expect(defaultCadence().workdays).toEqual([1, 2, 3, 4, 5])
  })

  it.each([
    ['no workdays', { workdays: [] }],
    ['a weekday twice', { workdays: [1, 1] }],
    ['weekday 0', { workdays: [0, 1] }],
    ['a 12-hour time', { reminderTime: '9am' }],
    ['24:00', { reminderTime: '24:00' }],
    ['zero days', { checkInDays: 0 }],
    ['fractional days', { finalDays: 1.5 }],
    ['a reminder after the thank-you is due', { thankYouDueHours: 1, freshReminderMinutes: 60 }],
    ['an unknown field', { snoozeDays: 3 }],
  ])('refuses %s', (_what, input) => {
    expect(CadenceSettingsSchema.safeParse(input).success).toBe(false)
  })
})
