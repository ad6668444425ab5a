import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultCadence } from '../domain/cadence-settings'
import { createCard, moveCard } from '../domain/board'
import type { InterviewDetails, Interviewer, Outcome, Stage } from '../domain/interview'
import type { Card } from '../domain/card'
import {
  EnteredDetailsSchema,
  FORMATS,
  InterviewDetailsSchema,
  OUTCOMES,
  STAGES,
} from '../domain/interview'
import { boardToCsv } from '../export/csv'
import { sampleDetails } from '../test-support/sample-details'
import { parseCsv } from './csv-parse'
import type { CsvTable } from './csv-parse'
import { readInterviews } from './interviews'
import { guessMapping, mappingProblems } from './mapping'

const AT = new Date('2026-10-01T12:00:00Z')
let ids = 0
const newId = () => `iv-${++ids}`

const table = (text: string): CsvTable => {
  const parsed = parseCsv(text)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.table
}

/** A file read as the import dialog reads it: its own guess at the columns, no questions. */
function importText(text: string, timeZone = 'UTC') {
  const t = table(text)
  expect(mappingProblems(t.headers, guessMapping(t.headers))).toEqual([])
  return readInterviews(t, guessMapping(t.headers), { timeZone, dateOrder: null, newId })
}

/** Foothold's export of these cards, read back by its own import. */
function roundTrip(cards: Card[], timeZone = 'Europe/Berlin') {
  const text = boardToCsv(cards, { timeZone, cadence: defaultCadence(), bom: true })
  return importText(text)
}

const person = (name: string, email = '', more: Partial<Interviewer> = {}): Interviewer => ({
  ...sampleDetails().interviewers[0]!,
  id: newId(),
  name,
  email,
  ...more,
})

/** What the export carries of a card: every detail but the interviewers' ids and extras. */
function carried(details: InterviewDetails) {
  return {
    ...details,
    interviewers: details.interviewers.map((i) => ({ name: i.name, email: i.email })),
  }
}

describe('lists in the export keep every character of their items', () => {
  it('an interviewer written “Surname, Given name” and a topic “Kafka; Flink” come back whole', () => {
    const card = createCard(
      sampleDetails({
        interviewers: [
          person('Raman, Priya', 'priya@northwind.example'),
          person('Lee; Sam', ''),
          person('O’Brien, Pat', 'pat,ob@northwind.example'),
        ],
        topics: ['Kafka; Flink', 'Batch, then streaming', 'one\ttwo'],
      }),
      'card-1',
      AT,
    )
    const { good, problems } = roundTrip([card])
    expect(problems).toEqual([])
    expect(good[0]!.details.interviewers.map((i) => [i.name, i.email])).toEqual([
      ['Raman, Priya', 'priya@northwind.example'],
      ['Lee; Sam', ''],
      ['O’Brien, Pat', 'pat,ob@northwind.example'],
    ])
    expect(good[0]!.details.topics).toEqual(['Kafka; Flink', 'Batch, then streaming', 'one\ttwo'])
  })

  it('still reads a file written the old way: lists split on semicolons, emails paired by name', () => {
    const old = [
      'Company,Position,Stage,Outcome,Interview start (Europe/Berlin),Interview end (Europe/Berlin),Interview time zone,Format,Interviewers,Interviewer emails,Topics,Decision date,Next follow-up,Next follow-up due (Europe/Berlin),Job link,Notes',
      "Northwind,Data Engineer,Check-in,,2026-11-17 15:00,2026-11-17 15:45,America/New_York,Video call,Priya Raman; Sam Lee,sam.lee@northwind.example,Streaming; On-call,2026-11-27,Check-in email to Priya Raman,2026-11-30 09:00,https://northwind.example/jobs/1,'=1+1",
      '',
    ].join('\r\n')
    const { good, problems } = importText(old)
    expect(problems).toEqual([])
    expect(good[0]).toMatchObject({
      stage: 'check-in',
      details: {
        company: 'Northwind',
        time: {
          start: '2026-11-17T14:00:00.000Z',
          end: '2026-11-17T14:45:00.000Z',
          timeZone: 'America/New_York',
        },
        topics: ['Streaming', 'On-call'],
        decisionDate: '2026-11-27',
        notes: '=1+1',
      },
    })
    expect(good[0]!.details.interviewers.map((i) => [i.name, i.email])).toEqual([
      ['Priya Raman', ''],
      ['Sam Lee', 'sam.lee@northwind.example'],
    ])
  })

  it('maps numbered interviewer columns of a hand-made sheet, and says when they do not pair up', () => {
    const headers = ['Company', 'Role', 'When', 'Interviewer 1', 'Email 1', 'Interviewer 2 name']
    expect(guessMapping(headers)).toEqual([
      'company',
      'position',
      'start',
      'person',
      'personEmail',
      'person',
    ])
    expect(mappingProblems(headers, guessMapping(headers))).toEqual([])
    const both = ['Company', 'Role', 'When', 'Interviewers', 'Interviewer 1']
    expect(mappingProblems(both, guessMapping(both))).toEqual([
      'Interviewers are chosen both as a list in one cell (“Interviewers”) and one per column (“Interviewer 1”): keep one way.',
    ])
    const emails = ['Company', 'Role', 'When', 'Email 1', 'Email 2', 'Interviewer 1']
    expect(mappingProblems(emails, guessMapping(emails))).toEqual([
      'There are 2 columns of one interviewer’s email but 1 of one interviewer’s name: the first email column goes with the first name column, and so on.',
    ])
    const { good, problems } = importText(
      'Company,Role,When,Interviewer 1,Email 1,Interviewer 2,Email 2\n' +
        'A,B,2026-11-03 10:00,"Chen, Bo",bo@a.example,,ann@a.example\n' +
        'C,D,2026-11-03 10:00,,,"Ng, Al",\n',
    )
    expect(problems).toEqual([
      {
        row: 2,
        message: 'Row 2: the email “ann@a.example” in “Email 2” has no name in “Interviewer 2”',
      },
    ])
    expect(good[0]!.details.interviewers.map((i) => i.name)).toEqual(['Ng, Al'])
  })
})

