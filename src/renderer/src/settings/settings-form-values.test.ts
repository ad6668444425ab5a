import { describe, expect, it } from 'vitest'
import { defaultCadence } from '@shared/domain/cadence-settings'
import { defaultSettings, type Settings } from '@shared/domain/settings'
import { BROWSER_HOST, DESKTOP_HOST } from '@shared/ipc/host-info'
import {
  cadenceIsDefault,
  defaultCadenceValues,
  fieldForServerError,
  firstWithError,
  numberBounds,
  offersSpellcheckChoice,
  parseWholeNumber,
  sameValues,
  settingsFromValues,
  toggleWorkday,
  valuesFromSettings,
  rebaseValues,
  type SettingsFormValues,
} from './settings-form-values'

const saved: Settings = {
  ...defaultSettings('Europe/Berlin'),
  yourName: 'Alex Morgan',
  signature: 'Best regards,\nAlex',
  cadence: { ...defaultCadence(), checkInDays: 5, workdays: [5, 1, 3] },
}

const form = (overrides: Partial<SettingsFormValues> = {}): SettingsFormValues => ({
  ...valuesFromSettings(saved),
  ...overrides,
})

const errorsOf = (values: SettingsFormValues) => {
  const result = settingsFromValues(values)
  if (result.ok) throw new Error('expected problems')
  return result.errors
}

describe('quiet hours in the form', () => {
  it('are off by default, offering an evening-to-morning span to turn on', () => {
    expect(form()).toMatchObject({
      quietHoursEnabled: false,
      quietFrom: '21:00',
      quietUntil: '08:00',
    })
    const result = settingsFromValues(form())
    expect(result.ok && result.settings.cadence.quietHours).toBeNull()
  })

  it('turned on, are saved with their span, and read back the same', () => {
    const values = form({ quietHoursEnabled: true, quietFrom: '22:30', quietUntil: '07:15' })
    const result = settingsFromValues(values)
    if (!result.ok) throw new Error('expected valid settings')
    expect(result.settings.cadence.quietHours).toEqual({ from: '22:30', until: '07:15' })
    expect(valuesFromSettings(result.settings)).toEqual(values)
  })

  it('name the end that is wrong', () => {
    const on = { quietHoursEnabled: true }
    expect(errorsOf(form({ ...on, quietFrom: '' }))).toEqual({
      quietFrom: 'Enter a time of day, like 21:00',
    })
    expect(errorsOf(form({ ...on, quietFrom: '08:00', quietUntil: '08:00' }))).toEqual({
      quietUntil: 'Quiet hours need an end different from their start',
    })
    // A wrong span is no problem while quiet hours are off.
    expect(settingsFromValues(form({ quietFrom: '', quietUntil: '' })).ok).toBe(true)
  })

  it('main’s verdict on a quiet hour lands on its field', () => {
    expect(fieldForServerError('settings.cadence.quietHours.until')).toBe('quietUntil')
    expect(fieldForServerError('settings.cadence.quietHours.from')).toBe('quietFrom')
  })
})

describe('settings ↔ form values', () => {
  it('shows numbers as text and workdays in week order', () => {
    expect(form()).toMatchObject({
      yourName: 'Alex Morgan',
      checkInDays: '5',
      thankYouDueHours: '24',
      workdays: [1, 3, 5],
    })
  })

  it('gives back the very settings it was made from (workdays sorted)', () => {
    const result = settingsFromValues(form())
    expect(result).toEqual({
      ok: true,
      settings: { ...saved, cadence: { ...saved.cadence, workdays: [1, 3, 5] } },
    })
  })

  it('offers the spelling switch only where checking spelling would download a dictionary', () => {
    expect(offersSpellcheckChoice(DESKTOP_HOST, 'other')).toBe(true)
    expect(offersSpellcheckChoice(DESKTOP_HOST, 'mac')).toBe(false)
    expect(offersSpellcheckChoice(BROWSER_HOST, 'other')).toBe(false)
  })

  it('carries the spelling switch, off by default, to Settings and back', () => {
    expect(form().spellcheck).toBe(false)
    const result = settingsFromValues(form({ spellcheck: true }))
    expect(result.ok && result.settings.spellcheck).toBe(true)
    expect(sameValues(form(), form({ spellcheck: true }))).toBe(false)
    expect(fieldForServerError('settings.spellcheck')).toBe('spellcheck')
  })

  it('reads typed numbers, trimmed, and trims text as the schema does', () => {
    const result = settingsFromValues(form({ finalDays: ' 10 ', yourName: '  Alex  ' }))
    expect(result.ok && result.settings.cadence.finalDays).toBe(10)
    expect(result.ok && result.settings.yourName).toBe('Alex')
  })
})

