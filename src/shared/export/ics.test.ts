import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { markReplied, markSent } from '../cadence/advance'
import { defaultCadence } from '../domain/cadence-settings'
import { createCard, moveCard } from '../domain/board'
import type { InterviewDetails, Interviewer } from '../domain/interview'
import type { Card } from '../domain/card'
import { sampleDetails } from '../test-support/sample-details'
import { escapeText, foldLine, followUpsCalendar } from './ics'

const AT = new Date('2026-11-17T16:00:00Z')
const NOW = new Date('2026-11-18T08:00:00Z')
const settings = { timeZone: 'Europe/Berlin', cadence: defaultCadence() }

const person = (id: string, name: string, more: Partial<Interviewer> = {}): Interviewer => ({
  ...sampleDetails().interviewers[0]!,
  id,
  name,
  ...more,
})

const card = (overrides: Partial<InterviewDetails> = {}, id = 'card-1'): Card =>
  createCard(sampleDetails(overrides), id, AT)

/** The events as an independent parser (ical.js) reads them. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  expect(calendar.name).toBe('vcalendar')
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startIsUtc: event.startDate.zone === ICAL.Timezone.utcTimezone,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    }
  })
}

describe('followUpsCalendar', () => {
  it('is a calendar with one 15-minute event per follow-up still to send', () => {
    const { text } = followUpsCalendar(
      [card({ interviewers: [person('iv-1', 'Priya Raman'), person('iv-2', 'Sam Lee')] })],
      settings,
      NOW,
    )
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const events = parseEvents(text)
    expect(events.map((e) => e.summary)).toEqual([
      'Thank Priya Raman — Northwind Analytics, Senior Data Engineer',
      'Thank Sam Lee — Northwind Analytics, Senior Data Engineer',
    ])
    // The thank-you is due 24 hours after the interview ended: its slot ends at that deadline.
    expect(events[0]).toMatchObject({
      uid: 'card-1:thank-you:iv-1@foothold.app',
      start: '2026-11-18T14:30:00.000Z',
      end: '2026-11-18T14:45:00.000Z',
      startIsUtc: true,
      stamp: '2026-11-18T08:00:00Z',
    })
    expect(text).toContain('DTSTART:20261118T143000Z\r\n')
    expect(text).toContain('DTEND:20261118T144500Z\r\n')
    expect(events[0]!.description).toBe(
      [
        'Thank-you email to Priya Raman, after your Senior Data Engineer interview at Northwind Analytics.',
        'Send it by 2026-11-18 15:45 (Europe/Berlin).',
        'Email: priya@northwind.example',
        'Foothold has the draft ready on the card.',
      ].join('\n'),
    )
    expect(followUpsCalendar([card()], settings, NOW).count).toBe(1)
  })

  it('leaves out what was sent, a stage that got a reply, and closed cards', () => {
    const two = card({ interviewers: [person('iv-1', 'Priya Raman'), person('iv-2', 'Sam Lee')] })
    const oneSent = { ...two, followUps: markSent(two.followUps, two, 'thank-you', ['iv-1'], AT) }
    const replied = { ...card({}, 'card-2') }
    replied.followUps = markReplied(replied.followUps, 'thank-you', AT)
    const closed = moveCard(card({}, 'card-3'), 'closed', 'offer', AT)
    const cards = [oneSent, replied, closed]
    const events = parseEvents(followUpsCalendar(cards, settings, NOW).text)
    expect(events.map((e) => e.uid)).toEqual(['card-1:thank-you:iv-2@foothold.app'])
    expect(followUpsCalendar(cards, settings, NOW).count).toBe(1)
  })

  it('puts a day’s follow-up at the reminder time, and says call for a phone person', () => {
    const checkIn = moveCard(
      card({ interviewers: [person('iv-1', 'Priya Raman', { preferredChannel: 'phone' })] }),
      'check-in',
      null,
      AT,
    )
    const [event] = parseEvents(followUpsCalendar([checkIn], settings, NOW).text)
    expect(event!.summary).toBe(
      'Call Priya Raman to check in — Northwind Analytics, Senior Data Engineer',
    )
    // 09:00 in Berlin on a workday, for 15 minutes.
    expect(Date.parse(event!.end) - Date.parse(event!.start)).toBe(15 * 60_000)
    expect(new Date(event!.start).getUTCHours()).toBe(8)
    expect(event!.description).toMatch(/^Check-in call to Priya Raman, after your/)
    expect(event!.description).toMatch(/\nDue on \d{4}-\d{2}-\d{2}\.\n/)
  })

  it('keeps each follow-up’s UID from one export to the next', () => {
    const cards = [card(), card({}, 'card-2')]
    const uids = (now: Date) =>
      parseEvents(followUpsCalendar(cards, settings, now).text).map((e) => e.uid)
    expect(uids(NOW)).toEqual(uids(new Date('2026-11-18T12:00:00Z')))
    expect(new Set(uids(NOW)).size).toBe(2)
  })

  it('escapes commas, semicolons, backslashes and line breaks, and a parser reads them back', () => {
    const tricky = card({
      company: 'Acme, Inc.; Labs',
      position: 'Data\\Platform Lead',
      interviewers: [person('iv-1', 'O’Brien, Pat', { email: '' })],
    })
    const { text } = followUpsCalendar([tricky], settings, NOW)
    expect(text).toContain(
      'SUMMARY:Thank O’Brien\\, Pat — Acme\\, Inc.\\; Labs\\, Data\\\\Platform ',
    )
    const [event] = parseEvents(text)
    expect(event!.summary).toBe('Thank O’Brien, Pat — Acme, Inc.; Labs, Data\\Platform Lead')
    expect(event!.description.split('\n')).toHaveLength(3)
    expect(event!.description).toContain('at Acme, Inc.; Labs.\nSend it by')
  })

  it('keeps unicode, and folds long lines at 75 octets without splitting a character', () => {
    const company = 'Société Générale 株式会社 Ünïcødé Ltd — Zürich und München Niederlassung'
    const name = 'Zoë Ørsted-Łukasiewicz 🎉'
    const { text } = followUpsCalendar(
      [card({ company, interviewers: [person('iv-1', name)] })],
      settings,
      NOW,
    )
    const physical = text.split('\r\n').slice(0, -1)
    expect(
      physical.some((line) => line.startsWith(' ')),
      'some lines were folded',
    ).toBe(true)
    const strict = new TextDecoder('utf-8', { fatal: true })
    for (const line of physical) {
      const bytes = new TextEncoder().encode(line)
      expect(bytes.length, line).toBeLessThanOrEqual(75)
      // Each physical line on its own is whole UTF-8: no character was cut at a fold.
      expect(strict.decode(bytes)).toBe(line)
    }
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const [event] = parseEvents(text)
    expect(event!.summary).toBe(`Thank ${name} — ${company}, Senior Data Engineer`)
  })
})

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['one\r\ntwo\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['bell\u0007tab\tkept', 'bell tab\tkept'],
  ])('%j → %j', (value, escaped) => {
    expect(escapeText(value)).toBe(escaped)
  })
})

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    const exact = 'X'.repeat(75)
    expect(foldLine(exact)).toBe(exact)
    expect(foldLine(`${exact}Y`)).toBe(`${exact}\r\n Y`)
  })

  it('moves a multi-byte character that would straddle the limit to the next line', () => {
    const line = `${'a'.repeat(74)}€b`
    expect(foldLine(line)).toBe(`${'a'.repeat(74)}\r\n €b`)
  })

  it('fits continuation lines, space included, in 75 octets', () => {
    const folded = foldLine('é'.repeat(100)).split('\r\n')
    expect(folded.map((l) => new TextEncoder().encode(l).length)).toEqual([74, 75, 53])
    expect(folded.map((l) => l.replace(/^ /, '')).join('')).toBe('é'.repeat(100))
  })
})

describe('what the calendar says', () => {
  it('ends the first sentence once when the company ends with a full stop', () => {
    const [event] = parseEvents(
      followUpsCalendar([card({ company: 'Contoso Ltd.' })], settings, NOW).text,
    )
    expect(event!.description.split('\n')[0]).toBe(
      'Thank-you email to Priya Raman, after your Senior Data Engineer interview at Contoso Ltd.',
    )
    const [plain] = parseEvents(
      followUpsCalendar([card({ company: 'Yahoo!' })], settings, NOW).text,
    )
    expect(plain!.description.split('\n')[0]).toMatch(/interview at Yahoo!$/)
  })

  it('gives a call reminder the interviewer’s phone number', () => {
    const caller = person('iv-1', 'Priya Raman', {
      preferredChannel: 'phone',
      phone: '+49 30 1234 5678',
    })
    const checkIn = moveCard(card({ interviewers: [caller] }), 'check-in', null, AT)
    const [event] = parseEvents(followUpsCalendar([checkIn], settings, NOW).text)
    expect(event!.description.split('\n')).toEqual([
      'Check-in call to Priya Raman, after your Senior Data Engineer interview at Northwind Analytics.',
      expect.stringMatching(/^Due on /),
      'Phone: +49 30 1234 5678',
      'Email: priya@northwind.example',
      'Foothold has the draft ready on the card.',
    ])
  })
})

describe('whatever the store holds, every value is escaped', () => {
  const propertyNames = (text: string) =>
    new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => vevent.getAllProperties().map((p) => p.name))

  it('leaves out a job link with a line break or control character, and keeps a plain one', () => {
    for (const jobUrl of [
      'https://evil.example/\r\nATTACH:https://evil.example/x',
      'https://evil.example/\nX-INJECTED:1',
      'https://evil.example/\u0007bell',
      'javascript:alert(1)',
    ]) {
      const { text } = followUpsCalendar([card({ jobUrl })], settings, NOW)
      expect(propertyNames(text)).toEqual([
        ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'transp'],
      ])
      expect(text).not.toContain('evil.example')
    }
    const { text } = followUpsCalendar(
      [card({ jobUrl: 'https://jobs.example/42?a=1,b;c' })],
      settings,
      NOW,
    )
    expect(text).toContain('URL:https://jobs.example/42?a=1,b;c\r\n')
  })

  it('writes no raw control character and no extra property, for any text in any field', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 40 })
    fc.assert(
      fc.property(
        fc.record({
          company: anyText,
          position: anyText,
          name: anyText,
          email: anyText,
          phone: anyText,
          jobUrl: anyText.map((rest) => `https://x.example/${rest}`),
          ids: fc.tuple(anyText, anyText),
        }),
        ({ company, position, name, email, phone, jobUrl, ids: [cardId, interviewerId] }) => {
          const hostile = {
            ...moveCard(card(), 'check-in', null, AT),
            id: cardId,
            company,
            position,
            jobUrl,
            interviewers: [
              person(interviewerId, name, { email, phone, preferredChannel: 'phone' as const }),
            ],
          }
          const { text, count } = followUpsCalendar([hostile], settings, NOW)
          const lines = text.split('\r\n')
          expect(lines.at(-1)).toBe('')
          for (const line of lines.slice(0, -1)) {
            expect(line).not.toMatch(/[^\P{Cc}\t]/u)
            expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
          }
          expect(count).toBe(1)
          const [names] = propertyNames(text)
          expect(names!.filter((n) => n !== 'url')).toEqual([
            'uid',
            'dtstamp',
            'dtstart',
            'dtend',
            'summary',
            'description',
            'transp',
          ])
          const [event] = parseEvents(text)
          const visible = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, ' ')
          expect(event!.summary).toBe(visible(`Call ${name} to check in — ${company}, ${position}`))
        },
      ),
      { numRuns: 200 },
    )
    // Each run plans a card and parses the calendar back: seconds on a busy machine.
  }, 60_000)
})
