import { defaultCadence } from '../domain/cadence-settings'
import { emptyFollowUps } from '../domain/follow-up-state'

type RawStore = Record<string, unknown>

/**
 * Each step turns a file of version N into version N + 1, on the raw JSON, before validation.
 * Steps never drop what the person entered; a step that cannot apply throws and the file is kept
 * aside like any other unreadable file.
 */
export const MIGRATIONS: Record<number, (raw: RawStore) => RawStore> = {
  // 1 → 2: follow-up progress on each card, cadence settings, start at login (off).
  1: (raw) => {
    const { settings, cards } = parts(raw)
    return {
      ...raw,
      schemaVersion: 2,
      settings: { ...settings, cadence: defaultCadence(), startAtLogin: false },
      cards: cards.map((card) => ({ ...card, followUps: emptyFollowUps() })),
    }
  },
  // 2 → 3: drafts the person edits are kept on each card; edited templates live in settings.
  2: (raw) => {
    const { settings, cards } = parts(raw)
    return {
      ...raw,
      schemaVersion: 3,
      settings: { ...settings, templates: {} },
      cards: cards.map((card) => ({ ...card, drafts: [] })),
    }
  },
  // 3 → 4: a board that already exists is past its first run. (Sample cards are marked with an
  // optional `sample`, absent on the person's own cards, so cards need no change.)
  3: (raw) => {
    parts(raw)
    return { ...raw, schemaVersion: 4, onboarded: true }
  },
}

function parts(raw: RawStore): { settings: RawStore; cards: RawStore[] } {
  const settings = raw.settings as RawStore
  const cards = raw.cards as RawStore[]
  if (typeof settings !== 'object' || settings === null || !Array.isArray(cards)) {
    throw new Error('settings or cards missing')
  }
  return { settings, cards }
}

/** Applies every step from `from` up to `to`, in order. */
export function migrate(raw: RawStore, from: number, to: number): RawStore {
  let current = raw
  for (let version = from; version < to; version++) {
    const step = MIGRATIONS[version]
    if (!step) throw new Error(`no migration from format ${version}`)
    current = step(current)
  }
  return current
}
