import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultCadence } from '../domain/cadence-settings'
import { createCard, moveCard } from '../domain/board'
import type { InterviewDetails } from '../domain/interview'
import type { Card } from '../domain/card'
import { InterviewDetailsSchema } from '../domain/interview'
import { boardToCsv } from '../export/csv'
import { sampleDetails } from '../test-support/sample-details'
import { parseCsv } from './csv-parse'
import type { CsvTable } from './csv-parse'
import { dateOrderOf, parseDateCell, parseTimeCell } from './dates'
import { cardFromImport, dateOrderNeeded, readInterviews } from './interviews'
import type { ReadOptions } from './interviews'
import { IMPORT_FIELDS, guessMapping, mappingProblems } from './mapping'

const table = (text: string): CsvTable => {
  const parsed = parseCsv(text)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.table
}
let ids = 0
const options: ReadOptions = {
  timeZone: 'Europe/Berlin',
  dateOrder: null,
  newId: () => `iv-${++ids}`,
}
const read = (text: string, extra: Partial<ReadOptions> = {}) => {
  const t = table(text)
  return readInterviews(t, guessMapping(t.headers), { ...options, ...extra })
}

describe('guessMapping', () => {
  it('maps Foothold’s own export, leaving out the planned follow-up columns', () => {
    const headers = table(
      boardToCsv([], { timeZone: 'UTC', cadence: defaultCadence(), bom: true }) + 'x\n',
    ).headers
    expect(guessMapping(headers)).toEqual([
      'company',
      'position',
      'stage',
      'outcome',
      'start',
      'startOffset',
      'end',
      'endOffset',
      'timeZone',
      'format',
      'topics',
      'decisionDate',
      'skip',
      'skip',
      'skip',
      'jobUrl',
      'notes',
      'person',
      'personEmail',
    ])
  })

  it('maps a hand-made sheet, and a repeated header only once', () => {
    expect(
      guessMapping([
        'Employer',
        'Role',
        'Date',
        'Time',
        'Interviewer',
        'E-mail',
        'Comments',
        'Role',
        'Salary',
      ]),
    ).toEqual([
      'company',
      'position',
      'start',
      'time',
      'interviewers',
      'emails',
      'notes',
      'skip',
      'skip',
    ])
  })

  it('says what is missing or chosen twice', () => {
    const headers = ['Company', 'Company', 'When']
    expect(mappingProblems(headers, ['company', 'company', 'skip'])).toEqual([
      'Company is chosen for 2 columns (“Company”, “Company”): keep one.',
      'Choose the column that holds the position.',
      'Choose the column that holds the interview date (and start time).',
    ])
    expect(mappingProblems(headers, ['company', 'position', 'start'])).toEqual([])
  })
})

describe('dates', () => {
  it('reads ISO, spreadsheet and US forms, and says why a cell is not a date', () => {
    expect(parseDateCell('2026-11-03 14:00', 'dmy')).toMatchObject({
      ok: true,
      value: { date: '2026-11-03', time: '14:00' },
    })
    expect(parseDateCell('03/11/2026', 'dmy')).toMatchObject({
      ok: true,
      value: { date: '2026-11-03', time: null },
    })
    expect(parseDateCell('03/11/2026 2:30 PM', 'mdy')).toMatchObject({
      ok: true,
      value: { date: '2026-03-11', time: '14:30' },
    })
    expect(parseDateCell('3.11.26 09:05:59', 'dmy')).toMatchObject({
      ok: true,
      value: { date: '2026-11-03', time: '09:05' },
    })
    const offset = parseDateCell('2026-11-03T14:00:00+01:00', 'dmy')
    expect(offset.ok && offset.value.instant?.toISOString()).toBe('2026-11-03T13:00:00.000Z')
    expect(parseDateCell('31/02/2026', 'dmy')).toEqual({
      ok: false,
      reason: 'the date “31/02/2026” is not a real date',
    })
    expect(parseDateCell('2026-11-03 25:00', 'dmy')).toMatchObject({
      ok: false,
      reason: /not a real time/,
    })
    expect(parseDateCell('next Tuesday', 'dmy')).toMatchObject({
      ok: false,
      reason: /not one Foothold can read/,
    })
    expect(parseDateCell('01/01/1066', 'dmy')).toMatchObject({
      ok: false,
      reason: /between 1990 and 2100/,
    })
    expect(parseTimeCell('2pm')).toEqual({ ok: true, value: '14:00' })
    expect(parseTimeCell('14')).toMatchObject({ ok: false })
  })

  it('asks for the day/month order only when the cells leave it open', () => {
    expect(dateOrderOf(['2026-11-03', '2026-12-01'])).toBe('either')
    expect(dateOrderOf(['03/11/2026', '25/11/2026'])).toBe('dmy')
    expect(dateOrderOf(['03/11/2026', '11/25/2026'])).toBe('mdy')
    expect(dateOrderOf(['03/11/2026', '05/05/2026'])).toBe('ambiguous')
    expect(dateOrderOf(['25/11/2026', '11/25/2026'])).toBe('ambiguous')
    const t = table('Company,Position,Date\nA,B,03/11/2026 10:00\n')
    expect(dateOrderNeeded(t, guessMapping(t.headers))).toBe('ambiguous')
  })
})

