import type { Card } from '../domain/card'
import type { CadenceSettings } from '../domain/cadence-settings'
import type { FollowUpState } from '../domain/follow-up-state'
import type { FollowUpItem } from './plan'
import type { DateWords } from './why-text'
import { englishDateWords } from './why-text'
import { addCalendarDays, firstWorkdayAfter, localDateOf, wallClockInstant } from './workdays'

/**
 * A reminder is due once its time has come, until it has been shown at or after that time. Showing
 * it records the time, so catching up after sleep or a restart shows each reminder exactly once, and
 * a later snooze (which moves `remindAt` past the record) makes it due once more.
 */
export function reminderIsDue(item: FollowUpItem, now: Date): boolean {
  if (item.sentAt !== null) return false
  const remindAt = Date.parse(item.remindAt)
  if (remindAt > now.getTime()) return false
  return item.shownAt === null || Date.parse(item.shownAt) < remindAt
}

export function remindersDue(items: Iterable<FollowUpItem>, now: Date): FollowUpItem[] {
  return [...items].filter((item) => reminderIsDue(item, now))
}

/** The next instant after `now` at which some reminder becomes due, for arming a single timer. */
export function nextReminderAt(items: Iterable<FollowUpItem>, now: Date): Date | null {
  let next: number | null = null
  for (const item of items) {
    const at = Date.parse(item.remindAt)
    if (item.sentAt !== null || at <= now.getTime()) continue
    if (next === null || at < next) next = at
  }
  return next === null ? null : new Date(next)
}

/** Records that these reminders were shown at `at` (one record per key, the latest wins). */
export function recordShown(
  followUps: FollowUpState,
  keys: readonly string[],
  at: Date,
): FollowUpState {
  const shown = new Set(keys)
  const kept = followUps.shownReminders.filter((r) => !shown.has(r.key))
  const added = [...shown].map((key) => ({ key, at: at.toISOString() }))
  return { ...followUps, shownReminders: [...kept, ...added] }
}

/** Snoozes one reminder until `until`, replacing any earlier snooze of it. */
export function snooze(followUps: FollowUpState, key: string, until: Date): FollowUpState {
  const kept = followUps.snoozes.filter((s) => s.key !== key)
  return { ...followUps, snoozes: [...kept, { key, until: until.toISOString() }] }
}

export type SnoozeChoice =
  | { kind: 'one-hour' }
  | { kind: 'tomorrow-morning' }
  | { kind: 'next-workday' }
  | { kind: 'decision-date' }
  | { kind: 'custom'; until: Date }

/**
 * When a snooze choice ends, in the user's zone. Null when the choice makes no sense now: no decision
 * date on the card, or a time that is not in the future.
 */
export function snoozeUntil(
  choice: SnoozeChoice,
  now: Date,
  card: Pick<Card, 'decisionDate'>,
  timeZone: string,
  cadence: Pick<CadenceSettings, 'workdays' | 'reminderTime'>,
): Date | null {
  const today = localDateOf(now, timeZone)
  const until = ((): Date | null => {
    switch (choice.kind) {
      case 'one-hour':
        return new Date(now.getTime() + 3_600_000)
      case 'tomorrow-morning':
        return wallClockInstant(addCalendarDays(today, 1), cadence.reminderTime, timeZone)
      case 'next-workday':
        return firstWorkdayAfter(today, cadence.workdays, cadence.reminderTime, timeZone)
      case 'decision-date':
        return card.decisionDate === null
          ? null
          : wallClockInstant(card.decisionDate, cadence.reminderTime, timeZone)
      case 'custom':
        return choice.until
    }
  })()
  return until !== null && until > now ? until : null
}

/**
 * Why a snooze choice cannot be taken now, as a sentence the menu and main's refusal both use; null
 * when it can. It says what is true of the card: a date that has passed is not a missing one.
 */
export function snoozeRefusal(
  choice: SnoozeChoice,
  now: Date,
  card: Pick<Card, 'decisionDate'>,
  timeZone: string,
  cadence: Pick<CadenceSettings, 'workdays' | 'reminderTime'>,
  words: DateWords = englishDateWords(timeZone),
): string | null {
  if (snoozeUntil(choice, now, card, timeZone, cadence) !== null) return null
  if (choice.kind !== 'decision-date') return 'Choose a time in the future'
  const { decisionDate } = card
  if (decisionDate === null) return 'This interview has no decision date'
  const date = words.date(decisionDate)
  return decisionDate < localDateOf(now, timeZone)
    ? `The decision date, ${date}, has passed`
    : `The decision date, ${date}, is today, and ${cadence.reminderTime} has passed`
}
