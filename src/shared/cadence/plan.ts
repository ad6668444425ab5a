import type { DraftChannel } from '../domain/template-keys'
import type { Channel, Interviewer, Stage } from '../domain/interview'
import type { Card } from '../domain/card'
import type { Settings } from '../domain/settings'
import type { CadenceSettings } from '../domain/cadence-settings'
import type { FollowUpState, StageProgress } from '../domain/follow-up-state'
import {
  closeSuggestionKey,
  followUpKey,
  sentAtOf,
  shownAtOf,
  snoozedUntilOf,
} from '../domain/follow-up-state'
import type { QuietHours } from '../domain/cadence-settings'
import { quietUntil } from './quiet-hours'
import { currentVisit, progressInVisit } from './visit'
import { addCalendarDays, firstWorkdayAfter, localDateOf, nextWorkdayAt } from './workdays'

export { stageEnteredAt } from './visit'

/** How the user reaches the interviewer: a phone preference means a call script, not an email. */
/** Each follow-up goes by one of the channels a draft can be written for. */
export type FollowUpChannel = DraftChannel

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
  /** Why it is due when it is, for the card's "why this date" line. */
  reason: DueReason
}

/**
 * Why a follow-up is due when it is. Instants are ISO strings; `counted` is the calendar day (in the
 * person's zone) a wait of days reached, before moving on to a workday; `decisionDate` is a
 * calendar date.
 */
export type DueReason =
  /** The thank-you: `hours` after the interview ended at `from`. */
  | { kind: 'after-interview'; hours: number; from: string }
  /** The thank-you of a card moved back to Thank-you after it was due: `hours` after the move. */
  | { kind: 'hours-after-move'; hours: number; from: string }
  /** `days` after the card moved into `stage` at `from`, because the date planned before had gone. */
  | { kind: 'days-after-move'; stage: Stage; days: number; from: string; counted: string }
  /**
   * `days` after an earlier message to this person (for the close suggestion, the last final
   * one): sent at `from`, or due then when it was never marked sent.
   */
  | {
      kind: 'after-message'
      message: 'thank-you' | 'check-in' | 'final'
      sent: boolean
      days: number
      from: string
      counted: string
    }
  /** The check-in: the first workday after the decision date. */
  | { kind: 'after-decision'; decisionDate: string }
  /** The check-in: the decision date had passed when the thank-you went out or the card moved. */
  | { kind: 'decision-passed'; decisionDate: string; passedBy: 'thank-you' | 'move'; from: string }
  /** Stay in touch: `days` after the card was closed at `from`. */
  | { kind: 'after-closing'; days: number; from: string; counted: string }

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

/** The hours in which the nudge right after an interview waits for the morning (local time). */
export const NIGHT: QuietHours = { from: '22:00', until: '07:00' }

interface PlanContext {
  card: Card
  followUps: FollowUpState
  cadence: CadenceSettings
  timeZone: string
  /** When the card entered its current stage; null if it has been there since it was created. */
  enteredAt: Date | null
  /** What counts of the current stage's records: those of this visit (see visit.ts). */
  visit: StageProgress
}

interface Timing {
  dueAt: Date
  remindAt: Date
  reason: DueReason
}

/** `days` calendar days after `from` in the user's zone, and the first workday slot from then. */
function daysAfter(ctx: PlanContext, from: Date, days: number): { at: Date; counted: string } {
  const counted = addCalendarDays(localDateOf(from, ctx.timeZone), days)
  const { workdays, reminderTime } = ctx.cadence
  return { at: nextWorkdayAt(counted, workdays, reminderTime, ctx.timeZone), counted }
}

/**
 * A day-granular follow-up: due, and reminded, at the reminder time on a workday. A week later is
 * the same weekday even when the clocks change in between.
 */
function dayTiming(at: Date, reason: DueReason): Timing {
  return { dueAt: at, remindAt: at, reason }
}

/** The nudge right after an interview never lands at night (unless the person wants it to). */
function freshReminderAt(ctx: PlanContext, at: Date): Date {
  if (!ctx.cadence.freshReminderWaitsForMorning) return at
  return quietUntil(at, NIGHT, ctx.timeZone) ?? at
}