describe('messages next to the field', () => {
  it('asks for a number when one is left empty, and a whole one when it is not', () => {
    expect(errorsOf(form({ checkInDays: '' }))).toEqual({ checkInDays: 'Enter a number of days' })
    expect(errorsOf(form({ finalDays: '2.5' }))).toEqual({ finalDays: 'Use a whole number' })
  })

  it('names the bounds in the field’s own unit', () => {
    expect(errorsOf(form({ checkInDays: '0' }))).toEqual({ checkInDays: 'At least 1 day' })
    expect(errorsOf(form({ checkInDays: '61' }))).toEqual({ checkInDays: 'At most 60 days' })
    expect(errorsOf(form({ thankYouDueHours: '0' }))).toEqual({
      thankYouDueHours: 'At least 1 hour',
    })
    expect(errorsOf(form({ thankYouDueHours: '200' }))).toEqual({
      thankYouDueHours: 'At most 168 hours',
    })
    expect(errorsOf(form({ freshReminderMinutes: '-5' }))).toEqual({
      freshReminderMinutes: 'At least 0 minutes',
    })
  })

  it('puts the schema’s cross-check on the first reminder', () => {
    expect(errorsOf(form({ thankYouDueHours: '1', freshReminderMinutes: '60' }))).toEqual({
      freshReminderMinutes: 'The first reminder must come before the thank-you is due',
    })
  })

  it('leaves the cross-check out while the thank-you’s own number is wrong', () => {
    expect(errorsOf(form({ thankYouDueHours: '0', freshReminderMinutes: '90' }))).toEqual({
      thankYouDueHours: 'At least 1 hour',
    })
    expect(errorsOf(form({ thankYouDueHours: '', freshReminderMinutes: '90' }))).toEqual({
      thankYouDueHours: 'Enter a number of hours',
    })
  })

  it('checks the workdays, the time and the text fields', () => {
    expect(errorsOf(form({ workdays: [] }))).toEqual({ workdays: 'Choose at least one workday' })
    expect(errorsOf(form({ reminderTime: '' }))).toEqual({
      reminderTime: 'Enter a time of day, like 09:00',
    })
    expect(errorsOf(form({ yourName: 'x'.repeat(201) }))).toEqual({
      yourName: 'Keep it to 200 characters or fewer',
    })
    expect(errorsOf(form({ timeZone: 'Nowhere/City' }))).toEqual({
      timeZone: 'Unknown time zone',
    })
  })

  it('reports every wrong field at once', () => {
    expect(Object.keys(errorsOf(form({ checkInDays: '', finalDays: '0', workdays: [] })))).toEqual([
      'checkInDays',
      'finalDays',
      'workdays',
    ])
  })

  it('never lets an invalid stay-in-touch number through, even switched off', () => {
    expect(errorsOf(form({ stayInTouchEnabled: false, stayInTouchDays: '0' }))).toEqual({
      stayInTouchDays: 'At least 1 day',
    })
  })
})

describe('templates in the form', () => {
  const mine = {
    subject: 'Checking in on {position}',
    body: 'Hi {interviewerFirstName}, any news?',
  }

  it('carries the person’s templates to Settings and back', () => {
    const withMine: Settings = { ...saved, templates: { 'check-in/email/casual': mine } }
    const values = valuesFromSettings(withMine)
    expect(values.templates).toEqual({ 'check-in/email/casual': mine })
    expect(settingsFromValues(values)).toEqual({
      ok: true,
      settings: { ...withMine, cadence: { ...saved.cadence, workdays: [1, 3, 5] } },
    })
  })

  it('refuses a template the editor marks as wrong, naming it', () => {
    const bad = { ...mine, body: 'Hi {favouriteColour}' }
    expect(errorsOf(form({ templates: { 'check-in/email/casual': bad } }))).toEqual({
      templates:
        'Check-in · Email · Casual: {favouriteColour} is not a placeholder Foothold knows; pick one from the list.',
    })
    expect(
      errorsOf(form({ templates: { 'final/email/formal': { subject: 'S', body: ' ' } } })),
    ).toEqual({ templates: 'Final follow-up · Email · Formal: A template needs some text' })
  })

  it('judges a LinkedIn note by the preview, signed with the name in the form', () => {
    const note = { subject: '', body: `Hi {interviewerFirstName}, ${'a'.repeat(270)} {yourName}` }
    const templates = { 'thank-you/linkedin/casual': note }
    expect(settingsFromValues(form({ templates, yourName: 'Al' })).ok).toBe(true)
    expect(errorsOf(form({ templates, yourName: 'Alexandra Morgan-Whitfield' })).templates).toMatch(
      /^Thank-you · LinkedIn note · Casual: The preview runs to 3\d\d characters/,
    )
  })

  it('counts a template as changed only when its text is', () => {
    const a = form({ templates: { 'check-in/email/casual': mine } })
    const b = form({ templates: { 'check-in/email/casual': { ...mine } } })
    expect(sameValues(a, b)).toBe(true)
    expect(sameValues(a, form())).toBe(false)
    expect(
      sameValues(a, form({ templates: { 'check-in/email/casual': { ...mine, body: 'x' } } })),
    ).toBe(false)
  })
})

