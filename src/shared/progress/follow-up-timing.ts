import type { CadenceSettings } from '../domain/cadence-settings'
import type { FollowUpState } from '../domain/follow-up-state'
import { dueState, planCard, type FollowUpItem } from '../cadence/plan'
import type { Stage } from '../domain/interview'
import type { Card } from '../domain/card'

/** The three messages of the cadence; the optional stay-in-touch note has no due date to miss. */
export const TIMED_STAGES = ['thank-you', 'check-in', 'final'] as const satisfies readonly Stage[]
export type TimedStage = (typeof TIMED_STAGES)[number]

export interface StageTiming {
  onTime: number
  late: number
}

export interface FollowUpTiming {
  byStage: Record<TimedStage, StageTiming>
  onTime: number
  late: number
  /** Messages of open cards still unsent after their due day (or, for a thank-you, its deadline). */
  overdueNow: number
}

/**
 * When a message was due is not stored: only when it was sent (`followUps.stages[stage].sent`). So
 * the due time is planned again as it stood at the moment of sending: the card in that stage, with
 * only the activity (stage moves) logged up to then, and any "they replied" of that stage set aside.
 * The plan uses the card's details and the cadence as they are now; an earlier decision date or
 * cadence is not kept anywhere, so an edit since then can change the verdict.
 */
export function dueWhenSent(
  card: Card,
  stage: TimedStage,
  interviewerId: string,
  sentAt: string,
  settings: { timeZone: string; cadence: CadenceSettings },
): FollowUpItem | null {
  const sent = Date.parse(sentAt)
  const asThen: Card = {
    ...card,
    stage,
    outcome: null,
    activity: card.activity.filter((entry) => Date.parse(entry.at) <= sent),
  }
  const followUps: FollowUpState = {
    ...card.followUps,
    stages: {
      ...card.followUps.stages,
      [stage]: { ...card.followUps.stages[stage], repliedAt: null },
    },
  }
  const plan = planCard(asThen, followUps, settings, settings.cadence)
  return (
    plan.find((item) => item.kind === 'follow-up' && item.interviewerId === interviewerId) ?? null
  )
}

/**
 * On time means the board did not yet show the message as overdue when it was marked sent: a
 * check-in or final by the end of its due day in the user's time zone, a thank-you by its deadline
 * (24 hours after the interview by default). A snooze moves the reminder, never the due date, so a
 * message sent after its due day counts as late even when snoozed. Each message (one person, one
 * stage) counts once. A message to someone since removed from the card is left out: its due time
 * can no longer be planned.
 */
export function wasSentOnTime(item: FollowUpItem, sentAt: string, timeZone: string): boolean {
  return dueState({ ...item, sentAt: null }, new Date(sentAt), timeZone) !== 'overdue'
}

export type CardTiming = Record<TimedStage, StageTiming>

/** How one card's sent messages fared, per stage. */
export function sentTimingOf(
  card: Card,
  settings: { timeZone: string; cadence: CadenceSettings },
): CardTiming {
  const timing = (stage: TimedStage): StageTiming => {
    const result = { onTime: 0, late: 0 }
    for (const { interviewerId, sentAt } of card.followUps.stages[stage].sent) {
      const item = dueWhenSent(card, stage, interviewerId, sentAt, settings)
      if (item === null) continue
      if (wasSentOnTime(item, sentAt, settings.timeZone)) result.onTime++
      else result.late++
    }
    return result
  }
  return {
    'thank-you': timing('thank-you'),
    'check-in': timing('check-in'),
    final: timing('final'),
  }
}

/** Messages of a plan still unsent after their due day (a thank-you: its deadline). Snoozed too. */
export function overdueIn(plan: readonly FollowUpItem[], now: Date, timeZone: string): number {
  return plan.filter(
    (item) =>
      item.kind === 'follow-up' &&
      item.sentAt === null &&
      dueState(item, now, timeZone) === 'overdue',
  ).length
}

/** Per-card answers, so a caller holding caches (the renderer) can hand them in. */
export interface TimingLookups {
  planOf(card: Card): readonly FollowUpItem[]
  sentTimingOf(card: Card): CardTiming
}

export function followUpTiming(
  cards: readonly Card[],
  now: Date,
  settings: { timeZone: string; cadence: CadenceSettings },
  lookups: TimingLookups = {
    planOf: (card) => planCard(card, card.followUps, settings, settings.cadence),
    sentTimingOf: (card) => sentTimingOf(card, settings),
  },
): FollowUpTiming {
  const byStage = {
    'thank-you': { onTime: 0, late: 0 },
    'check-in': { onTime: 0, late: 0 },
    final: { onTime: 0, late: 0 },
  }
  let overdueNow = 0
  for (const card of cards) {
    const timing = lookups.sentTimingOf(card)
    for (const stage of TIMED_STAGES) {
      byStage[stage].onTime += timing[stage].onTime
      byStage[stage].late += timing[stage].late
    }
    if (card.stage !== 'closed')
      overdueNow += overdueIn(lookups.planOf(card), now, settings.timeZone)
  }
  const total = (key: keyof StageTiming) =>
    TIMED_STAGES.reduce((sum, stage) => sum + byStage[stage][key], 0)
  return { byStage, onTime: total('onTime'), late: total('late'), overdueNow }
}
