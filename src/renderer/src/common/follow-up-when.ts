import type { FollowUpItem } from '@shared/cadence/plan'
import { formatDueDateTime } from './due-format'

/** The time line of a follow-up (the card's row, the draft's header): when it is due, when it went out, or until when it is snoozed. */
export function rowWhen(item: FollowUpItem, now: Date, timeZone: string, locale?: string): string {
  const at = (instant: string) => formatDueDateTime(instant, timeZone, locale)
  if (item.sentAt !== null) return `Sent ${at(item.sentAt)}`
  const due = item.dueKind === 'deadline' ? `Due by ${at(item.dueAt)}` : `Due ${at(item.dueAt)}`
  const snoozed = item.snoozedUntil !== null && Date.parse(item.snoozedUntil) > now.getTime()
  return snoozed ? `${due} · snoozed until ${at(item.snoozedUntil!)}` : due
}
