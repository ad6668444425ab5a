import type { Card } from '../domain/card'
import type { Settings } from '../domain/settings'
import type { FollowUpItem } from './plan'
import { planCard } from './plan'
import { localDateOf } from './workdays'

/** One card's follow-ups, as planCard gives them. */
export type Plan = readonly FollowUpItem[]

export type PlanCard = (card: Card, settings: Settings) => Plan

const planWithSettings: PlanCard = (card, settings) =>
  planCard(card, card.followUps, settings, settings.cadence)

/**
 * Plans by card object: every change to a card (its details, stage or follow-up progress) makes a
 * new card object, so a card that did not change keeps its plan, and a change to one card of 5,000
 * plans one card. New settings (a new settings object: time zone, cadence) start afresh, and a card
 * that left the board is forgotten with it.
 */
export function createPlanCache(plan: PlanCard = planWithSettings): PlanCard {
  return createCardCache(plan)
}

/** Remembers an answer (never undefined) worked out from one card and the settings, by card object. */
export function createCardCache<T>(
  compute: (card: Card, settings: Settings) => T,
): (card: Card, settings: Settings) => T {
  let forSettings: Settings | null = null
  let answers = new WeakMap<Card, T>()
  return (card, settings) => {
    if (settings !== forSettings) {
      forSettings = settings
      answers = new WeakMap()
    }
    let cached = answers.get(card)
    if (cached === undefined) {
      cached = compute(card, settings)
      answers.set(card, cached)
    }
    return cached
  }
}

/**
 * What the reminder scheduler asks of a plan, worked out once per plan: its unsent items with their
 * instants as numbers and their due days in the user's zone, so that checking 5,000 cards against
 * the clock compares numbers and short strings instead of parsing dates and formatting zones.
 */
export interface ReminderDigest {
  /** The items not sent yet, in plan order. */
  readonly unsent: readonly FollowUpItem[]
  /** remindAt of each unsent item, in ms. */
  readonly remindAt: readonly number[]
  /** True where the reminder has not been shown since its time (reminderIsDue's record test). */
  readonly notShown: readonly boolean[]
  /** The day each unsent item falls due, `YYYY-MM-DD` in the user's zone. */
  readonly dueDay: readonly string[]
  /** End of each unsent item's snooze in ms, or -Infinity. */
  readonly snoozedUntil: readonly number[]
}

const digests = new WeakMap<Plan, { timeZone: string; digest: ReminderDigest }>()

export function reminderDigest(plan: Plan, timeZone: string): ReminderDigest {
  const cached = digests.get(plan)
  if (cached && cached.timeZone === timeZone) return cached.digest
  const unsent = plan.filter((item) => item.sentAt === null)
  const remindAt = unsent.map((item) => Date.parse(item.remindAt))
  const digest: ReminderDigest = {
    unsent,
    remindAt,
    notShown: unsent.map(
      (item, i) => item.shownAt === null || Date.parse(item.shownAt) < remindAt[i]!,
    ),
    dueDay: unsent.map((item) => localDateOf(item.dueAt, timeZone)),
    snoozedUntil: unsent.map((item) =>
      item.snoozedUntil === null ? -Infinity : Date.parse(item.snoozedUntil),
    ),
  }
  digests.set(plan, { timeZone, digest })
  return digest
}

/**
 * needsActionNow for any item of the digest: not snoozed past `now`, and due today or earlier
 * (`today` is localDateOf(now) in the same zone). The same rule as countDue, on numbers.
 */
export function digestNeedsAction(digest: ReminderDigest, now: number, today: string): boolean {
  for (let i = 0; i < digest.unsent.length; i++) {
    if (digest.snoozedUntil[i]! <= now && digest.dueDay[i]! <= today) return true
  }
  return false
}
