import type { Card } from '@shared/domain/card'
import type { StoreData } from '@shared/store/store-format'

/** Writes rotate over this many cards, so a file mixing two writes shows up as a wrong slot. */
export const SLOT_COUNT = 40

const slotId = (slot: number) => `slot-${slot}`

/** The number of the last write in the file (0 for a fresh board). */
export function counterOf(data: StoreData): number {
  const n = Number(data.settings.signature)
  return Number.isInteger(n) && n > 0 ? n : 0
}

function slotCard(slot: number, write: number, at: string): Card {
  return {
    id: slotId(slot),
    company: `Company ${slot}`,
    position: 'Engineer',
    jobUrl: '',
    time: { start: at, end: new Date(Date.parse(at) + 3600_000).toISOString(), timeZone: 'UTC' },
    format: 'video',
    interviewers: [],
    topics: [],
    decisionDate: null,
    tone: 'formal',
    notes: `write ${write} ${'·'.repeat(200)}`,
    stage: 'thank-you',
    outcome: null,
    followUps: {
      stages: {
        'thank-you': { sent: [], repliedAt: null },
        'check-in': { sent: [], repliedAt: null },
        final: { sent: [], repliedAt: null },
        closed: { sent: [], repliedAt: null },
      },
      shownReminders: [],
      snoozes: [],
    },
    drafts: [],
    activity: [],
    createdAt: at,
    updatedAt: at,
  }
}

/** Write n: stamps the counter and rewrites slot n mod SLOT_COUNT. */
export function withWrite(data: StoreData, write: number, slots: number): StoreData {
  const at = new Date(Date.UTC(2026, 0, 1) + write * 1000).toISOString()
  const slot = write % slots
  const card = slotCard(slot, write, at)
  const exists = data.cards.some((c) => c.id === card.id)
  return {
    ...data,
    settings: { ...data.settings, signature: String(write) },
    cards: exists ? data.cards.map((c) => (c.id === card.id ? card : c)) : [...data.cards, card],
  }
}

/**
 * Checks that the file is exactly the state after write `counter`: every slot holds the last
 * write to it at or before that number. Returns a description of the first mismatch, or null.
 */
export function inconsistency(data: StoreData, slots: number): string | null {
  const counter = counterOf(data)
  for (let slot = 0; slot < slots; slot++) {
    const expected = latestWriteTo(slot, counter, slots)
    const card = data.cards.find((c) => c.id === slotId(slot))
    const found = card ? Number(/^write (\d+)/.exec(card.notes)?.[1]) : null
    if (expected !== found && !(expected === null && found === null)) {
      return `slot ${slot} holds write ${String(found)}, expected ${String(expected)} (file at write ${counter})`
    }
  }
  return null
}

function latestWriteTo(slot: number, counter: number, slots: number): number | null {
  if (counter === 0) return null
  const latest = counter - ((((counter - slot) % slots) + slots) % slots)
  return latest >= 1 ? latest : null
}
