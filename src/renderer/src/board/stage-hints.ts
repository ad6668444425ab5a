import type { Stage } from '@shared/domain/interview'

/** One line under each column title: what the stage asks of you. */
export const STAGE_HINTS: Record<Stage, string> = {
  'thank-you': 'Thank each interviewer within a day.',
  'check-in': 'Ask about next steps when it is time.',
  final: 'One last friendly nudge.',
  closed: 'Done. Note how it ended.',
}