describe('times in the hour a clock change repeats', () => {
  // 1 November 2026, New York: 01:00–02:00 happens twice, first in EDT (UTC-4), then EST (UTC-5).
  const zone = 'America/New_York'
  const at = (start: string, end: string) =>
    createCard(sampleDetails({ time: { start, end, timeZone: zone } }), 'card-1', AT)

  it('come back as the same instants, written with their UTC offsets', () => {
    const cards = [
      // 01:30 EDT until 01:15 EST: forty-five minutes across the change.
      at('2026-11-01T05:30:00.000Z', '2026-11-01T06:15:00.000Z'),
      // 01:30 EST until 02:00 EST.
      at('2026-11-01T06:30:00.000Z', '2026-11-01T07:00:00.000Z'),
    ]
    const text = boardToCsv(cards, { timeZone: zone, cadence: defaultCadence(), bom: false })
    expect(text).toContain('2026-11-01 01:30,UTC-04:00,2026-11-01 01:15,UTC-05:00,')
    expect(text).toContain('2026-11-01 01:30,UTC-05:00,2026-11-01 02:00,UTC-05:00,')
    const { good, problems } = importText(text)
    expect(problems).toEqual([])
    expect(good.map((g) => g.details.time)).toEqual(cards.map((c) => c.time))
  })

  it('without an offset: a start asks which, an end is the first reading after its start', () => {
    const header = `Company,Position,Interview start (${zone}),Interview end (${zone})\n`
    const { good, problems } = importText(
      `${header}A,B,2026-11-01 01:30,2026-11-01 01:45\nC,D,2026-11-01 00:50,2026-11-01 01:20\n`,
    )
    expect(problems.map((p) => p.message)).toEqual([
      `Row 2: 2026-11-01 01:30 happens twice in ${zone} (the clocks go back): add its UTC offset, UTC-04:00 or UTC-05:00`,
    ])
    expect(good[0]!.details.time).toMatchObject({
      start: '2026-11-01T04:50:00.000Z',
      end: '2026-11-01T05:20:00.000Z',
    })
  })

  it('an offset that does not fit the time, or is no offset, is named; a skipped hour is too', () => {
    const header = `Company,Position,Interview start (Europe/Berlin),Interview start UTC offset\n`
    const { problems } = importText(
      `${header}A,B,2026-12-01 10:00,UTC+02:00\nC,D,2026-12-01 10:00,soon\nE,F,2026-03-29 02:30,\n`,
    )
    expect(problems.map((p) => p.message)).toEqual([
      'Row 2: 2026-12-01 10:00 in Europe/Berlin is at UTC+01:00, not UTC+02:00: correct the time or its offset',
      'Row 3: the UTC offset “soon” is not one Foothold can read (write it like UTC+01:00)',
      'Row 4: 2026-03-29 02:30 does not exist in Europe/Berlin (a clock change)',
    ])
  })
})

describe('a person’s own apostrophes and formula-like text', () => {
  it('come back exactly, while every piece a spreadsheet could split out is text', () => {
    const texts = ["'=mine", "''twice", "'", 'Plain;=1+1', 'a,-b', '@here', "- one\n'- two\n=three"]
    const cards = texts.map((text, i) =>
      createCard(
        sampleDetails({
          company: text.split('\n')[0]!,
          position: `P ${text}`.split('\n')[0]!,
          notes: text,
        }),
        `card-${i}`,
        AT,
      ),
    )
    const { good, problems } = roundTrip(cards)
    expect(problems).toEqual([])
    expect(good.map((g) => g.details.notes)).toEqual(texts)
    expect(good.map((g) => g.details.company)).toEqual(cards.map((c) => c.company))
  })
})

// ---- properties: export → import gives the same cards, field by field ------------------------

