import { localDateOf } from '../cadence/workdays'
import type { Interviewer } from '../domain/interview'
import type { Card } from '../domain/card'
import type { PlaceholderName, PlaceholderValues } from './placeholders'

/** The parts of a card a draft reads; an unsaved card in the editor has them too. */
export type DraftCard = Pick<
  Card,
  'id' | 'company' | 'position' | 'time' | 'interviewers' | 'topics' | 'decisionDate' | 'tone'
>

export interface ValueSources {
  card: DraftCard
  interviewer: Interviewer
  /** The topics discussed with this interviewer (the card keeps one list for everyone). */
  topics: readonly string[]
  yourName: string
  signature: string
  /** BCP 47 tag for dates and weekdays, e.g. `en-GB`; the templates themselves are English. */
  locale: string
  now: Date
}

export const DEFAULT_LOCALE = 'en-US'

/** A locale Intl accepts: a malformed tag falls back to the default rather than throwing. */
export function usableLocale(locale: string | undefined): string {
  if (locale === undefined || locale.trim() === '') return DEFAULT_LOCALE
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 ? locale : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

// Building an Intl formatter costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>()

function format(
  ms: number,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): string {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    formatters.set(key, formatter)
  }
  return formatter.format(ms)
}

const DAY_MS = 86_400_000

function utcMidnight(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
}

/** "17 November", with the year when it is not the current one. */
function dayAndMonth(date: string, thisYear: string, locale: string, weekday: boolean): string {
  return format(utcMidnight(date), locale, 'UTC', {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    ...(date.slice(0, 4) === thisYear ? {} : { year: 'numeric' }),
  })
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof'])

/** "Priya" from "Priya Raman", and from "Dr. Priya Raman". */
export function firstNameOf(name: string): string {
  const words = name.trim().split(/\s+/)
  const skip = words.length > 1 && HONORIFICS.has(words[0]!.replace(/\.$/, '').toLowerCase())
  return (skip ? words[1] : words[0]) ?? ''
}

/**
 * A topic as it reads mid-sentence: no trailing full stop, and a capital that only started the
 * sentence lowered ("Migrating the jobs" → "migrating the jobs"; "Kafka Streams" stays).
 */
export function topicPhrase(topic: string): string {
  const clean = topic
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;:,]+$/, '')
  const first = /^([A-Z][a-z]*)\b/.exec(clean)?.[1]
  const ordinary = first !== undefined && (/ing$/.test(first) || SENTENCE_STARTERS.has(first))
  return ordinary ? clean[0]!.toLowerCase() + clean.slice(1) : clean
}

const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'Your',
  'Our',
  'Their',
  'My',
  'How',
  'What',
  'Why',
])

/** At most two topics, so the sentence that carries them stays short. */
export function topicsPhrase(topics: readonly string[]): string {
  const phrases = topics.map(topicPhrase).filter((t) => t !== '')
  return phrases.slice(0, 2).join(' and ')
}

/** "today", "yesterday", "on Tuesday" (within the week) or "on 17 November". */
function interviewWhen(interviewDay: string, today: string, weekday: string, date: string): string {
  const days = Math.round((utcMidnight(today) - utcMidnight(interviewDay)) / DAY_MS)
  if (days === 0) return 'today'
  if (days === 1) return 'yesterday'
  if (days > 1 && days < 7) return `on ${weekday}`
  return `on ${date}`
}

/**
 * Every placeholder's value for one interviewer. Dates are read in the interview's own time zone
 * (the day it was for the people in the room); an empty string means "no value".
 */
export function placeholderValues(src: ValueSources): PlaceholderValues {
  const { card, interviewer } = src
  const locale = usableLocale(src.locale)
  const zone = card.time.timeZone
  const interviewDay = localDateOf(card.time.start, zone)
  const today = localDateOf(src.now, zone)
  const thisYear = today.slice(0, 4)
  const weekday = format(utcMidnight(interviewDay), locale, 'UTC', { weekday: 'long' })
  const date = dayAndMonth(interviewDay, thisYear, locale, false)
  const values = {
    interviewerFirstName: firstNameOf(interviewer.name),
    interviewerName: interviewer.name.trim(),
    interviewerTitle: interviewer.title.trim(),
    company: card.company.trim(),
    position: card.position.trim(),
    interviewDate: date,
    interviewWeekday: weekday,
    interviewWhen: interviewWhen(interviewDay, today, weekday, date),
    topics: topicsPhrase(src.topics),
    decisionDate:
      card.decisionDate === null ? '' : dayAndMonth(card.decisionDate, thisYear, locale, true),
    yourName: src.yourName.trim(),
    signature: src.signature.trim() || src.yourName.trim(),
  } satisfies Record<PlaceholderName, string>
  return values
}
