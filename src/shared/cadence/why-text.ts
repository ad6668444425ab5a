import { STAGE_LABELS } from '../domain/interview'
import { englishDate, englishDay, instantToWallTime } from '../domain/zoned-time'
import type { DueReason, FollowUpItem } from './plan'
import { localDateOf } from './workdays'

/** How the words below write dates; the window passes the reader's locale, main uses these. */
export interface DateWords {
  /** The day of an instant in the person's zone: "Fri 11 Dec". */
  day(instant: string): string
  /** An instant's day and time in the person's zone: "Tue 17 Nov, 15:45". */
  dayTime(instant: string): string
  /** A calendar date (`YYYY-MM-DD`), such as a decision date: "Mon 8 Jun". */
  date(date: string): string
}

/** British-style dates ("Fri 11 Dec"), as main writes them into its messages. */
export function englishDateWords(timeZone: string): DateWords {
  const day = (instant: string) => englishDay(instant, timeZone)
  return {
    day,
    dayTime: (instant) => `${day(instant)}, ${instantToWallTime(instant, timeZone).time}`,
    date: (value) => englishDate(value),
  }
}

const DAYS: Record<number, string> = {
  1: 'a day',
  2: 'two days',
  7: 'a week',
  14: 'two weeks',
  21: 'three weeks',
  28: 'four weeks',
}
const daysWords = (days: number) => DAYS[days] ?? `${days} days`
const hoursWords = (hours: number) =>
  hours === 1 ? 'an hour' : hours % 24 === 0 ? daysWords(hours / 24) : `${hours} hours`

const MESSAGE: Record<'thank-you' | 'check-in' | 'final', string> = {
  'thank-you': 'your thank-you',
  'check-in': 'your check-in',
  final: 'your final follow-up',
}

/**
 * Why a follow-up is due when it is, in plain words that follow its due date: "the first workday
 * after their decision date, Fri 11 Dec", "a week after your thank-you on Fri 4 Dec".
 */
export function whyDue(
  item: Pick<FollowUpItem, 'reason' | 'dueAt'>,
  timeZone: string,
  words: DateWords = englishDateWords(timeZone),
): string {
  const reason: DueReason = item.reason
  // A wait of days that ended on a day off moved on to the next workday: say so.
  const moved = (counted: string) =>
    localDateOf(item.dueAt, timeZone) === counted
      ? ''
      : `; ${words.date(counted)} is not one of your workdays`
  switch (reason.kind) {
    case 'after-interview':
      return `${hoursWords(reason.hours)} after the interview ended, ${words.dayTime(reason.from)}`
    case 'hours-after-move':
      return `${hoursWords(reason.hours)} after you moved the card back to Thank-you, ${words.dayTime(reason.from)}`
    case 'days-after-move':
      return `${daysWords(reason.days)} after you moved the card to ${STAGE_LABELS[reason.stage]} on ${words.day(reason.from)}${moved(reason.counted)}`
    case 'after-message': {
      const what = MESSAGE[reason.message]
      const when = reason.sent
        ? `${what} on ${words.day(reason.from)}`
        : `${what} was due, ${words.day(reason.from)} (not marked sent)`
      return `${daysWords(reason.days)} after ${when}${moved(reason.counted)}`
    }
    case 'after-decision':
      return `the first workday after their decision date, ${words.date(reason.decisionDate)}`
    case 'decision-passed': {
      const morning = Number(instantToWallTime(item.dueAt, timeZone).time.slice(0, 2)) < 12
      const next = morning ? 'the next workday morning' : 'the next workday'
      return `${next}: their decision date, ${words.date(reason.decisionDate)}, had passed`
    }
    case 'after-closing':
      return `${daysWords(reason.days)} after you closed the card on ${words.day(reason.from)}${moved(reason.counted)}`
  }
}
