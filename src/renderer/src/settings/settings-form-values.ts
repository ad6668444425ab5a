import {
  CadenceSettingsSchema,
  defaultCadence,
  type CadenceSettings,
} from '@shared/domain/cadence-settings'
import { DEFAULT_QUIET_HOURS } from '@shared/domain/cadence-settings'
import { SettingsSchema, type Settings } from '@shared/domain/settings'
import type { TemplateOverrides } from '@shared/drafts'
import type { HostInfo } from '@shared/ipc/host-info'
import type { Platform } from '@shared/shortcuts'
import { firstTemplateError, sameOverrides } from './template-editing'

/** What the settings form holds while someone types: numbers as typed, workdays in week order. */
export interface SettingsFormValues {
  yourName: string
  signature: string
  timeZone: string
  thankYouDueHours: string
  freshReminderMinutes: string
  /** The nudge right after an interview waits for the morning instead of coming at night. */
  freshReminderWaitsForMorning: boolean
  checkInDays: string
  finalDays: string
  closeSuggestionDays: string
  stayInTouchEnabled: boolean
  stayInTouchDays: string
  reminderTime: string
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday, ascending. */
  workdays: number[]
  /** Quiet hours on, and their span (kept while off, so turning them back on restores it). */
  quietHoursEnabled: boolean
  quietFrom: string
  quietUntil: string
  startAtLogin: boolean
  spellcheck: boolean
  /** The person's own templates, as edited; a template back at its default has no entry. */
  templates: TemplateOverrides
}

export type SettingsField = keyof SettingsFormValues

/**
 * Whether Settings offers "Check my spelling": only the desktop app on Linux and Windows, where
 * checking spelling means downloading a dictionary. macOS checks with its own checker, always,
 * and in the browser edition the person's browser checks spelling as its own settings say.
 */
export function offersSpellcheckChoice(host: HostInfo, platform: Platform): boolean {
  return host.edition === 'desktop' && platform !== 'mac'
}

/** Messages keyed by form field, or `form` for one that belongs to no single field. */
export type SettingsErrors = Readonly<Partial<Record<SettingsField | 'form', string>>>

export const NUMBER_FIELDS = [
  'thankYouDueHours',
  'freshReminderMinutes',
  'checkInDays',
  'finalDays',
  'closeSuggestionDays',
  'stayInTouchDays',
] as const
export type NumberField = (typeof NUMBER_FIELDS)[number]

/** The fields the cadence section's "Reset to defaults" puts back. */
export const CADENCE_FIELDS = [
  'thankYouDueHours',
  'freshReminderMinutes',
  'checkInDays',
  'finalDays',
  'closeSuggestionDays',
  'stayInTouchEnabled',
  'stayInTouchDays',
] as const satisfies readonly (keyof CadenceSettings & SettingsField)[]
export type CadenceField = (typeof CADENCE_FIELDS)[number]

const UNITS: Record<NumberField, readonly [one: string, many: string]> = {
  thankYouDueHours: ['hour', 'hours'],
  freshReminderMinutes: ['minute', 'minutes'],
  checkInDays: ['day', 'days'],
  finalDays: ['day', 'days'],
  closeSuggestionDays: ['day', 'days'],
  stayInTouchDays: ['day', 'days'],
}

/** "1 day", "7 days". */
export function withUnit(field: NumberField, count: number): string {
  const [one, many] = UNITS[field]
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}

/** The unit word shown after a number input: "days". */
export const unitOf = (field: NumberField): string => UNITS[field][1]

/** The smallest and largest value the schema accepts, read from the schema itself. */
export function numberBounds(field: NumberField): { min: number; max: number } {
  const schema = CadenceSettingsSchema.shape[field].unwrap()
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER }
}

