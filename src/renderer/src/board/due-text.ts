import type { FollowUpChannel, FollowUpItem } from '@shared/cadence/plan'
import { localDateOf } from '@shared/cadence/workdays'
import { nextAction } from '@shared/domain/board'
import type { Stage } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { formatDueDay, formatDueTime } from '../common/due-format'
import type { CardDue } from '../state/plans'

export const CHANNEL_LABELS: Record<FollowUpChannel, string> = {
  email: 'Email',
  call: 'Call',
  linkedin: 'LinkedIn',
}

/** How a follow-up goes out, as a phrase: "by email", "by phone", "on LinkedIn". */
export const CHANNEL_PHRASES: Record<FollowUpChannel, string> = {
  email: 'by email',
  call: 'by phone',
  linkedin: 'on LinkedIn',
}

// Short: a card has one line for this, beside the channel.
const WHAT: Record<Stage, string> = {
  'thank-you': 'Thank-you',
  'check-in': 'Check-in',
  final: 'Final nudge',
  closed: 'Keep in touch',
}

/** What the item is, as the start of a line: "Thank-you", "Final follow-up". */
export function itemName(item: FollowUpItem): string {
  return item.kind === 'close-suggestion' ? 'Close suggestion' : WHAT[item.stage]
}

export interface DueLine {
  /** What is due and how pressing it is: "Thank-you overdue". Always shown whole. */
  text: string
  /** When, where the text does not say it: "since Sat 21 Nov". Cut short first on a narrow card. */
  detail: string | null
  channel: FollowUpChannel | null
}

/** The line as one sentence, for the card's accessible name. */
export function dueSentence(line: DueLine): string {
  return line.detail === null ? line.text : `${line.text} ${line.detail}`
}

/**
 * The line at the foot of a card: what is due, and when. Days and times are in the person's own
 * zone, in their locale. Null for a closed card with nothing planned: its outcome says it all.
 */
export function dueLine(
  due: CardDue,
  card: Card,
  now: Date,
  timeZone: string,
  locale?: string,
): DueLine | null {
  const { item, state } = due
  const day = (at: string) => formatDueDay(at, timeZone, locale)
  const time = (at: string) => formatDueTime(at, timeZone, locale)
  const isToday = (at: string) => localDateOf(at, timeZone) === localDateOf(now, timeZone)
  const channel = item?.channel ?? null

  const plain = (text: string): DueLine => ({ text, detail: null, channel: null })
  const dayOrTime = (at: string) => (isToday(at) ? time(at) : day(at))

  if (state === 'none' || item === null) {
    if (state === 'waiting') return plain('Waiting for a reply')
    if (card.stage === 'closed') return null
    if (card.interviewers.length === 0) return plain(nextAction(card))
    return plain('They replied — move it on')
  }
  if (item.kind === 'close-suggestion' && (state === 'overdue' || state === 'due-today')) {
    return plain('No reply yet — close it?')
  }
  const what = itemName(item)
  switch (state) {
    case 'overdue':
      return { text: `${what} overdue`, detail: `since ${dayOrTime(item.dueAt)}`, channel }
    case 'due-today':
      return {
        text: `${what} due today`,
        detail: item.dueKind === 'deadline' ? `by ${time(item.dueAt)}` : null,
        channel,
      }
    case 'upcoming':
      if (due.snoozed && item.snoozedUntil !== null) {
        return { text: `${what} snoozed`, detail: `until ${dayOrTime(item.snoozedUntil)}`, channel }
      }
      return { text: `${what} due ${day(item.dueAt)}`, detail: null, channel }
    case 'waiting':
      return plain('Waiting for a reply')
  }
}

/** Who the shown follow-up is for, for the card's accessible name and tooltip. */
export function dueFor(due: CardDue, card: Card): string | null {
  const item = due.item
  if (item === null || item.interviewerId === null || due.state === 'waiting') return null
  const person = card.interviewers.find((i) => i.id === item.interviewerId)
  if (!person) return null
  const others = due.open - 1
  const channel = item.channel ? ` ${CHANNEL_PHRASES[item.channel]}` : ''
  return others > 0
    ? `For ${person.name}${channel}, and ${others} more`
    : `For ${person.name}${channel}`
}
