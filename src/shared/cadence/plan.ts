import type { Card, Channel, Interviewer, Stage } from '../domain/interview'
import type { Settings } from '../domain/settings'
import type { CadenceSettings } from './cadence-settings'
import type { FollowUpState } from './follow-up-state'
import {
  closeSuggestionKey,
  followUpKey,
  repliedAtOf,
  sentAtOf,
  shownAtOf,
  snoozedUntilOf,
} from './follow-up-state'
import { addCalendarDays, firstWorkdayAfter, localDateOf, nextWorkdayAt } from './workdays'

/** How the user reaches the interviewer: a phone preference means a call script, not an email. */
export type FollowUpChannel = 'email' | 'call' | 'linkedin'

export type FollowUpKind = 'follow-up' | 'close-suggestion' | 'stay-in-touch'

/**
 * `deadline`: due at the exact instant (the thank-you, "within 24 hours").
 * `day`: due on the day of `dueAt`; it only becomes overdue the next day.
 */
export type DueKind = 'deadline' | 'day'

export type DueState = 'overdue' | 'due-today' | 'upcoming' | 'waiting' | 'done'

export interface FollowUpItem {
  /** Stable id, also used for shown-reminder and snooze records. */
  key: string
  kind: FollowUpKind
  /** The card stage this item belongs to. */
  stage: Stage
  /** Null for the close suggestion, which is about the card, not a person. */
  interviewerId: string | null
  channel: FollowUpChannel | null
  dueAt: string
  dueKind: DueKind
  /** When the reminder fires: the planned time, or the end of a snooze when that is later. */
  remindAt: string
  sentAt: string | null
  /** When this reminder was last shown, if ever. */
  shownAt: string | null
  /** Set only while a snooze pushes the reminder past its planned time. */
  snoozedUntil: string | null
  /** The thank-you reminder also asks what was discussed when the card has no topics yet. */
  askForTopics: boolean
}

const CHANNEL_FOR: Record<Channel, FollowUpChannel> = {
  email: 'email',
  phone: 'call',
  linkedin: 'linkedin',
}

export function channelFor(preferred: Channel): FollowUpChannel {
  return CHANNEL_FOR[preferred]
}

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS

interface PlanContext {
  card: Card
  followUps: FollowUpState
  cadence: CadenceSettings
  timeZone: string
  /** When the card entered its current stage; null if it has been there since it was created. */
  enteredAt: Date | null
}

interface Timing {
  dueAt: Date
  remindAt: Date
}

/** When the card last moved into its current stage, read from its activity log. */
export function stageEnteredAt(card: Pick<Card, 'stage' | 'activity'>): Date | null {
  for (let i = card.activity.length - 1; i >= 0; i--) {
    const entry = card.activity[i]!
    if (entry.kind === 'moved' && entry.to === card.stage) return new Date(entry.at)
  }
  return null
}

/**
 * A day-granular follow-up `days` calendar days (in the user's zone) after `from`: due, and reminded,
 * at the reminder time on the first workday from then. A week later is the same weekday even when
 * the clocks change in between.
 */
function workdayTiming(ctx: PlanContext, from: Date, days: number): Timing {
  const day = addCalendarDays(localDateOf(from, ctx.timeZone), days)
  const at = nextWorkdayAt(day, ctx.cadence.workdays, ctx.cadence.reminderTime, ctx.timeZone)
  return { dueAt: at, remindAt: at }
}

function thankYouTimingFrom(ctx: PlanContext, from: Date): Timing {
  return {
    dueAt: new Date(from.getTime() + ctx.cadence.thankYouDueHours * HOUR_MS),
    remindAt: new Date(from.getTime() + ctx.cadence.freshReminderMinutes * MINUTE_MS),
  }
}

function sentOrDue(ctx: PlanContext, stage: Stage, interviewerId: string | null, due: Date): Date {
  const sentAt = interviewerId === null ? null : sentAtOf(ctx.followUps, stage, interviewerId)
  return sentAt === null ? due : new Date(sentAt)
}

// The timings below are the cadence as planned from the interview onwards, before any hand move.

function plannedThankYou(ctx: PlanContext): Timing {
  return thankYouTimingFrom(ctx, new Date(ctx.card.time.end))
}

