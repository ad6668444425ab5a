import { z } from 'zod'
import { CardSchema } from '../domain/card'
import type { Card } from '../domain/card'
import { LIMITS } from '../domain/limits'
import { SettingsSchema, defaultSettings } from '../domain/settings'
import { quotedFileText } from '../safe-text'
import { arrayItemSpans } from './json-spans'
import { migrate } from './migrations'

/** Bump when the file's shape changes, and describe the change in docs/store-format.md. */
export const STORE_SCHEMA_VERSION = 4
/** The oldest format this version can still read, by migrating it. */
export const OLDEST_READABLE_VERSION = 1

export const StoreDataSchema = z.strictObject({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  /** False only on a first run, until the welcome is finished or skipped. */
  onboarded: z.boolean(),
  settings: SettingsSchema,
  cards: z
    .array(CardSchema)
    .max(LIMITS.cards)
    .refine((cards) => new Set(cards.map((c) => c.id)).size === cards.length, {
      message: 'Two cards share an id',
    }),
})
export type StoreData = z.infer<typeof StoreDataSchema>

/** A board with no interviews; `onboarded: false` only for a brand-new data folder. */
export function emptyStore(timeZone: string, onboarded = true): StoreData {
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    onboarded,
    settings: defaultSettings(timeZone),
    cards: [],
  }
}

export type StoreFileProblem =
  | { kind: 'empty' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; detail: string }
  /** The file exists but could not be read at all (a folder in its place, no permission). */
  | { kind: 'unreadable'; detail: string }

/** Editors on Windows start a UTF-8 file with a byte-order mark; JSON.parse refuses it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** A store file's JSON, upgraded to the current format but not yet validated. */
type Raw =
  | { ok: true; raw: unknown; original: unknown; text: string; migratedFrom: number | null }
  | { ok: false; problem: StoreFileProblem }

function readRaw(fileText: string): Raw {
  const text = withoutByteOrderMark(fileText)
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } }
  let original: unknown
  try {
    original = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: (error as Error).message } }
  }
  const version = (original as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > STORE_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version } }
  }
  if (
    typeof version === 'number' &&
    version >= OLDEST_READABLE_VERSION &&
    version < STORE_SCHEMA_VERSION
  ) {
    try {
      const raw = migrate(original as Record<string, unknown>, version, STORE_SCHEMA_VERSION)
      return { ok: true, raw, original, text, migratedFrom: version }
    } catch (error) {
      const detail = `cannot upgrade format ${version}: ${(error as Error).message}`
      return { ok: false, problem: { kind: 'invalid', detail } }
    }
  }
  return { ok: true, raw: original, original, text, migratedFrom: null }
}

/**
 * Parses and validates the text of a store file, migrating an older format first, and names the
 * first problem in human terms. `migratedFrom` tells the caller to keep a copy of the original.
 * All or nothing: for a file that replaces the board (an import, a backup restored).
 */
export function parseStoreText(
  text: string,
):
  | { ok: true; data: StoreData; migratedFrom: number | null }
  | { ok: false; problem: StoreFileProblem } {
  const read = readRaw(text)
  if (!read.ok) return read
  const parsed = StoreDataSchema.safeParse(read.raw)
  if (!parsed.success) return invalid(read.raw, parsed.error)
  return { ok: true, data: parsed.data, migratedFrom: read.migratedFrom }
}

/** An interview in the store file that could not be read, to be kept aside whole. */
export interface UnreadableCard {
  /** Its place in the file's list of interviews, from 1. */
  number: number
  /** The card exactly as the file has it: JSON text. */
  text: string
  /** What is wrong, in a person's terms, e.g. `time.end: The interview must end after it starts`. */
  reason: string
  /** What names it to a person, when the file has it as text (the file's own, unchecked). */
  company: string | null
  position: string | null
}

export type StoreSalvage =
  | { ok: true; data: StoreData; migratedFrom: number | null; unreadable: UnreadableCard[] }
  | { ok: false; problem: StoreFileProblem }

/** The file as a whole, with each card left to be validated on its own. */
const StoreShellSchema = StoreDataSchema.extend({ cards: z.array(z.unknown()) })

/**
 * Like parseStoreText, but one bad card does not make the whole file unreadable: every card that
 * validates is kept, and each one that does not (or repeats an earlier card's id, or is past the
 * limit) is returned whole with the reason, for the caller to keep aside. Anything wrong outside
 * the cards (not JSON, not an object, bad settings) is still a problem with the whole file.
 */
