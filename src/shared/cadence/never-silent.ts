import type { Card } from '../domain/card'
import { isSample } from '../sample/is-sample'
import type { FollowUpItem } from './plan'
import { nextDue } from './plan'
import { stageEnteredAt, visitProgress } from './visit'

/**
 * Why a card has no follow-up to send next, each shown on the card in words: a closed card shows
 * its outcome, a reply stops that stage's reminders, and a card without interviewers asks for them.
 */
export type QuietReason = 'closed' | 'replied' | 'no-interviewers'

/**
 * Where a card stands: its next follow-up; or quiet, for a reason it shows; or silent — open, with
 * nothing planned and no reason, which the rule below rules out.
 */
export type Standing =
  { kind: 'next'; item: FollowUpItem } | { kind: 'quiet'; reason: QuietReason } | { kind: 'silent' }

export function standingOf(card: Card, plan: readonly FollowUpItem[]): Standing {
  if (card.stage === 'closed') return { kind: 'quiet', reason: 'closed' }
  if (visitProgress(card, card.followUps, card.stage).repliedAt !== null) {
    return { kind: 'quiet', reason: 'replied' }
  }
  const item = nextDue(plan)
  if (item !== null) return { kind: 'next', item }
  if (card.interviewers.length === 0) return { kind: 'quiet', reason: 'no-interviewers' }
  return { kind: 'silent' }
}

const isInstant = (value: string) => Number.isFinite(Date.parse(value))

/**
 * The rule "an open card is never silent": every card that is not closed, and not waiting on a
 * reply the person marked, has a follow-up still to send, with a due time and a reminder planned
 * for it, or a reason its card shows. A card moved into its stage is planned from the move: its
 * next follow-up is never due before it got there. (Sample cards are never reminded; they say so.)
 *
 * Null when the rule holds for this card and its plan, else what is wrong, in a sentence.
 */
export function silenceOf(card: Card, plan: readonly FollowUpItem[]): string | null {
  const standing = standingOf(card, plan)
  if (standing.kind === 'quiet') return null
  const where = `${card.company} (${card.id}, ${card.stage})`
  if (standing.kind === 'silent') return `${where} has nothing left to send and says nothing why`
  const { item } = standing
  if (!isInstant(item.dueAt)) return `${where}: ${item.key} has no due time`
  if (!isSample(card) && !isInstant(item.remindAt)) {
    return `${where}: ${item.key} has no reminder planned`
  }
  const entered = stageEnteredAt(card)
  if (entered !== null && Date.parse(item.dueAt) < entered.getTime()) {
    return `${where}: ${item.key} is due ${item.dueAt}, before the card moved there at ${entered.toISOString()}`
  }
  return null
}
