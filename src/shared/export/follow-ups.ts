import type { CadenceSettings } from '../domain/cadence-settings'
import type { FollowUpItem } from '../cadence/plan'
import { planCard } from '../cadence/plan'
import type { Card } from '../domain/card'
import { instantToWallTime } from '../domain/zoned-time'
import { DRAFT_STAGE_LABELS } from '../drafts/templates'

/** What an export plans with: the person's zone and cadence. */
export interface ExportSettings {
  timeZone: string
  cadence: CadenceSettings
}

/**
 * The messages still to send on a card: its current stage's follow-ups that are not sent. A closed
 * card has none (its optional stay-in-touch nudge is not a follow-up), nor does a stage marked
 * "They replied"; the suggestion to close a card is about the card, not a message, so it is left out.
 */
export function pendingFollowUps(card: Card, settings: ExportSettings): FollowUpItem[] {
  if (card.stage === 'closed') return []
  return planCard(card, card.followUps, settings, settings.cadence).filter(
    (item) => item.kind === 'follow-up' && item.sentAt === null,
  )
}

const CHANNEL_WORDS = { email: 'email', call: 'call', linkedin: 'LinkedIn note' } as const

export function interviewerName(card: Card, item: FollowUpItem): string {
  return card.interviewers.find((i) => i.id === item.interviewerId)?.name ?? 'your interviewer'
}

/** "Thank-you email to Priya Raman", "Check-in call to Sam Lee". */
export function followUpAction(card: Card, item: FollowUpItem): string {
  const channel = CHANNEL_WORDS[item.channel ?? 'email']
  return `${DRAFT_STAGE_LABELS[item.stage]} ${channel} to ${interviewerName(card, item)}`
}

/** "2026-11-18 15:45": a wall-clock time that spreadsheets and people both read as a date and time. */
export function localDateTime(instant: string | Date, timeZone: string): string {
  const { date, time } = instantToWallTime(instant, timeZone)
  return `${date} ${time}`
}