function thankYouTimingFrom(ctx: PlanContext, from: Date, reason: DueReason): Timing {
  return {
    dueAt: new Date(from.getTime() + ctx.cadence.thankYouDueHours * HOUR_MS),
    remindAt: freshReminderAt(
      ctx,
      new Date(from.getTime() + ctx.cadence.freshReminderMinutes * MINUTE_MS),
    ),
    reason,
  }
}

interface Anchor {
  at: Date
  /** False when the message was never marked sent: then it counts from when it was due. */
  sent: boolean
}

/** When an earlier stage's message to this person went out, or was due if it never did. */
function sentOrDue(
  ctx: PlanContext,
  stage: Stage,
  interviewerId: string | null,
  due: Date,
): Anchor {
  const sentAt = interviewerId === null ? null : sentAtOf(ctx.followUps, stage, interviewerId)
  return sentAt === null ? { at: due, sent: false } : { at: new Date(sentAt), sent: true }
}

function afterMessage(
  ctx: PlanContext,
  message: 'thank-you' | 'check-in' | 'final',
  anchor: Anchor,
  days: number,
): Timing {
  const { at, counted } = daysAfter(ctx, anchor.at, days)
  return dayTiming(at, {
    kind: 'after-message',
    message,
    sent: anchor.sent,
    days,
    from: anchor.at.toISOString(),
    counted,
  })
}

/**
 * The decision date had passed by the day of `event` (the thank-you went out, or the card moved
 * to Check-in): the check-in is due the next workday morning. Counted in days, not minutes, so two
 * sends a few minutes apart never land on different weeks, and never in the same minute as `event`.
 */
function decisionPassed(
  ctx: PlanContext,
  decisionDate: string,
  event: Date,
  passedBy: 'thank-you' | 'move',
): Timing | null {
  const day = localDateOf(event, ctx.timeZone)
  if (day <= decisionDate) return null
  const { workdays, reminderTime } = ctx.cadence
  return dayTiming(firstWorkdayAfter(day, workdays, reminderTime, ctx.timeZone), {
    kind: 'decision-passed',
    decisionDate,
    passedBy,
    from: event.toISOString(),
  })
}

// The timings below are the cadence as planned from the interview onwards, before any hand move.

function plannedThankYou(ctx: PlanContext): Timing {
  const end = new Date(ctx.card.time.end)
  return thankYouTimingFrom(ctx, end, {
    kind: 'after-interview',
    hours: ctx.cadence.thankYouDueHours,
    from: end.toISOString(),
  })
}

function plannedCheckIn(ctx: PlanContext, interviewerId: string | null): Timing {
  const thankYou = sentOrDue(ctx, 'thank-you', interviewerId, plannedThankYou(ctx).dueAt)
  const { decisionDate } = ctx.card
  if (decisionDate === null)
    return afterMessage(ctx, 'thank-you', thankYou, ctx.cadence.checkInDays)
  const passed = thankYou.sent ? decisionPassed(ctx, decisionDate, thankYou.at, 'thank-you') : null
  if (passed) return passed
  const { workdays, reminderTime } = ctx.cadence
  return dayTiming(firstWorkdayAfter(decisionDate, workdays, reminderTime, ctx.timeZone), {
    kind: 'after-decision',
    decisionDate,
  })
}

function plannedFinal(ctx: PlanContext, interviewerId: string | null): Timing {
  const checkIn = sentOrDue(
    ctx,
    'check-in',
    interviewerId,
    plannedCheckIn(ctx, interviewerId).dueAt,
  )
  return afterMessage(ctx, 'check-in', checkIn, ctx.cadence.finalDays)
}

/**
 * A card that entered its stage after that stage's follow-up was already due (dragged there late,
 * moved back, reopened, or the previous messages went out late) is planned afresh from the move,
 * so it does not land in its new column already overdue.
 */
function replannedFromMove(
  ctx: PlanContext,
  planned: Timing,
  fromMove: (enteredAt: Date) => Timing,
): Timing {
  return ctx.enteredAt !== null && ctx.enteredAt > planned.dueAt ? fromMove(ctx.enteredAt) : planned
}

function daysAfterMove(ctx: PlanContext, at: Date, days: number): Timing {
  const { at: due, counted } = daysAfter(ctx, at, days)
  return dayTiming(due, {
    kind: 'days-after-move',
    stage: ctx.card.stage,
    days,
    from: at.toISOString(),
    counted,
  })
}