export function valuesFromSettings(settings: Settings): SettingsFormValues {
  const { cadence } = settings
  return {
    yourName: settings.yourName,
    signature: settings.signature,
    timeZone: settings.timeZone,
    ...cadenceNumbersAsText(cadence),
    freshReminderWaitsForMorning: cadence.freshReminderWaitsForMorning,
    stayInTouchEnabled: cadence.stayInTouchEnabled,
    reminderTime: cadence.reminderTime,
    workdays: [...cadence.workdays].sort((a, b) => a - b),
    quietHoursEnabled: cadence.quietHours !== null,
    quietFrom: (cadence.quietHours ?? DEFAULT_QUIET_HOURS).from,
    quietUntil: (cadence.quietHours ?? DEFAULT_QUIET_HOURS).until,
    startAtLogin: settings.startAtLogin,
    spellcheck: settings.spellcheck,
    templates: settings.templates,
  }
}

function cadenceNumbersAsText(cadence: CadenceSettings): Record<NumberField, string> {
  return Object.fromEntries(
    NUMBER_FIELDS.map((field) => [field, String(cadence[field])]),
  ) as Record<NumberField, string>
}

/** A whole number as typed, or null when the text is not one. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim()
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : null
}

export type SettingsResult =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors }

/** Form → Settings, checked by the very schema main checks the request with. */
export function settingsFromValues(values: SettingsFormValues): SettingsResult {
  const errors: Partial<Record<SettingsField | 'form', string>> = {}
  const numbers = {} as Record<NumberField, number>
  for (const field of NUMBER_FIELDS) {
    const text = values[field]
    const parsed = parseWholeNumber(text)
    if (parsed === null) {
      errors[field] =
        text.trim() === '' ? `Enter a number of ${unitOf(field)}` : 'Use a whole number'
    }
    // A stand-in that passes, so the schema still checks every other field.
    numbers[field] = parsed ?? numberBounds(field).max
  }

  const candidate = {
    yourName: values.yourName,
    signature: values.signature,
    timeZone: values.timeZone,
    cadence: {
      ...numbers,
      freshReminderWaitsForMorning: values.freshReminderWaitsForMorning,
      stayInTouchEnabled: values.stayInTouchEnabled,
      workdays: [...values.workdays].sort((a, b) => a - b),
      reminderTime: values.reminderTime,
      quietHours: values.quietHoursEnabled
        ? { from: values.quietFrom, until: values.quietUntil }
        : null,
    },
    startAtLogin: values.startAtLogin,
    spellcheck: values.spellcheck,
    templates: values.templates,
  }
  // The editor's own checks (unknown placeholders, a LinkedIn note too long…) go beyond the schema's.
  const templateError = firstTemplateError(values.templates, values)
  if (templateError) errors.templates = templateError
  const parsed = SettingsSchema.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldForPath(issue.path)
      // "Before the thank-you is due" means nothing while the thank-you's own number is wrong.
      // (The cross-check comes last, after any issue of the two numbers themselves.)
      const crossCheck = issue.code === 'custom' && field === 'freshReminderMinutes'
      if (crossCheck && (errors.thankYouDueHours || errors.freshReminderMinutes)) continue
      errors[field] ??= messageFor(field, issue)
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  if (!parsed.success) return { ok: false, errors: { form: 'Check the settings and try again' } }
  return { ok: true, settings: parsed.data }
}

interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  minimum?: unknown
  maximum?: unknown
  origin?: unknown
}

/** Plain words for the schema's bounds; its own messages where it has written them for people. */
function messageFor(field: SettingsField | 'form', issue: Issue): string {
  const isNumber = (NUMBER_FIELDS as readonly string[]).includes(field)
  if (isNumber) {
    const number = field as NumberField
    if (issue.code === 'too_small' && typeof issue.minimum === 'number') {
      return `At least ${withUnit(number, issue.minimum)}`
    }
    if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
      return `At most ${withUnit(number, issue.maximum)}`
    }
    if (issue.code === 'invalid_type') return 'Use a whole number'
  }
  if (issue.origin === 'string' && issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return `Keep it to ${issue.maximum.toLocaleString('en')} characters or fewer`
  }
  if (field === 'reminderTime') return 'Enter a time of day, like 09:00'
  if ((field === 'quietFrom' || field === 'quietUntil') && issue.code !== 'custom') {
    return 'Enter a time of day, like 21:00'
  }
  if (field === 'workdays' && issue.code === 'too_small') return 'Choose at least one workday'
  return issue.message
}

