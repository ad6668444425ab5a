import type { FollowUpItem } from '../cadence/plan'
import type { Card } from '../domain/interview'
// A backup's file stamp is exactly iCalendar's UTC DATE-TIME: 20261118T144500Z.
import { fileStamp } from '../store/backup-name'
import type { ExportSettings } from './follow-ups'
import { followUpAction, interviewerName, localDateTime, pendingFollowUps } from './follow-ups'

const CRLF = '\r\n'
const SLOT_MS = 15 * 60_000
/** RFC 5545 3.1: a content line is at most 75 octets, not counting the line break. */
const MAX_LINE_OCTETS = 75

/**
 * Every follow-up still to send (due, overdue or upcoming; not sent, card not closed), as an
 * RFC 5545 calendar: one 15-minute event per message. A thank-you has a deadline, so its slot ends
 * at it; the later follow-ups are due on a day, so theirs starts at the reminder time. The UID is
 * the follow-up's own key, so importing a newer export updates events instead of repeating them.
 * Also says how many events it holds.
 */
export function followUpsCalendar(
  cards: readonly Card[],
  settings: ExportSettings,
  now: Date,
): { text: string; count: number } {
  const events = cards.flatMap((card) =>
    pendingFollowUps(card, settings).map((item) => eventLines(card, item, settings, now)),
  )
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Foothold//Follow-ups//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Foothold follow-ups',
    ...events.flat(),
    'END:VCALENDAR',
  ]
  return { text: lines.map((line) => foldLine(line) + CRLF).join(''), count: events.length }
}

function eventLines(card: Card, item: FollowUpItem, settings: ExportSettings, now: Date): string[] {
  const due = Date.parse(item.dueAt)
  const start = item.dueKind === 'deadline' ? due - SLOT_MS : due
  const interviewer = card.interviewers.find((i) => i.id === item.interviewerId)
  const dueText = localDateTime(item.dueAt, settings.timeZone)
  const description = [
    `${followUpAction(card, item)}, after your ${card.position} interview at ${card.company}.`,
    item.dueKind === 'deadline'
      ? `Send it by ${dueText} (${settings.timeZone}).`
      : `Due on ${dueText.slice(0, 10)}.`,
    ...(interviewer?.email ? [`Email: ${interviewer.email}`] : []),
    'Foothold has the draft ready on the card.',
  ].join('\n')
  return [
    'BEGIN:VEVENT',
    `UID:${item.key}@foothold.app`,
    `DTSTAMP:${fileStamp(now)}`,
    `DTSTART:${fileStamp(new Date(start))}`,
    `DTEND:${fileStamp(new Date(start + SLOT_MS))}`,
    `SUMMARY:${escapeText(`${summaryVerb(card, item)} — ${card.company}, ${card.position}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(card.jobUrl ? [`URL:${card.jobUrl}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
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
 * RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`; other control
 * characters, which TEXT cannot hold, become spaces.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\t' ? c : ' '))
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
