import { needsActionNow, nextDue } from '../cadence/plan'
import type { Plan } from '../cadence/plan-cache'
import type { Card } from '../domain/card'

const actionCache = new WeakMap<Plan, { now: number; timeZone: string; value: boolean }>()

/**
 * True when the card has something to act on now (the rule of countDue): the "Due" pill counts and
 * filters these. Remembered per plan and clock reading (the window's moves once a minute), so a
 * change to one card of 2,000 costs one check.
 */
export function needsAction(plan: Plan, now: Date, timeZone: string): boolean {
  const at = now.getTime()
  const cached = actionCache.get(plan)
  if (cached && cached.now === at && cached.timeZone === timeZone) return cached.value
  const value = plan.some((item) => needsActionNow(item, now, timeZone))
  actionCache.set(plan, { now: at, timeZone, value })
  return value
}

const nextDueCache = new WeakMap<Plan, string | null>()

/** When the plan's next follow-up is due (nextDue), remembered per plan: columns sort by it. */
export function nextDueAt(plan: Plan): string | null {
  let at = nextDueCache.get(plan)
  if (at === undefined) {
    at = nextDue(plan)?.dueAt ?? null
    nextDueCache.set(plan, at)
  }
  return at
}

/**
 * compareByDue with the next due time looked up once per plan instead of once per comparison:
 * what falls due first comes first, plans with nothing to do go last.
 */
export function compareNextDue(a: Plan, b: Plan): number {
  const atA = nextDueAt(a)
  const atB = nextDueAt(b)
  if (atA === null || atB === null) return (atA === null ? 1 : 0) - (atB === null ? 1 : 0)
  return atA < atB ? -1 : atA > atB ? 1 : 0
}

/**
 * The order of a column: what falls due first, then the earlier interview, then the id, so that
 * main and the window agree on it to the card.
 */
export function boardOrder(planOf: (card: Card) => Plan): (a: Card, b: Card) => number {
  return (a, b) =>
    compareNextDue(planOf(a), planOf(b)) ||
    a.time.start.localeCompare(b.time.start) ||
    a.id.localeCompare(b.id)
}
