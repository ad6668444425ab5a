import { z } from 'zod'
import { CardSchema } from '../domain/card'
import { LIMITS } from '../domain/limits'
import { SettingsSchema, defaultSettings } from '../domain/settings'
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

/**
 * Parses and validates the text of a store file, migrating an older format first, and names the
 * first problem in human terms. `migratedFrom` tells the caller to keep a copy of the original.
 */
export function parseStoreText(
  text: string,
):
  | { ok: true; data: StoreData; migratedFrom: number | null }
  | { ok: false; problem: StoreFileProblem } {
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: (error as Error).message } }
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > STORE_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version } }
  }
  let migratedFrom: number | null = null
  if (
    typeof version === 'number' &&
    version >= OLDEST_READABLE_VERSION &&
    version < STORE_SCHEMA_VERSION
  ) {
    try {
      raw = migrate(raw as Record<string, unknown>, version, STORE_SCHEMA_VERSION)
      migratedFrom = version
    } catch (error) {
      const detail = `cannot upgrade format ${version}: ${(error as Error).message}`
      return { ok: false, problem: { kind: 'invalid', detail } }
    }
  }
  const parsed = StoreDataSchema.safeParse(raw)
  if (!parsed.success) {
    return { ok: false, problem: { kind: 'invalid', detail: locateIssue(raw, parsed.error) } }
  }
  return { ok: true, data: parsed.data, migratedFrom }
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
    const company = Array.isArray(cards)
      ? (cards[Number(index)] as { company?: unknown } | undefined)?.company
      : undefined
    const named =
      typeof company === 'string' && company.trim() ? ` (“${company.trim().slice(0, 60)}”)` : ''
    const where = field.length > 0 ? `, ${field.join('.')}` : ''
    return `interview ${Number(index) + 1}${named}${where}: ${issue.message}`
  }
  return describeIssue(error)
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
      return `the file is not valid JSON (${problem.detail})`
    case 'newer-version':
      return `the file was written by a newer version of Foothold (format ${problem.version}; this version reads format ${STORE_SCHEMA_VERSION})`
    case 'invalid':
      return `the file does not match Foothold's format (${problem.detail})`
    case 'unreadable':
      return `the file could not be read (${problem.detail})`
  }
}
