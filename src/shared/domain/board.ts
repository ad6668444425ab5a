import type { Activity, InterviewDetails, Outcome, Stage } from './interview'
import type { Card } from './card'
import { OUTCOME_LABELS, STAGES, STAGE_LABELS } from './interview'
import { emptyFollowUps } from './follow-up-state'
import { LIMITS } from './limits'

/** Pure board operations. Each returns a new card and never mutates its input. */

function appendActivity(log: readonly Activity[], entry: Activity): Activity[] {
  const next = [...log, entry]
  // Keep the first entry (when the card was created) and the most recent ones.
  return next.length > LIMITS.activity ? [next[0]!, ...next.slice(-(LIMITS.activity - 1))] : next
}

export function createCard(details: InterviewDetails, id: string, now: Date): Card {
  const at = now.toISOString()
  return {
    ...details,
    id,
    stage: 'thank-you',
    outcome: null,
    followUps: emptyFollowUps(),
    drafts: [],
    activity: [{ kind: 'created', at }],
    createdAt: at,
    updatedAt: at,
  }
}

const DETAIL_FIELDS = [
  'company',
  'position',
  'jobUrl',
  'time',
  'format',
  'interviewers',
  'topics',
  'decisionDate',
  'tone',
  'notes',
] as const satisfies readonly (keyof InterviewDetails)[]

/** Names of the detail fields whose value differs; the order is stable for the activity log. */
export function changedFields(card: InterviewDetails, details: InterviewDetails): string[] {
  return DETAIL_FIELDS.filter((f) => JSON.stringify(card[f]) !== JSON.stringify(details[f]))
}

export function updateCard(card: Card, details: InterviewDetails, now: Date): Card {
  const fields = changedFields(card, details)
  if (fields.length === 0) return card
  const at = now.toISOString()
  return {
    ...card,
    ...details,
    activity: appendActivity(card.activity, { kind: 'edited', at, fields }),
    updatedAt: at,
  }
}

export class MoveError extends Error {}

export function moveCard(card: Card, to: Stage, outcome: Outcome | null, now: Date): Card {
  if (to === 'closed' && outcome === null) {
    throw new MoveError('Choose an outcome to close this card')
  }
  if (to !== 'closed' && outcome !== null) {
    throw new MoveError('Only a closed card has an outcome')
  }
  if (card.stage === to && card.outcome === outcome) return card
  const at = now.toISOString()
  const entry: Activity =
    outcome === null
      ? { kind: 'moved', at, from: card.stage, to }
      : { kind: 'moved', at, from: card.stage, to, outcome }
  return {
    ...card,
    stage: to,
    outcome,
    activity: appendActivity(card.activity, entry),
    updatedAt: at,
  }
}

/** Adds an entry to the card's log. */
export function logActivity(card: Card, entry: Activity, now: Date): Card {
  return { ...card, activity: appendActivity(card.activity, entry), updatedAt: now.toISOString() }
}

export function markRestored(card: Card, now: Date): Card {
  const at = now.toISOString()
  return {
    ...card,
    activity: appendActivity(card.activity, { kind: 'restored', at }),
    updatedAt: at,
  }
}

/** Cards of one stage, the oldest interview first: it is the one whose follow-up is most pressing. */
export function cardsInStage(cards: readonly Card[], stage: Stage): Card[] {
  return cards
    .filter((c) => c.stage === stage)
    .sort((a, b) => a.time.start.localeCompare(b.time.start) || a.id.localeCompare(b.id))
}

export function nextStage(stage: Stage): Stage | null {
  const index = STAGES.indexOf(stage)
  return index < STAGES.length - 1 ? STAGES[index + 1]! : null
}

/** What the person should do next for this card, in a few words. */
export function nextAction(card: Card): string {
  const people = card.interviewers.length
  switch (card.stage) {
    case 'thank-you':
      if (people === 0) return 'Add who interviewed you'
      return people === 1 ? 'Send a thank-you note' : `Send ${people} thank-you notes`
    case 'check-in':
      return card.decisionDate ? 'Check in after their decision date' : 'Check in about next steps'
    case 'final':
      return 'Send one last, friendly follow-up'
    case 'closed':
      return `Closed: ${OUTCOME_LABELS[card.outcome ?? 'no-response']}`
  }
}

export function describeMove(
  card: Pick<Card, 'company'>,
  to: Stage,
  outcome: Outcome | null,
): string {
  const where = outcome ? `${STAGE_LABELS[to]} (${OUTCOME_LABELS[outcome]})` : STAGE_LABELS[to]
  return `Moved ${card.company} to ${where}`
}

/** Up to two letters for an avatar: "Ada Lovelace" → "AL", "cher" → "C". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return '?'
  const first = words[0]!
  const last = words.length > 1 ? words[words.length - 1]! : ''
  return (Array.from(first)[0]! + (last ? Array.from(last)[0]! : '')).toUpperCase()
}

/** Case- and accent-insensitive match on company, position and interviewer names. */
export function matchesQuery(card: Card, query: string): boolean {
  const needle = fold(query.trim())
  if (needle === '') return true
  const haystack = [card.company, card.position, ...card.interviewers.map((i) => i.name)]
  return haystack.some((text) => fold(text).includes(needle))
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}
