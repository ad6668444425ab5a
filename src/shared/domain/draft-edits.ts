import { z } from 'zod'
import { DRAFT_CHANNELS } from './template-keys'
import type { DraftChannel } from './template-keys'
import { TEMPLATE_LIMITS } from './template-overrides'
import type { Stage } from './interview'
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

/** What of a card its drafts live in (the card itself is defined on top of this file's schemas). */
interface WithDrafts {
  drafts: DraftEdit[]
  updatedAt: string
}

export function findDraftEdit(
  card: Pick<WithDrafts, 'drafts'>,
  address: DraftAddress,
): DraftEdit | null {
  const key = draftEditKey(address)
  return card.drafts.find((edit) => draftEditKey(edit) === key) ?? null
}

/** Keeps the person's own wording for this draft, replacing an earlier edit of it. */
export function saveDraftEdit<C extends WithDrafts>(
  card: C,
  edit: DraftAddress & { subject: string; body: string },
  now: Date,
): C {
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
export function resetDraftEdit<C extends WithDrafts>(card: C, address: DraftAddress, now: Date): C {
  const key = draftEditKey(address)
  if (!card.drafts.some((d) => draftEditKey(d) === key)) return card
  return {
    ...card,
    drafts: card.drafts.filter((d) => draftEditKey(d) !== key),
    updatedAt: now.toISOString(),
  }
}
