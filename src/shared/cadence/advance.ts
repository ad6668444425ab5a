import { moveCard } from '../domain/board'
import type { Stage } from '../domain/interview'
import type { Card } from '../domain/card'
import type { FollowUpState, StageProgress } from '../domain/follow-up-state'
import type { Visit } from './visit'
import { inVisit, visitOf, visitProgress } from './visit'

/** Pure updates of a card's follow-up progress. Each returns new state and never mutates its input. */

export class FollowUpError extends Error {}

/** Interviewer ids, or every interviewer on the card. */
export type Recipients = readonly string[] | 'all'

function withStage(
  state: FollowUpState,
  stage: Stage,
  change: (progress: StageProgress) => StageProgress,
): FollowUpState {
  return { ...state, stages: { ...state.stages, [stage]: change(state.stages[stage]) } }
}

function resolveRecipients(card: Pick<Card, 'interviewers'>, who: Recipients): string[] {
  const onCard = card.interviewers.map((i) => i.id)
  if (who === 'all') return onCard
  const unknown = who.filter((id) => !onCard.includes(id))
  if (unknown.length > 0) throw new FollowUpError(`Not an interviewer on this card: ${unknown[0]}`)
  return [...new Set(who)]
}

/**
 * Records that a stage's message went out to these interviewers at `at`. A message already recorded
 * in this visit keeps its first time, so pressing "sent" twice cannot push the next follow-up later;
 * one from an earlier visit of the stage (outside `since`, see visit.ts) gives way to this one.
 */
export function markSent(
  followUps: FollowUpState,
  card: Pick<Card, 'interviewers'>,
  stage: Stage,
  who: Recipients,
  at: Date,
  since: Visit | null = null,
): FollowUpState {
  const ids = resolveRecipients(card, who)
  return withStage(followUps, stage, (progress) => {
    const current = new Set(
      progress.sent.filter((s) => inVisit(s.sentAt, since)).map((s) => s.interviewerId),
    )
    const added = ids.filter((id) => !current.has(id))
    if (added.length === 0) return progress
    const replaced = new Set(added)
    return {
      ...progress,
      sent: [
        ...progress.sent.filter((s) => !replaced.has(s.interviewerId)),
        ...added.map((interviewerId) => ({ interviewerId, sentAt: at.toISOString() })),
      ],
    }
  })
}

/**
 * "They replied": every reminder of this stage stops; the user decides where the card goes next.
 * A reply from an earlier visit of the stage (outside `since`) gives way.
 */
export function markReplied(
  followUps: FollowUpState,
  stage: Stage,
  at: Date,
  since: Visit | null = null,
): FollowUpState {
  const { repliedAt } = followUps.stages[stage]
  if (repliedAt !== null && inVisit(repliedAt, since)) return followUps
  return withStage(followUps, stage, (progress) => ({ ...progress, repliedAt: at.toISOString() }))
}

/** True when every interviewer on the card has been sent this stage's message, in this visit. */
export function isStageComplete(
  card: Pick<Card, 'interviewers' | 'stage' | 'activity'>,
  followUps: FollowUpState,
  stage: Stage,
): boolean {
  const sent = new Set(visitProgress(card, followUps, stage).sent.map((s) => s.interviewerId))
  return card.interviewers.length > 0 && card.interviewers.every((i) => sent.has(i.id))
}

const STAGE_AFTER: Record<Stage, Stage | null> = {
  'thank-you': 'check-in',
  'check-in': 'final',
  // Closing needs an outcome, which only the user can give: the close suggestion asks for it.
  final: null,
  closed: null,
}

/** The stage a card moves to by itself once its current stage is complete, if any. */
export function stageToAdvanceTo(
  card: Pick<Card, 'stage' | 'interviewers' | 'activity'>,
  followUps: FollowUpState,
): Stage | null {
  const next = STAGE_AFTER[card.stage]
  return next !== null && isStageComplete(card, followUps, card.stage) ? next : null
}

/**
 * Marks a message sent and, when that completes the card's current stage, moves the card on (logged
 * in its activity at the same instant, which is also where the next stage is planned from).
 */
export function sendAndAdvance(
  card: Card,
  followUps: FollowUpState,
  stage: Stage,
  who: Recipients,
  now: Date,
): { card: Card; followUps: FollowUpState } {
  const updated = markSent(followUps, card, stage, who, now, visitOf(card, stage))
  const next = stage === card.stage ? stageToAdvanceTo(card, updated) : null
  return { card: next === null ? card : moveCard(card, next, null, now), followUps: updated }
}
