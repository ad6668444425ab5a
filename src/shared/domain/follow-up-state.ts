import { z } from 'zod'
import { IdSchema } from './interview'
import type { Stage } from './interview'
import { InstantSchema } from './time'

/**
 * What the user has done about a card's follow-ups. It is meant to be persisted on the card (as
 * `card.followUps`); everything else about follow-ups is recomputed from the card and the settings.
 */

// Generous bounds: a card has at most 20 interviewers, 4 stages, and one close suggestion.
const MAX_SENT_PER_STAGE = 100
const MAX_REMINDER_RECORDS = 500

/**
 * `cardId:stage:interviewerId` for a follow-up, `cardId:close-suggestion` for the suggestion to close.
 * Ids cannot contain `:`, so a key never collides with another.
 */
export const ReminderKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9_-]{1,64}){1,2}$/, 'Malformed reminder key')

export function followUpKey(cardId: string, stage: Stage, interviewerId: string): string {
  return `${cardId}:${stage}:${interviewerId}`
}

export function closeSuggestionKey(cardId: string): string {
  return `${cardId}:close-suggestion`
}

const SentSchema = z.strictObject({ interviewerId: IdSchema, sentAt: InstantSchema })

function uniqueBy<T>(pick: (item: T) => string): (list: readonly T[]) => boolean {
  return (list) => new Set(list.map(pick)).size === list.length
}

export const StageProgressSchema = z.strictObject({
  /** One entry per interviewer who has been sent this stage's message. */
  sent: z
    .array(SentSchema)
    .max(MAX_SENT_PER_STAGE)
    .refine(
      uniqueBy((s: { interviewerId: string }) => s.interviewerId),
      { message: 'Sent twice to one interviewer' },
    )
    .default(() => []),
  /** "They replied": stops every reminder of this stage. */
  repliedAt: InstantSchema.nullable().default(null),
})
export type StageProgress = z.infer<typeof StageProgressSchema>

const progress = () => StageProgressSchema.prefault({})

export const ShownReminderSchema = z.strictObject({ key: ReminderKeySchema, at: InstantSchema })
export const SnoozeSchema = z.strictObject({ key: ReminderKeySchema, until: InstantSchema })

export const FollowUpStateSchema = z.strictObject({
  stages: z
    .strictObject({
      'thank-you': progress(),
      'check-in': progress(),
      final: progress(),
      /** Only the optional stay-in-touch nudge is "sent" in this stage. */
      closed: progress(),
    })
    .prefault({}),
  /** When each reminder was last shown, so catching up after sleep or a restart shows it once. */
  shownReminders: z
    .array(ShownReminderSchema)
    .max(MAX_REMINDER_RECORDS)
    .refine(
      uniqueBy((r: { key: string }) => r.key),
      { message: 'Duplicate reminder' },
    )
    .default(() => []),
  /** A snoozed reminder fires once at `until` (or at its planned time, whichever is later). */
  snoozes: z
    .array(SnoozeSchema)
    .max(MAX_REMINDER_RECORDS)
    .refine(
      uniqueBy((s: { key: string }) => s.key),
      { message: 'Duplicate snooze' },
    )
    .default(() => []),
})
export type FollowUpState = z.infer<typeof FollowUpStateSchema>

export function emptyFollowUps(): FollowUpState {
  const none = (): StageProgress => ({ sent: [], repliedAt: null })
  return {
    stages: { 'thank-you': none(), 'check-in': none(), final: none(), closed: none() },
    shownReminders: [],
    snoozes: [],
  }
}

export function sentAtOf(state: FollowUpState, stage: Stage, interviewerId: string): string | null {
  return state.stages[stage].sent.find((s) => s.interviewerId === interviewerId)?.sentAt ?? null
}

export function repliedAtOf(state: FollowUpState, stage: Stage): string | null {
  return state.stages[stage].repliedAt
}

export function shownAtOf(state: FollowUpState, key: string): string | null {
  return state.shownReminders.find((r) => r.key === key)?.at ?? null
}

export function snoozedUntilOf(state: FollowUpState, key: string): string | null {
  return state.snoozes.find((s) => s.key === key)?.until ?? null
}
