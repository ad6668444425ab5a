import { STAGE_LABELS, type Card, type Stage } from '../../../shared/domain/interview'
import { listNames } from '../common/list-names'

/** What a stage's message is called in a sentence: "the thank-you", "the check-in". */
export const STAGE_MESSAGE: Record<Stage, string> = {
  'thank-you': 'thank-you',
  'check-in': 'check-in',
  final: 'final follow-up',
  closed: 'stay-in-touch note',
}

function recipients(card: Pick<Card, 'interviewers'>, who: 'all' | readonly string[]): string {
  const all = card.interviewers
  if (who === 'all' || (all.length > 1 && all.every((i) => who.includes(i.id)))) {
    return all.length === 1 ? all[0]!.name : 'all interviewers'
  }
  const names = all.filter((i) => who.includes(i.id)).map((i) => i.name)
  return names.length > 0 ? listNames(names) : 'them'
}

/** The toast after "Mark sent": says who, and where the card went if it moved on by itself. */
export function markSentMessage(
  card: Pick<Card, 'company' | 'interviewers'>,
  stage: Stage,
  who: 'all' | readonly string[],
  advancedTo: Stage | null,
): string {
  const to = recipients(card, who)
  if (advancedTo !== null) {
    return `Sent to ${to} — moved ${card.company} to ${STAGE_LABELS[advancedTo]}`
  }
  return `Marked the ${STAGE_MESSAGE[stage]} to ${to} as sent`
}

export function repliedMessage(card: Pick<Card, 'company' | 'stage'>): string {
  return `Noted that ${card.company} replied — no more ${STAGE_MESSAGE[card.stage]} reminders`
}

/** The toast after saving a card's details; an edit that completed its stage moved it on. */
export function savedMessage(before: Pick<Card, 'stage'>, saved: Pick<Card, 'company' | 'stage'>) {
  if (saved.stage === before.stage) return `Saved changes to ${saved.company}`
  return `Saved changes to ${saved.company} — everyone on it has their ${STAGE_MESSAGE[before.stage]}, so it moved to ${STAGE_LABELS[saved.stage]}`
}