function currentThankYou(ctx: PlanContext): Timing {
  return replannedFromMove(ctx, plannedThankYou(ctx), (at) =>
    thankYouTimingFrom(ctx, at, {
      kind: 'hours-after-move',
      hours: ctx.cadence.thankYouDueHours,
      from: at.toISOString(),
    }),
  )
}

function currentCheckIn(ctx: PlanContext, interviewerId: string | null): Timing {
  const planned = plannedCheckIn(ctx, interviewerId)
  const { decisionDate } = ctx.card
  if (decisionDate === null) {
    return replannedFromMove(ctx, planned, (at) => daysAfterMove(ctx, at, ctx.cadence.checkInDays))
  }
  // Moved here once the decision date had passed: the next workday morning after the move. (Had
  // it not passed, the first workday after it is still ahead of the move.)
  const moved = ctx.enteredAt && decisionPassed(ctx, decisionDate, ctx.enteredAt, 'move')
  return moved && moved.dueAt > planned.dueAt ? moved : planned
}

function currentFinal(ctx: PlanContext, interviewerId: string | null): Timing {
  return replannedFromMove(ctx, plannedFinal(ctx, interviewerId), (at) =>
    daysAfterMove(ctx, at, ctx.cadence.finalDays),
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

/** When this visit's message went out to this person, if it has. */
function visitSentAt(ctx: PlanContext, interviewerId: string): string | null {
  return ctx.visit.sent.find((s) => s.interviewerId === interviewerId)?.sentAt ?? null
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
    sentAt: visitSentAt(ctx, interviewer.id),
    askForTopics: stage === 'thank-you' && ctx.card.topics.length === 0,
    reason: timing.reason,
  }
}

function closeSuggestionItem(ctx: PlanContext, finals: readonly Timing[]): FollowUpItem {
  // Counted from the last final message (sent, or due if never sent), so nobody is cut short.
  const anchors: Anchor[] =
    ctx.card.interviewers.length === 0
      ? [{ at: currentFinal(ctx, null).dueAt, sent: false }]
      : ctx.card.interviewers.map((i, n) => {
          const sentAt = visitSentAt(ctx, i.id)
          return sentAt === null
            ? { at: finals[n]!.dueAt, sent: false }
            : { at: new Date(sentAt), sent: true }
        })
  const last = anchors.reduce((a, b) => (b.at > a.at ? b : a))
  const timing = afterMessage(ctx, 'final', last, ctx.cadence.closeSuggestionDays)
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
    reason: timing.reason,
  }
}

function stayInTouchItems(ctx: PlanContext): FollowUpItem[] {
  if (!ctx.cadence.stayInTouchEnabled) return []
  const closedAt = ctx.enteredAt ?? new Date(ctx.card.updatedAt)
  const days = ctx.cadence.stayInTouchDays
  const { at, counted } = daysAfter(ctx, closedAt, days)
  const timing = dayTiming(at, {
    kind: 'after-closing',
    days,
    from: closedAt.toISOString(),
    counted,
  })
  return ctx.card.interviewers.map((i) => personItem(ctx, 'closed', i, timing))
}

/**
 * The follow-ups of one card, for its current stage only: one per interviewer, plus the suggestion to
 * close after the final one. The three messages (thank-you, check-in, final) are the cap: nothing is
 * ever planned after the final except that suggestion. A stage marked "They replied" plans nothing,
 * and a closed card plans nothing but the optional stay-in-touch nudge. Only what was sent or
 * replied since the card last entered its stage counts (see visit.ts).
 */
export function planCard(
  card: Card,
  followUps: FollowUpState,
  settings: Pick<Settings, 'timeZone'>,
  cadence: CadenceSettings,
): FollowUpItem[] {
  const stay = currentVisit(card)
  const visit = progressInVisit(followUps.stages[card.stage], stay)
  if (card.stage !== 'closed' && visit.repliedAt !== null) return []
  const ctx: PlanContext = {
    card,
    followUps,
    cadence,
    timeZone: settings.timeZone,
    enteredAt: stay?.enteredAt ?? null,
    visit,
  }
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
