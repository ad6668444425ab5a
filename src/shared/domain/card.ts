import { z } from 'zod'
import { FollowUpStateSchema } from './follow-up-state'
import { DraftEditsSchema } from './draft-edits'
import { ActivitySchema, IdSchema, InterviewDetailsSchema, OUTCOMES, STAGES } from './interview'
import { LIMITS } from './limits'
import { InstantSchema } from './time'

/** One interview on the board: what the person entered, where it stands, and what happened. */
export const CardSchema = InterviewDetailsSchema.extend({
  id: IdSchema,
  stage: z.enum(STAGES),
  outcome: z.enum(OUTCOMES).nullable(),
  followUps: FollowUpStateSchema,
  /** Drafts the person edited; every other draft is rendered from its template when shown. */
  drafts: DraftEditsSchema,
  /** Made up by Foothold to show how the board works; never reminded about, removable at once. */
  sample: z.literal(true).optional(),
  activity: z.array(ActivitySchema).max(LIMITS.activity),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
}).refine((card) => (card.stage === 'closed') === (card.outcome !== null), {
  message: 'A closed card needs an outcome, and only a closed card has one',
  path: ['outcome'],
})
export type Card = z.infer<typeof CardSchema>