const TOP_LEVEL = new Set<string>([
  'yourName',
  'signature',
  'timeZone',
  'startAtLogin',
  'spellcheck',
  'templates',
])
const CADENCE_LEVEL = new Set<string>([
  ...NUMBER_FIELDS,
  'freshReminderWaitsForMorning',
  'stayInTouchEnabled',
  'reminderTime',
])

/** The form field to blame for a problem at `path` in Settings (zod's, or main's dotted path). */
export function fieldForPath(path: readonly PropertyKey[]): SettingsField | 'form' {
  const [head, leaf] = path
  if (typeof head !== 'string') return 'form'
  if (TOP_LEVEL.has(head)) return head as SettingsField
  if (head === 'cadence' && typeof leaf === 'string') {
    if (CADENCE_LEVEL.has(leaf)) return leaf as SettingsField
    if (leaf === 'workdays') return 'workdays'
    if (leaf === 'quietHours') return path[2] === 'from' ? 'quietFrom' : 'quietUntil'
  }
  return 'form'
}

/** Main names the offending field as a dotted path into its request: `settings.cadence.finalDays`. */
export function fieldForServerError(field: string | undefined): SettingsField | 'form' {
  if (!field) return 'form'
  const segments = field.split('.')
  if (segments[0] === 'settings') segments.shift()
  return fieldForPath(segments)
}

function sameField(a: SettingsFormValues, b: SettingsFormValues, key: SettingsField): boolean {
  if (key === 'templates') return sameOverrides(a.templates, b.templates)
  const x = a[key]
  const y = b[key]
  return Array.isArray(x) && Array.isArray(y)
    ? x.length === y.length && x.every((day, i) => day === y[i])
    : x === y
}

export function sameValues(a: SettingsFormValues, b: SettingsFormValues): boolean {
  return (Object.keys(a) as SettingsField[]).every((key) => sameField(a, b, key))
}

/**
 * The settings changed underneath an open form (a restored backup, an import, a synced file): the
 * form takes the new values, keeping only the fields the person has changed since it opened.
 */
export function rebaseValues(
  edited: SettingsFormValues,
  openedWith: SettingsFormValues,
  now: SettingsFormValues,
): SettingsFormValues {
  const kept = (Object.keys(edited) as SettingsField[]).filter(
    (key) => !sameField(edited, openedWith, key),
  )
  return { ...now, ...Object.fromEntries(kept.map((key) => [key, edited[key]])) }
}

export type CadenceValues = Pick<SettingsFormValues, CadenceField>

/** The cadence section's fields as Foothold ships them. */
export function defaultCadenceValues(): CadenceValues {
  const cadence = defaultCadence()
  return pickCadence({
    ...cadenceNumbersAsText(cadence),
    freshReminderWaitsForMorning: cadence.freshReminderWaitsForMorning,
    stayInTouchEnabled: cadence.stayInTouchEnabled,
  })
}

export function pickCadence(values: Partial<SettingsFormValues>): CadenceValues {
  return Object.fromEntries(CADENCE_FIELDS.map((field) => [field, values[field]])) as CadenceValues
}

/** True when the cadence section already shows the defaults (nothing to reset). */
export function cadenceIsDefault(values: SettingsFormValues): boolean {
  const defaults = defaultCadenceValues()
  return CADENCE_FIELDS.every((field) => values[field] === defaults[field])
}

/** Workdays with `day` ticked or unticked, in week order. */
export function toggleWorkday(workdays: readonly number[], day: number, on: boolean): number[] {
  const rest = workdays.filter((d) => d !== day)
  return (on ? [...rest, day] : rest).sort((a, b) => a - b)
}

/** The first of `sections` that shows a field with a problem, or null. */
export function firstWithError<T extends { fields: readonly SettingsField[] }>(
  sections: readonly T[],
  errors: SettingsErrors,
): T | null {
  return sections.find((section) => hasError(section, errors)) ?? null
}

export function hasError(section: { fields: readonly SettingsField[] }, errors: SettingsErrors) {
  return section.fields.some((field) => errors[field] !== undefined)
}
