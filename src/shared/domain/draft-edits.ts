import { z } from 'zod'
import { DRAFT_CHANNELS } from '../drafts/templates'
import type { DraftChannel } from '../drafts/templates'
import { TEMPLATE_LIMITS } from '../drafts/overrides'
import type { Card, Stage } from './interview'
import { IdSchema, STAGES } from './interview'
import { LIMITS } from './limits'
import { InstantSchema } from './time'

/** A draft the person changed by hand: kept with the card until they reset it to the template. */
export const DraftEditSchema = z.strictObject({
  stage: z.enum(STAGES),
  interviewerId: IdSchema,
  channel: z.enum(DRAFT_CHANNELS),
  subject: z.string().max(TEMPLATE_LIMITS.subject, `At most ${TEMPLATE_LIMITS.subject} characters`),
  body: z.string().max(TEMPLATE_LIMITS.body, `At most ${TEMPLATE_LIMITS.body} characters`),
  editedAt: InstantSchema,
})
export type DraftEdit = z.infer<typeof DraftEditSchema>

/** One per stage, interviewer and channel at most. */
export const MAX_DRAFT_EDITS = STAGES.length * LIMITS.interviewers * DRAFT_CHANNELS.length

export const DraftEditsSchema = z
  .array(DraftEditSchema)
  .max(MAX_DRAFT_EDITS)
  .refine((edits) => new Set(edits.map(draftEditKey)).size === edits.length, {
    message: 'Two edits of the same draft',
  })

export interface DraftAddress {
  stage: Stage
  interviewerId: string
  channel: DraftChannel
}

export function draftEditKey({ stage, interviewerId, channel }: DraftAddress): string {
  return `${stage}:${interviewerId}:${channel}`
}

export function findDraftEdit(card: Pick<Card, 'drafts'>, address: DraftAddress): DraftEdit | null {
  const key = draftEditKey(address)
  return card.drafts.find((edit) => draftEditKey(edit) === key) ?? null
}

/** Keeps the person's own wording for this draft, replacing an earlier edit of it. */
export function saveDraftEdit(
  card: Card,
  edit: DraftAddress & { subject: string; body: string },
  now: Date,
): Card {
  const key = draftEditKey(edit)
  const at = now.toISOString()
  const kept: DraftEdit = {
    stage: edit.stage,
    interviewerId: edit.interviewerId,
    channel: edit.channel,
    subject: edit.subject,
    body: edit.body,
    editedAt: at,
  }
  return {
    ...card,
    drafts: [...card.drafts.filter((d) => draftEditKey(d) !== key), kept],
    updatedAt: at,
  }
}

/** Back to the template's wording. */
export function resetDraftEdit(card: Card, address: DraftAddress, now: Date): Card {
  const key = draftEditKey(address)
  if (!card.drafts.some((d) => draftEditKey(d) === key)) return card
  return {
    ...card,
    drafts: card.drafts.filter((d) => draftEditKey(d) !== key),
    updatedAt: now.toISOString(),
  }
}