describe('readInterviews', () => {
  it('turns good rows into details, and names each problem row with its reasons', () => {
    const { good, problems } = read(
      [
        'Company,Position,Date,Time,Interviewers,Emails,Stage,Outcome',
        'Contoso,Designer,2026-11-03,14:00,"Ann Lee, Bo Chen","ann@contoso.example, bo@contoso.example",,',
        ',Designer,2026-11-03,14:00,,,,',
        'Fabrikam,Dev,31/02/2026,10:00,,,,',
        'Tailspin,PM,2026-11-04,10:00,,,Closed,',
        'Litware,QA,2026-11-04,10:00,Sam,not-an-email,Final,',
        'Woodgrove,Ops,2026-11-05,9:30,,,,Offer',
        'Northwind,Eng,2026-11-05,,,,,',
      ].join('\n'),
    )
    expect(problems.map((p) => p.message)).toEqual([
      'Row 3: no company',
      'Row 4: the date “31/02/2026” is not a real date',
      'Row 5: a closed interview needs an outcome (Offer, Rejected, Position filled, No response, Withdrew)',
      'Row 6: interviewer 1’s email: enter an email address like name@company.com',
      'Row 8: the interview date “2026-11-05” has no time of day',
    ])
    expect(good.map((g) => [g.row, g.details.company, g.stage, g.outcome])).toEqual([
      [2, 'Contoso', 'thank-you', null],
      [7, 'Woodgrove', 'closed', 'offer'],
    ])
    const contoso = good[0]!.details
    expect(contoso.time).toEqual({
      start: '2026-11-03T13:00:00.000Z',
      end: '2026-11-03T13:45:00.000Z',
      timeZone: 'Europe/Berlin',
    })
    expect(contoso.interviewers.map((i) => [i.name, i.email])).toEqual([
      ['Ann Lee', 'ann@contoso.example'],
      ['Bo Chen', 'bo@contoso.example'],
    ])
  })

  it('reads day-first or month-first as the person chose, and times in the file’s zone column', () => {
    const text =
      'Company;Position;Start;End;Time zone\nA;B;03/11/2026 09:00;10:30;America/New_York\n'
    const dayFirst = read(text, { dateOrder: 'dmy' }).good[0]!.details.time
    expect(dayFirst).toEqual({
      start: '2026-11-03T14:00:00.000Z',
      end: '2026-11-03T15:30:00.000Z',
      timeZone: 'America/New_York',
    })
    expect(read(text, { dateOrder: 'mdy' }).good[0]!.details.time.start).toBe(
      '2026-03-11T13:00:00.000Z',
    )
    expect(read(text.replace('America/New_York', 'Mars/Olympus')).problems[0]!.message).toMatch(
      /“Mars\/Olympus” is not a time zone Foothold knows/,
    )
  })

  it('keeps formula-looking cells as text, and refuses fields longer than the app allows', () => {
    const { good, problems } = read(
      `Company,Position,Date,Notes\n"=HYPERLINK(""http://evil"")",@role,2026-11-03 10:00,'-first\nBig,Dev,2026-11-03 10:00,${'n'.repeat(20_001)}\n`,
    )
    expect(good[0]!.details).toMatchObject({
      company: '=HYPERLINK("http://evil")',
      position: '@role',
      notes: '-first',
    })
    expect(problems).toEqual([{ row: 3, message: 'Row 3: notes: at most 20000 characters' }])
  })

  it('builds cards with the app’s own operations, in the column the row names', () => {
    const [row] = read('Company,Position,Date,Stage\nA,B,2026-11-03 10:00,Check-in\n').good
    const card = cardFromImport(row!, 'card-9', new Date('2026-11-20T10:00:00Z'))
    expect(card).toMatchObject({ id: 'card-9', stage: 'check-in', outcome: null })
    expect(card.activity.map((a) => a.kind)).toEqual(['created', 'moved'])
  })
})