function plannedCheckIn(ctx: PlanContext, interviewerId: string | null): Timing {
  const { decisionDate } = ctx.card
  if (decisionDate !== null) {
    const { workdays, reminderTime } = ctx.cadence
    const at = firstWorkdayAfter(decisionDate, workdays, reminderTime, ctx.timeZone)
    return { dueAt: at, remindAt: at }
  }
  const thankYou = sentOrDue(ctx, 'thank-you', interviewerId, plannedThankYou(ctx).dueAt)
  return workdayTiming(ctx, thankYou, ctx.cadence.checkInDays)
}

function plannedFinal(ctx: PlanContext, interviewerId: string | null): Timing {
  const checkIn = sentOrDue(
    ctx,
    'check-in',
    interviewerId,
    plannedCheckIn(ctx, interviewerId).dueAt,
  )
  return workdayTiming(ctx, checkIn, ctx.cadence.finalDays)
}

/**
 * A card that entered its stage after that stage's follow-up was already due (dragged there late,
 * reopened, or the previous messages went out late) is planned afresh from the move, so it does not
 * land in its new column already overdue.
 */
function replannedFromMove(
  ctx: PlanContext,
  planned: Timing,
  fromMove: (enteredAt: Date) => Timing,
): Timing {
  return ctx.enteredAt !== null && ctx.enteredAt > planned.dueAt ? fromMove(ctx.enteredAt) : planned
}

function currentThankYou(ctx: PlanContext): Timing {
  return replannedFromMove(ctx, plannedThankYou(ctx), (at) => thankYouTimingFrom(ctx, at))
}

function currentCheckIn(ctx: PlanContext, interviewerId: string | null): Timing {
  return replannedFromMove(ctx, plannedCheckIn(ctx, interviewerId), (at) =>
    workdayTiming(ctx, at, ctx.cadence.checkInDays),
  )
}

function currentFinal(ctx: PlanContext, interviewerId: string | null): Timing {
  return replannedFromMove(ctx, plannedFinal(ctx, interviewerId), (at) =>
    workdayTiming(ctx, at, ctx.cadence.finalDays),
  )
}

/** The reminder moves to the end of a snooze, never earlier than planned. */
function reminderFields(ctx: PlanContext, key: string, plannedRemindAt: Date) {
  const snooze = snoozedUntilOf(ctx.followUps, key)
  const snoozed = snooze !== null && Date.parse(snooze) > plannedRemindAt.getTime()
  return {
    remindAt: snoozed ? new Date(snooze).toISOString() : plannedRemindAt.toISOString(),
    snoozedUntil: snoozed ? new Date(snooze).toISOString() : null,
    shownAt: shownAtOf(ctx.followUps, key),
  }
}

function personItem(
  ctx: PlanContext,
  stage: Stage,
  interviewer: Interviewer,
  timing: Timing,
): FollowUpItem {
  const key = followUpKey(ctx.card.id, stage, interviewer.id)
  return {
    key,
    kind: stage === 'closed' ? 'stay-in-touch' : 'follow-up',
    stage,
    interviewerId: interviewer.id,
    channel: channelFor(interviewer.preferredChannel),
    dueAt: timing.dueAt.toISOString(),
    dueKind: stage === 'thank-you' ? 'deadline' : 'day',
    ...reminderFields(ctx, key, timing.remindAt),
    sentAt: sentAtOf(ctx.followUps, stage, interviewer.id),
    askForTopics: stage === 'thank-you' && ctx.card.topics.length === 0,
  }
}

function closeSuggestionItem(ctx: PlanContext, finals: readonly Timing[]): FollowUpItem {
  // Counted from the last final message (sent, or due if never sent), so nobody is cut short.
  const anchors =
    ctx.card.interviewers.length === 0
      ? [currentFinal(ctx, null).dueAt]
      : ctx.card.interviewers.map((i, n) => sentOrDue(ctx, 'final', i.id, finals[n]!.dueAt))
  const lastFinal = new Date(Math.max(...anchors.map((d) => d.getTime())))
  const timing = workdayTiming(ctx, lastFinal, ctx.cadence.closeSuggestionDays)
  const key = closeSuggestionKey(ctx.card.id)
  return {
    key,
    kind: 'close-suggestion',
    stage: 'final',
    interviewerId: null,
    channel: null,
    dueAt: timing.dueAt.toISOString(),
    dueKind: 'day',
    ...reminderFields(ctx, key, timing.remindAt),
    sentAt: null,
    askForTopics: false,
  }
}

