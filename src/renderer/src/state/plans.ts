import { dueState, needsActionNow, nextDue, type FollowUpItem } from '@shared/cadence/plan'
import { createPlanCache, type Plan } from '@shared/cadence/plan-cache'

export { createPlanCache, type Plan }

/** The app's one plan cache (by card object and settings object): selectors and cards share it. */
export const planOf = createPlanCache()

/** `none`: nothing planned (no interviewers, they replied, or a closed card). */
export type CardDueState = 'overdue' | 'due-today' | 'upcoming' | 'waiting' | 'none'

export interface CardDue {
  state: CardDueState
  /** The follow-up the card shows; null when nothing is planned or everything is sent. */
  item: FollowUpItem | null
  /** True when the item is due but snoozed past now: it shows as upcoming until then. */
  snoozed: boolean
  /** Of the people still to write to, how many (one card, one line: "and 1 more"). */
  open: number
}

/**
 * What a card shows: the first follow-up that needs action now, else the next one to come, else
 * "waiting for a reply" when everything has gone out. After the final message, the suggestion to
 * close is not a task until it falls due, so until then the card is waiting.
 */
export function summarizeDue(plan: Plan, now: Date, timeZone: string): CardDue {
  const unsent = plan.filter((item) => item.sentAt === null)
  const open = unsent.filter((item) => item.kind !== 'close-suggestion').length
  const actionable = nextDue(unsent.filter((item) => needsActionNow(item, now, timeZone)))
  if (actionable) {
    const state = dueState(actionable, now, timeZone) as 'overdue' | 'due-today'
    return { state, item: actionable, snoozed: false, open }
  }
  const next = nextDue(unsent)
  if (next === null) {
    return { state: plan.length > 0 ? 'waiting' : 'none', item: null, snoozed: false, open }
  }
  const state = dueState(next, now, timeZone)
  const snoozed = state === 'overdue' || state === 'due-today'
  if (next.kind === 'close-suggestion' && !snoozed) {
    return { state: 'waiting', item: next, snoozed: false, open }
  }
  return { state: 'upcoming', item: next, snoozed, open }
}
