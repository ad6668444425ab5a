import type { Stage } from '@shared/domain/interview'

/** What a stage's message is called in a sentence: "the thank-you", "the check-in". */
export const STAGE_MESSAGE: Record<Stage, string> = {
  'thank-you': 'thank-you',
  'check-in': 'check-in',
  final: 'final follow-up',
  closed: 'stay-in-touch note',
}