function stayInTouchItems(ctx: PlanContext): FollowUpItem[] {
  if (!ctx.cadence.stayInTouchEnabled) return []
  const closedAt = ctx.enteredAt ?? new Date(ctx.card.updatedAt)
  const timing = workdayTiming(ctx, closedAt, ctx.cadence.stayInTouchDays)
  return ctx.card.interviewers.map((i) => personItem(ctx, 'closed', i, timing))
}

/**
 * The follow-ups of one card, for its current stage only: one per interviewer, plus the suggestion to
 * close after the final one. The three messages (thank-you, check-in, final) are the cap: nothing is
 * ever planned after the final except that suggestion. A stage marked "They replied" plans nothing,
 * and a closed card plans nothing but the optional stay-in-touch nudge.
 */
export function planCard(
  card: Card,
  followUps: FollowUpState,
  settings: Pick<Settings, 'timeZone'>,
  cadence: CadenceSettings,
): FollowUpItem[] {
  const ctx: PlanContext = {
    card,
    followUps,
    cadence,
    timeZone: settings.timeZone,
    enteredAt: stageEnteredAt(card),
  }
  if (card.stage !== 'closed' && repliedAtOf(followUps, card.stage) !== null) return []
  const timings = (timing: (id: string) => Timing) => card.interviewers.map((i) => timing(i.id))
  const items = (list: readonly Timing[]) =>
    card.interviewers.map((i, n) => personItem(ctx, card.stage, i, list[n]!))
  switch (card.stage) {
    case 'thank-you':
      return items(timings(() => currentThankYou(ctx)))
    case 'check-in':
      return items(timings((id) => currentCheckIn(ctx, id)))
    case 'final': {
      const finals = timings((id) => currentFinal(ctx, id))
      return [...items(finals), closeSuggestionItem(ctx, finals)]
    }
    case 'closed':
      return stayInTouchItems(ctx)
  }
}

/**
 * Where an item stands at `now`, judged by the calendar in `timeZone`. A sent message waits for a
 * reply; a sent stay-in-touch note expects nothing, so it is done.
 */
export function dueState(item: FollowUpItem, now: Date, timeZone: string): DueState {
  if (item.sentAt !== null) return item.kind === 'stay-in-touch' ? 'done' : 'waiting'
  const dueDay = localDateOf(item.dueAt, timeZone)
  const today = localDateOf(now, timeZone)
  if (dueDay > today) return 'upcoming'
  if (dueDay < today) return 'overdue'
  return item.dueKind === 'deadline' && now.getTime() > Date.parse(item.dueAt)
    ? 'overdue'
    : 'due-today'
}

/** The earliest follow-up still to act on, or null when everything is sent (or nothing is planned). */
export function nextDue(plan: readonly FollowUpItem[]): FollowUpItem | null {
  let next: FollowUpItem | null = null
  for (const item of plan) {
    if (item.sentAt !== null) continue
    // Planned instants are all toISOString() output, so they sort as strings.
    if (next === null || item.dueAt < next.dueAt) next = item
  }
  return next
}

/** Sorts plans (one per card) by what falls due first; plans with nothing to do go last. */
export function compareByDue(a: readonly FollowUpItem[], b: readonly FollowUpItem[]): number {
  const nextA = nextDue(a)
  const nextB = nextDue(b)
  if (nextA === null || nextB === null) return (nextA === null ? 1 : 0) - (nextB === null ? 1 : 0)
  return nextA.dueAt < nextB.dueAt ? -1 : nextA.dueAt > nextB.dueAt ? 1 : 0
}

/** True when the item asks for action now: due today or overdue, and not snoozed past `now`. */
export function needsActionNow(item: FollowUpItem, now: Date, timeZone: string): boolean {
  if (item.snoozedUntil !== null && Date.parse(item.snoozedUntil) > now.getTime()) return false
  const state = dueState(item, now, timeZone)
  return state === 'overdue' || state === 'due-today'
}

/** The "Due" badge: how many cards have something to act on now. */
export function countDue(
  plans: Iterable<readonly FollowUpItem[]>,
  now: Date,
  timeZone: string,
): number {
  let count = 0
  for (const plan of plans) {
    if (plan.some((item) => needsActionNow(item, now, timeZone))) count++
  }
  return count
}