describe('hostile rows', () => {
  it('every row ends up either as valid details or as a problem with its row number', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('2026-11-03 14:00', '31/02/2026', '03/11/2026', '14:00', 'Closed', 'Offer'),
      fc.constantFrom('=cmd|calc', '__proto__', '\u202e', 'a;b;c', 'x@y.z', 'https://x.example'),
    )
    const fields = fc.array(fc.constantFrom(...IMPORT_FIELDS), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(
        fields.chain((mapping) =>
          fc.tuple(
            fc.constant(mapping),
            fc.array(fc.array(cell, { minLength: mapping.length, maxLength: mapping.length }), {
              minLength: 1,
              maxLength: 5,
            }),
            fc.constantFrom('dmy' as const, 'mdy' as const, null),
          ),
        ),
        ([mapping, rows, dateOrder]) => {
          const headers = mapping.map((_, i) => `c${i}`)
          const { good, problems } = readInterviews({ delimiter: ',', headers, rows }, mapping, {
            ...options,
            dateOrder,
          })
          expect(good.length + problems.length).toBe(rows.length)
          for (const row of good)
            expect(InterviewDetailsSchema.safeParse(row.details).success).toBe(true)
          for (const problem of problems)
            expect(problem.message).toMatch(new RegExp(`^Row ${problem.row}: .+`))
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('export → import', () => {
  const AT = new Date('2026-11-17T16:00:00Z')
  const settings = { timeZone: 'Europe/Berlin', cadence: defaultCadence() }
  const person = sampleDetails().interviewers[0]!
  const boards: InterviewDetails[] = [
    sampleDetails(),
    sampleDetails({
      company: 'Contoso, Ltd',
      position: '=Lead "Designer"',
      time: {
        start: '2026-03-29T00:30:00.000Z',
        end: '2026-03-29T01:30:00.000Z',
        timeZone: 'America/New_York',
      },
      interviewers: [
        { ...person, id: 'a', name: 'Zoë Ørsted', email: '' },
        { ...person, id: 'b', name: 'Sam Lee', email: 'sam.lee@contoso.example' },
      ],
      topics: ['Design systems', 'On-call; rotas'.replace(';', ',')],
      decisionDate: '2026-04-10',
      format: 'on-site',
      jobUrl: '',
      notes: '- bring portfolio\n- ask about "team"',
    }),
    sampleDetails({ company: 'Tailspin', interviewers: [], topics: [], format: 'phone' }),
  ]

  it('gives back the same interviews, stages and outcomes', () => {
    const cards: Card[] = boards.map((details, i) => createCard(details, `card-${i}`, AT))
    cards[1] = moveCard(cards[1]!, 'final', null, AT)
    cards[2] = moveCard(cards[2]!, 'closed', 'position-filled', AT)
    const { good, problems } = read(boardToCsv(cards, { ...settings, bom: true }), {
      timeZone: 'UTC',
    })
    expect(problems).toEqual([])
    const strip = (details: InterviewDetails) => ({
      ...details,
      // Ids are new; the export has no column for an interviewer's title.
      interviewers: details.interviewers.map(({ id: _id, title: _title, ...rest }) => rest),
    })
    expect(
      good.map((g) => ({ details: strip(g.details), stage: g.stage, outcome: g.outcome })),
    ).toEqual(
      cards.map((c) => ({
        details: strip(detailsOf(c)),
        stage: c.stage,
        outcome: c.outcome,
      })),
    )
  })
})

/** The card's editable part, the part an export carries. */
function detailsOf(card: Card): InterviewDetails {
  const keys = Object.keys(InterviewDetailsSchema.shape) as (keyof InterviewDetails)[]
  return Object.fromEntries(keys.map((key) => [key, card[key]])) as InterviewDetails
}
