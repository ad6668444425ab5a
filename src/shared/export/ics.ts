import ICAL from 'ical.js'
import type { FollowUpItem } from '../cadence/plan'
import type { Card } from '../domain/card'
import type { ExportSettings } from './follow-ups'
import { followUpAction, interviewerName, localDateTime, pendingFollowUps } from './follow-ups'

const CRLF = '\r\n'
const SLOT_MS = 15 * 60_000
/** RFC 5545 3.1: a content line is at most 75 octets, not counting the line break. */
const MAX_LINE_OCTETS = 75

/**
 * Every follow-up still to send (due, overdue or upcoming; not sent, card not closed), as an
 * RFC 5545 calendar built with ical.js: one 15-minute event per message. A thank-you has a
 * deadline, so its slot ends at it; the later follow-ups are due on a day, so theirs starts at the
 * reminder time. The UID is the follow-up's own key, so importing a newer export updates events
 * instead of repeating them. Also says how many events it holds.
 *
 * Every value is made safe here, whatever the store holds: text loses the control characters
 * TEXT cannot carry (ical.js escapes the rest), and a job link that is not a plain web address is
 * left out, as a URI value has no escaping and a line break in it would start a property of its own.
 */
export function followUpsCalendar(
  cards: readonly Card[],
  settings: ExportSettings,
  now: Date,
): { text: string; count: number } {
  const calendar = new ICAL.Component('vcalendar')
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('prodid', '-//Foothold//Follow-ups//EN')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  calendar.addPropertyWithValue('method', 'PUBLISH')
  calendar.addPropertyWithValue('x-wr-calname', 'Foothold follow-ups')
  let count = 0
  for (const card of cards) {
    for (const item of pendingFollowUps(card, settings)) {
      calendar.addSubcomponent(followUpEvent(card, item, settings, now))
      count++
    }
  }
  return {
    text: contentLines(calendar)
      .map((line) => foldLine(line) + CRLF)
      .join(''),
    count,
  }
}

const design = ICAL.design.icalendar

/**
 * A component as unfolded content lines, in the order its parts were added. ical.js folds as it
 * writes, but lets a continuation line reach 76 octets (75 plus its leading space), which
 * RFC 5545 does not allow and the folding test catches; so lines are written unfolded and folded
 * by `foldLine`.
 */
function contentLines(component: ICAL.Component): string[] {
  const name = component.name.toUpperCase()
  return [
    `BEGIN:${name}`,
    ...component
      .getAllProperties()
      .map((property) => ICAL.stringify.property(property.toJSON(), design, true)),
    ...component.getAllSubcomponents().flatMap(contentLines),
    `END:${name}`,
  ]
}

function followUpEvent(
  card: Card,
  item: FollowUpItem,
  settings: ExportSettings,
  now: Date,
): ICAL.Component {
  const due = Date.parse(item.dueAt)
  const start = item.dueKind === 'deadline' ? due - SLOT_MS : due
  const interviewer = card.interviewers.find((i) => i.id === item.interviewerId)
  const dueText = localDateTime(item.dueAt, settings.timeZone)
  const contacts =
    item.channel === 'call'
      ? [
          ['Phone', interviewer?.phone],
          ['Email', interviewer?.email],
        ]
      : item.channel === 'linkedin'
        ? [
            ['LinkedIn', interviewer?.linkedinUrl],
            ['Email', interviewer?.email],
          ]
        : [['Email', interviewer?.email]]
  const description = [
    sentence(
      `${followUpAction(card, item)}, after your ${card.position} interview at ${card.company}`,
    ),
    item.dueKind === 'deadline'
      ? `Send it by ${dueText} (${settings.timeZone}).`
      : `Due on ${dueText.slice(0, 10)}.`,
    ...contacts.flatMap(([label, value]) => (value ? [`${label}: ${value}`] : [])),
    'Foothold has the draft ready on the card.',
  ].join('\n')
  const event = new ICAL.Component('vevent')
  event.addPropertyWithValue('uid', textValue(`${item.key}@foothold.app`))
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true))
  event.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(new Date(start), true))
  event.addPropertyWithValue('dtend', ICAL.Time.fromJSDate(new Date(start + SLOT_MS), true))
  event.addPropertyWithValue(
    'summary',
    textValue(`${summaryVerb(card, item)} — ${card.company}, ${card.position}`),
  )
  event.addPropertyWithValue('description', textValue(description))
  const url = webAddress(card.jobUrl)
  if (url) event.addPropertyWithValue('url', url)
  event.addPropertyWithValue('transp', 'TRANSPARENT')
  return event
}

/** Ends text with a full stop unless it already ends a sentence: "Contoso Ltd." gets no second. */
function sentence(text: string): string {
  return /[.!?…]$/u.test(text.trimEnd()) ? text.trimEnd() : `${text}.`
}

/** A plain http(s) address with no spaces or control characters, else null: URL has no escaping. */
function webAddress(url: string): string | null {
  const value = url.trim()
  return /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(value) && !/\p{Cc}/u.test(value)
    ? value
    : null
}

/** "Thank Priya Raman", "Call Sam Lee to check in". */
function summaryVerb(card: Card, item: FollowUpItem): string {
  const name = interviewerName(card, item)
  const call = item.channel === 'call'
  switch (item.stage) {
    case 'thank-you':
      return `Thank ${name}`
    case 'check-in':
      return call ? `Call ${name} to check in` : `Check in with ${name}`
    default:
      return call ? `Last call to ${name}` : `Last follow-up to ${name}`
  }
}

/**
 * What TEXT can hold of a value: line breaks as LF, other control characters but tabs as spaces.
 * ical.js then escapes backslashes, semicolons, commas and line breaks.
 */
function textValue(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, ' ')
}

/** A value as an RFC 5545 TEXT property writes it: `a\\,b\\;c\\\\d`, line breaks as `\\n`. */
export function escapeText(value: string): string {
  return ICAL.stringify.value(textValue(value), 'text', design, false)
}

/** How many octets a code point takes in UTF-8. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0)!
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/**
 * Splits a content line into lines of at most 75 octets, each continuation starting with a space.
 * Counts UTF-8 octets and splits only between code points, so no character is ever cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Octets(char)
    // Continuation lines lose one octet to their leading space.
    const room = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1
    if (octets + size > room) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}