// Text a person can type into one line: any character but control characters, with the
// characters CSV, spreadsheets and Foothold's own encoding treat specially mixed in often.
const TRICKY = [
  ',',
  ';',
  '"',
  "'",
  '=',
  '+',
  '-',
  '@',
  ' ',
  '\u00a0',
  'Ltd.',
  'Zoë',
  '株',
  '👍🏽',
  '\\',
]
const oneLine = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...TRICKY),
        fc.string({ unit: 'binary', maxLength: 3 }).map((s) => s.replace(/\p{Cc}/gu, '')),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('').slice(0, maxLength))
const filled = (maxLength: number) => oneLine(maxLength).filter((s) => s.trim() !== '')
// Notes hold lines and tabs too.
const notes = fc
  .array(fc.oneof(oneLine(40), fc.constantFrom('\n', '\t', '\n\n')), { maxLength: 6 })
  .map((parts) => parts.join(''))
const email = fc
  .tuple(
    fc.stringMatching(/^[^\s@"]{1,8}$/),
    fc.stringMatching(/^[^\s@"]{1,8}$/),
    fc.stringMatching(/^[a-z]{2,4}$/),
  )
  .map(([local, domain, top]) => `${local}@${domain}.${top}`)
  .filter((value) => !/\p{Cc}/u.test(value))
const interviewer = fc.record({
  name: filled(60),
  email: fc.oneof(fc.constant(''), email),
})

// Zones with clock changes of an hour, of half an hour (Lord Howe), and none (Kolkata).
const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'UTC',
]
// Clock changes in 2026 and 2027 of the zones above, each ± 3 hours.
const CHANGES = [
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-04-04T15:00:00Z',
  '2026-10-03T15:30:00Z',
  '2026-04-04T14:00:00Z',
  '2026-09-26T14:00:00Z',
  '2027-11-07T06:00:00Z',
].map(Date.parse)
const MINUTE = 60_000
const aroundAChange = fc
  .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -180, max: 180 }))
  .map(([change, minutes]) => change + minutes * MINUTE)

const details: fc.Arbitrary<InterviewDetails> = fc
  .record({
    company: filled(80),
    position: filled(80),
    jobUrl: fc.oneof(
      fc.constant(''),
      fc
        .string({ unit: 'grapheme-ascii', maxLength: 20 })
        .map((path) => `https://jobs.example/${path.replace(/\s/g, '')}`),
    ),
    start: aroundAChange,
    minutes: fc.integer({ min: 1, max: 300 }),
    timeZone: fc.constantFrom(...ZONES),
    format: fc.constantFrom(...FORMATS),
    interviewers: fc.array(interviewer, { maxLength: 4 }),
    topics: fc.array(filled(60), { maxLength: 4 }),
    // The import takes details as a person enters them: a decision date on or after the
    // interview's day. A day or more after its start (in UTC) is never before it anywhere.
    decisionDays: fc.option(fc.integer({ min: 1, max: 60 })),
    notes,
  })
  .map((r) =>
    EnteredDetailsSchema.parse({
      company: r.company,
      position: r.position,
      jobUrl: r.jobUrl,
      time: {
        start: new Date(r.start).toISOString(),
        end: new Date(r.start + r.minutes * MINUTE).toISOString(),
        timeZone: r.timeZone,
      },
      format: r.format,
      interviewers: r.interviewers.map((i) => person(i.name, i.email)),
      topics: r.topics,
      decisionDate:
        r.decisionDays === null
          ? null
          : new Date(r.start + r.decisionDays * 86_400_000).toISOString().slice(0, 10),
      tone: 'formal',
      notes: r.notes,
    }),
  )
  .filter((d) => d.company !== '' && d.position !== '' && d.topics.every((t) => t !== ''))

const column = fc
  .constantFrom(...STAGES)
  .chain((stage) =>
    fc.tuple(
      fc.constant(stage),
      stage === 'closed' ? fc.constantFrom(...OUTCOMES) : fc.constant(null),
    ),
  ) as fc.Arbitrary<[Stage, Outcome | null]>

describe('export → import, property-tested', () => {
  it('gives back every card, field by field, whatever the text and across clock changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(details, column), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...ZONES),
        (rows, personZone) => {
          const cards = rows.map(([d, [stage, outcome]], i) => {
            const card = createCard(d, `card-${i}`, AT)
            return stage === 'thank-you' ? card : moveCard(card, stage, outcome, AT)
          })
          const { good, problems } = roundTrip(cards, personZone)
          expect(problems).toEqual([])
          expect(good).toHaveLength(cards.length)
          good.forEach((read, i) => {
            const card = cards[i]!
            expect(read.stage).toBe(card.stage)
            expect(read.outcome).toBe(card.outcome)
            const [got, want] = [carried(read.details), carried(card)]
            for (const key of Object.keys(
              InterviewDetailsSchema.shape,
            ) as (keyof InterviewDetails)[]) {
              expect(got[key], key).toEqual(want[key])
            }
          })
        },
      ),
      { numRuns: 200 },
    )
    // Each run plans, writes and reads up to four cards: seconds on a busy machine.
  }, 60_000)
})