describe('main’s answer', () => {
  it('blames the field main names, or the form', () => {
    expect(fieldForServerError('settings.cadence.finalDays')).toBe('finalDays')
    expect(fieldForServerError('settings.cadence.workdays.2')).toBe('workdays')
    expect(fieldForServerError('settings.timeZone')).toBe('timeZone')
    expect(fieldForServerError('settings.templates.check-in/email/formal.body')).toBe('templates')
    expect(fieldForServerError('settings')).toBe('form')
    expect(fieldForServerError(undefined)).toBe('form')
  })
})

describe('helpers', () => {
  it('reads the bounds from the schema', () => {
    expect(numberBounds('checkInDays')).toEqual({ min: 1, max: 60 })
    expect(numberBounds('freshReminderMinutes')).toEqual({ min: 0, max: 1440 })
    expect(numberBounds('stayInTouchDays')).toEqual({ min: 1, max: 730 })
  })

  it('parses whole numbers only', () => {
    expect(parseWholeNumber(' 7 ')).toBe(7)
    expect(parseWholeNumber('-3')).toBe(-3)
    expect(parseWholeNumber('')).toBeNull()
    expect(parseWholeNumber('1e3')).toBeNull()
    expect(parseWholeNumber('7.0')).toBeNull()
  })

  it('compares values field by field, workdays included', () => {
    expect(sameValues(form(), form())).toBe(true)
    expect(sameValues(form(), form({ workdays: [1, 3] }))).toBe(false)
    expect(sameValues(form(), form({ startAtLogin: true }))).toBe(false)
  })

  it('resets the cadence section to the shipped defaults only', () => {
    const defaults = defaultCadenceValues()
    expect(defaults).toEqual({
      thankYouDueHours: '24',
      freshReminderMinutes: '60',
      checkInDays: '7',
      finalDays: '7',
      closeSuggestionDays: '7',
      stayInTouchEnabled: false,
      stayInTouchDays: '90',
    })
    expect(cadenceIsDefault(form())).toBe(false)
    expect(cadenceIsDefault(form(defaults))).toBe(true)
    // Reminder time and workdays belong to another section.
    expect(cadenceIsDefault(form({ ...defaults, reminderTime: '08:00' }))).toBe(true)
  })

  it('ticks and unticks workdays in week order', () => {
    expect(toggleWorkday([1, 5], 3, true)).toEqual([1, 3, 5])
    expect(toggleWorkday([1, 3, 5], 3, false)).toEqual([1, 5])
    expect(toggleWorkday([1, 3], 3, true)).toEqual([1, 3])
  })

  it('finds the first section showing a problem', () => {
    const sections = [
      { id: 'a', fields: ['yourName'] as const },
      { id: 'b', fields: ['checkInDays', 'finalDays'] as const },
    ]
    expect(firstWithError(sections, { finalDays: 'x' })?.id).toBe('b')
    expect(firstWithError(sections, { form: 'x' })).toBeNull()
  })
})

describe('rebaseValues', () => {
  it('takes settings that changed underneath the form, keeping only what the person edited', () => {
    const opened = valuesFromSettings({ ...defaultSettings('UTC'), yourName: 'Sam' })
    const edited = { ...opened, checkInDays: '3' }
    const restored = valuesFromSettings({
      ...defaultSettings('Europe/Berlin'),
      yourName: 'Sam Rivera',
      signature: 'Sam',
    })
    expect(rebaseValues(edited, opened, restored)).toEqual({ ...restored, checkInDays: '3' })
    expect(rebaseValues(opened, opened, restored)).toEqual(restored)
  })
})