export function salvageStoreText(text: string): StoreSalvage {
  const read = readRaw(text)
  if (!read.ok) return read
  const whole = StoreDataSchema.safeParse(read.raw)
  if (whole.success) {
    return { ok: true, data: whole.data, migratedFrom: read.migratedFrom, unreadable: [] }
  }
  const shell = StoreShellSchema.safeParse(read.raw)
  if (!shell.success) return invalid(read.raw, shell.error)
  const cards: Card[] = []
  const ids = new Set<string>()
  const unreadable: UnreadableCard[] = []
  let spans: string[] | null | undefined
  shell.data.cards.forEach((raw, index) => {
    const card = CardSchema.safeParse(raw)
    const reason = !card.success
      ? cardIssues(card.error)
      : ids.has(card.data.id)
        ? `id: An earlier interview in the file has the same id (${card.data.id})`
        : cards.length >= LIMITS.cards
          ? `The file holds more than ${LIMITS.cards.toLocaleString('en')} interviews`
          : null
    if (card.success && reason === null) {
      cards.push(card.data)
      ids.add(card.data.id)
      return
    }
    // The text as written: the original, before any upgrade of its format.
    spans ??= arrayItemSpans(read.text, 'cards')
    const original = (read.original as { cards?: unknown[] }).cards?.[index]
    unreadable.push({
      number: index + 1,
      text: spans?.[index] ?? JSON.stringify(original ?? raw),
      reason: reason ?? 'Invalid data',
      company: textField(raw, 'company'),
      position: textField(raw, 'position'),
    })
  })
  const data = StoreDataSchema.safeParse({ ...shell.data, cards })
  if (!data.success) return invalid(read.raw, data.error)
  return { ok: true, data: data.data, migratedFrom: read.migratedFrom, unreadable }
}

function invalid(raw: unknown, error: z.ZodError): { ok: false; problem: StoreFileProblem } {
  return { ok: false, problem: { kind: 'invalid', detail: locateIssue(raw, error) } }
}

function textField(raw: unknown, field: string): string | null {
  const value = (raw as Record<string, unknown> | null)?.[field]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

// A card can be wrong in many places; the first few say enough to find them.
const LISTED_ISSUES = 3
const MAX_ISSUE = 200

/** Every problem with one card, up to a few: `time.end: …; email: …`. */
function cardIssues(error: z.ZodError): string {
  const listed = error.issues.slice(0, LISTED_ISSUES).map((issue) => {
    const where = issue.path.map(String).join('.')
    return quotedFileText(where ? `${where}: ${issue.message}` : issue.message, MAX_ISSUE)
  })
  const more = error.issues.length - listed.length
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ')
}

/**
 * Where the first problem is, in a person's terms: which interview (by number and company) and
 * which field, e.g. `interview 4 (“Acme”), time.end: The interview must end after it starts`.
 */
export function locateIssue(raw: unknown, error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'Invalid data'
  const [top, index, ...field] = issue.path.map(String)
  if (top === 'cards' && index !== undefined && /^\d+$/.test(index)) {
    const cards = (raw as { cards?: unknown } | null)?.cards
    const company = Array.isArray(cards) ? textField(cards[Number(index)], 'company') : null
    const named = company ? ` (“${quotedFileText(company, 60)}”)` : ''
    const where = field.length > 0 ? `, ${field.join('.')}` : ''
    return quotedFileText(`interview ${Number(index) + 1}${named}${where}: ${issue.message}`, 300)
  }
  return quotedFileText(describeIssue(error), 300)
}

/** One readable sentence for the first validation issue, e.g. `cards.3.company: Company is required`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'Invalid data'
  const where = issue.path.map(String).join('.')
  return where ? `${where}: ${issue.message}` : issue.message
}

export function describeProblem(problem: StoreFileProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'the file is empty'
    case 'not-json':
      return `the file is not valid JSON (${quotedFileText(problem.detail, 200)})`
    case 'newer-version':
      return `the file was written by a newer version of Foothold (format ${problem.version}; this version reads format ${STORE_SCHEMA_VERSION})`
    case 'invalid':
      return `the file does not match Foothold's format (${problem.detail})`
    case 'unreadable':
      return `the file could not be read (${problem.detail})`
  }
}
