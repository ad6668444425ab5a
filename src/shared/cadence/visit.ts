import type { Stage } from '../domain/interview'
import type { Card } from '../domain/card'
import type { FollowUpState, StageProgress } from '../domain/follow-up-state'

/**
 * A card can be in a stage more than once: moved back to redo a step, moved on and back, reopened
 * after closing. Each stay is a visit. What was sent or replied during an earlier visit is history;
 * it is not the answer of the visit the card is in now, which is planned from the move.
 */
export interface Visit {
  /** When the card last moved into the stage. */
  enteredAt: Date
  /** When it last left the stage before that, if it ever did. */
  leftBefore: Date | null
}

/** The card's current visit of its stage; null if it has been there since it was created. */
export function currentVisit(card: Pick<Card, 'stage' | 'activity'>): Visit | null {
  const { activity, stage } = card
  for (let i = activity.length - 1; i >= 0; i--) {
    const entry = activity[i]!
    // A closed card given another outcome is still in the same stay.
    if (entry.kind !== 'moved' || entry.to !== stage || entry.from === stage) continue
    for (let j = i - 1; j >= 0; j--) {
      const earlier = activity[j]!
      if (earlier.kind === 'moved' && earlier.from === stage && earlier.to !== stage) {
        return { enteredAt: new Date(entry.at), leftBefore: new Date(earlier.at) }
      }
    }
    return { enteredAt: new Date(entry.at), leftBefore: null }
  }
  return null
}

/** When the card last moved into its current stage, read from its activity log. */
export function stageEnteredAt(card: Pick<Card, 'stage' | 'activity'>): Date | null {
  return currentVisit(card)?.enteredAt ?? null
}

/** The current visit of `stage` when the card is there now; else null (every record counts). */
export function visitOf(card: Pick<Card, 'stage' | 'activity'>, stage: Stage): Visit | null {
  return stage === card.stage ? currentVisit(card) : null
}

/**
 * True when a record made at `at` belongs to `visit`. A message that completes a stage moves the
 * card on at the same instant, so a record made as the card arrived counts, but one made as it
 * left the stage last time does not, even when the two instants are the same (a frozen test clock).
 */
export function inVisit(at: string, visit: Visit | null): boolean {
  if (visit === null) return true
  const time = Date.parse(at)
  return (
    time >= visit.enteredAt.getTime() &&
    (visit.leftBefore === null || time > visit.leftBefore.getTime())
  )
}

/** The records of `stage` that count for the card now: those of its current visit. */
export function visitProgress(
  card: Pick<Card, 'stage' | 'activity'>,
  followUps: FollowUpState,
  stage: Stage,
): StageProgress {
  return progressInVisit(followUps.stages[stage], visitOf(card, stage))
}

/** The records of one stage made during `visit` (all of them when it is null). */
export function progressInVisit(progress: StageProgress, visit: Visit | null): StageProgress {
  if (visit === null) return progress
  const sent = progress.sent.filter((s) => inVisit(s.sentAt, visit))
  const repliedAt =
    progress.repliedAt !== null && inVisit(progress.repliedAt, visit) ? progress.repliedAt : null
  return sent.length === progress.sent.length && repliedAt === progress.repliedAt
    ? progress
    : { sent, repliedAt }
}
