import type { DueState, FollowUpItem } from '@shared/cadence/plan'
import { needsActionNow } from '@shared/cadence/plan'
import { whyDue, type DateWords } from '@shared/cadence/why-text'
import { calendarNoon } from '@shared/domain/zoned-time'
import { formatDueDateTime, formatDueDay } from '../common/due-format'

export type RowState = DueState | 'snoozed'

/** Where one follow-up stands, for its badge: a snoozed one is not asking for anything yet. */
export function rowState(
  item: FollowUpItem,
  state: DueState,
  now: Date,
  timeZone: string,
): RowState {
  if (item.sentAt !== null) return state
  const pressing = state === 'overdue' || state === 'due-today'
  return pressing && !needsActionNow(item, now, timeZone) ? 'snoozed' : state
}

export const ROW_STATE_LABELS: Record<RowState, string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  upcoming: 'Upcoming',
  waiting: 'Sent · waiting',
  done: 'Sent',
  snoozed: 'Snoozed',
}

/** Dates in the reader's locale for the "why this date" words; times in the person's zone. */
export function localDateWords(timeZone: string, locale?: string): DateWords {
  return {
    day: (instant) => formatDueDay(instant, timeZone, locale),
    dayTime: (instant) => formatDueDateTime(instant, timeZone, locale),
    date: (date) => formatDueDay(calendarNoon(date), 'UTC', locale),
  }
}

/** "Why this date: a week after your thank-you on Fri 4 Dec." */
export function rowWhy(item: FollowUpItem, timeZone: string, locale?: string): string {
  return `Why this date: ${whyDue(item, timeZone, localDateWords(timeZone, locale))}.`
}
