import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultCadence } from '../domain/cadence-settings'
import { createCard, moveCard } from '../domain/board'
import type { InterviewDetails } from '../domain/interview'
import type { Card } from '../domain/card'
import { readCell } from '../csv/cells'
import { parseCsv as parseCsvText } from '../import/csv-parse'
import { sampleDetails } from '../test-support/sample-details'
import { boardToCsv, csvField } from './csv'

const AT = new Date('2026-11-17T16:00:00Z')
const settings = { timeZone: 'Europe/Berlin', cadence: defaultCadence() }

const card = (overrides: Partial<InterviewDetails> = {}, id = 'card-1'): Card =>
  createCard(sampleDetails(overrides), id, AT)

/** Splits CSV text into rows of fields, honouring quotes: enough of a reader to check the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    const pair = text.slice(i, i + 2)
    i += 1
    if (quoted && pair === '""') {
      field += '"'
      i += 1
    } else if (c === '"') {
      quoted = !quoted
    } else if (quoted) {
      field += c
    } else if (c === ',') {
      row.push(field)
      field = ''
    } else if (pair === '\r\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 1
    } else {
      field += c
    }
  }
  expect(field, 'the text ends with CRLF').toBe('')
  return rows
}

const rowsOf = (cards: Card[]) => parseCsv(boardToCsv(cards, { ...settings, bom: false }))

describe('boardToCsv', () => {
  it('starts with a header row naming every column, times in the person’s zone', () => {
    expect(rowsOf([])).toEqual([
      [
        'Company',
        'Position',
        'Stage',
        'Outcome',
        'Interview start (Europe/Berlin)',
        'Interview start UTC offset',
        'Interview end (Europe/Berlin)',
        'Interview end UTC offset',
        'Interview time zone',
        'Format',
        'Topics (one per line)',
        'Decision date',
        'Next follow-up',
        'Next follow-up due (Europe/Berlin)',
        'Next follow-up due UTC offset',
        'Job link',
        'Notes',
        'Interviewer 1',
        'Interviewer 1 email',
      ],
    ])
  })

  it('writes one row per interview, with its next follow-up and when it is due', () => {
    const two = card({
      interviewers: [
        { ...sampleDetails().interviewers[0]!, id: 'iv-1', name: 'Priya Raman' },
        { ...sampleDetails().interviewers[0]!, id: 'iv-2', name: 'Sam Lee', email: '' },
      ],
      topics: ['Streaming', 'On-call'],
      decisionDate: '2026-11-27',
      time: {
        start: '2026-11-17T14:00:00.000Z',
        end: '2026-11-17T14:45:00.000Z',
        timeZone: 'America/New_York',
      },
    })
    const [, row] = rowsOf([two])
    expect(row).toEqual([
      'Northwind Analytics',
      'Senior Data Engineer',
      'Thank-you',
      '',
      '2026-11-17 15:00',
      'UTC+01:00',
      '2026-11-17 15:45',
      'UTC+01:00',
      'America/New_York',
      'Video call',
      'Streaming\nOn-call',
      '2026-11-27',
      'Thank-you email to Priya Raman',
      '2026-11-18 15:45',
      'UTC+01:00',
      'https://careers.northwind.example/jobs/42',
      '',
      'Priya Raman',
      'priya@northwind.example',
      'Sam Lee',
      '',
    ])
    // The header has a pair of columns for each interviewer of the busiest card.
    expect(rowsOf([two])[0]!.slice(17)).toEqual([
      'Interviewer 1',
      'Interviewer 1 email',
      'Interviewer 2',
      'Interviewer 2 email',
    ])
  })

  it('names the outcome of a closed card, which has no follow-up left', () => {
    const closed = moveCard(card(), 'closed', 'offer', AT)
    const [, row] = rowsOf([closed])
    expect(row!.slice(2, 4)).toEqual(['Closed', 'Offer'])
    expect(row!.slice(12, 15)).toEqual(['', '', ''])
  })

  it('quotes commas, quotes and line breaks, and keeps line breaks in notes as in-cell breaks', () => {
    const text = boardToCsv(
      [card({ company: 'Acme, Inc.', position: 'The "Data" Lead', notes: 'One\r\nTwo\nThree' })],
      { ...settings, bom: false },
    )
    expect(text).toContain('"Acme, Inc.","The ""Data"" Lead"')
    expect(text).toContain(',"One\nTwo\nThree",')
    expect(text.split('\r\n')).toHaveLength(3)
    const [, row] = parseCsv(text)
    expect(row![0]).toBe('Acme, Inc.')
    expect(row![1]).toBe('The "Data" Lead')
    expect(row![16]).toBe('One\nTwo\nThree')
  })

  it('keeps unicode as it is', () => {
    const [, row] = rowsOf([
      card({ company: 'Zürich Größe 株式会社', notes: 'Café ☕ — “great” 👍' }),
    ])
    expect(row![0]).toBe('Zürich Größe 株式会社')
    expect(row![16]).toBe('Café ☕ — “great” 👍')
  })

  it('ends every line, the last too, with CRLF', () => {
    const text = boardToCsv([card(), card({}, 'card-2')], { ...settings, bom: false })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text.match(/\r\n/g)).toHaveLength(3)
  })

  it('starts with a UTF-8 byte order mark only when asked', () => {
    const withBom = boardToCsv([card()], { ...settings, bom: true })
    const without = boardToCsv([card()], { ...settings, bom: false })
    expect(withBom.charCodeAt(0)).toBe(0xfeff)
    expect([...new TextEncoder().encode(withBom).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(without.startsWith('Company,')).toBe(true)
    expect(withBom.slice(1)).toBe(without)
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    const [, row] = rowsOf([
      card({
        company: '=HYPERLINK("http://evil.example","Click")',
        position: '+1 Engineer',
        topics: ['-2+3'],
        notes: '@SUM(A1)',
      }),
    ])
    expect(row![0]).toBe(`'=HYPERLINK("http://evil.example","Click")`)
    expect(row![1]).toBe("'+1 Engineer")
    expect(row![10]).toBe("'-2+3")
    expect(row![16]).toBe("'@SUM(A1)")
  })
})

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\rbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    // A tab is a separator a spreadsheet may split on: the cell is quoted.
    ['\tindented', `"'\tindented"`],
    ['\rreturn', '"\'\nreturn"'],
    ['-', "'-"],
    ['a=b', 'a=b'],
    // The person's own apostrophe is marked too, so that the import can give it back.
    ["'quoted already", "''quoted already"],
    // Every cell a spreadsheet could split out starts as text, not a formula.
    ['Plain;=1+1', `"Plain;'=1+1"`],
    ['a,+b\n-c\t@d', `"a,'+b\n'-c\t'@d"`],
    ['one;two', '"one;two"'],
    // Control characters a file should not carry become spaces; a NUL ends many readers' files.
    ['nul\u0000bell\u0007esc\u001bend', 'nul bell esc end'],
  ])('%j → %j', (value, written) => {
    expect(csvField(value)).toBe(written)
  })
})

describe('whatever the store holds', () => {
  it('quotes every cell a spreadsheet could split, and starts no piece of one as a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (value) => {
        const field = csvField(value)
        if (/[,;\t\n\r"]/.test(value)) expect(field).toMatch(/^"[^]*"$/)
        const inside = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field
        for (const piece of inside.split(/[,;\t\n]/)) expect(piece).not.toMatch(/^[=+\-@\r]/)
        expect(inside).not.toMatch(/[^\P{Cc}\t\n]/u)
      }),
    )
  })

  it('writes a file its own import reads back whole, for any text in any field', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 30 })
    fc.assert(
      fc.property(
        fc.record({ company: anyText, position: anyText, notes: anyText, name: anyText }),
        (text) => {
          const stored = {
            ...card(),
            company: text.company,
            position: text.position,
            notes: text.notes,
            interviewers: [{ ...sampleDetails().interviewers[0]!, name: text.name }],
          }
          const written = boardToCsv([stored], { ...settings, bom: true })
          expect(written.replace(/\r\n/g, '')).not.toMatch(/[^\P{Cc}\t\n]/u)
          const parsed = parseCsvText(written)
          expect(parsed.ok).toBe(true)
          if (!parsed.ok) return
          const [row] = parsed.table.rows
          const visible = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, ' ')
          expect(parsed.table.rows).toHaveLength(1)
          expect([0, 1, 16, 17].map((i) => readCell(row![i]!))).toEqual(
            [text.company, text.position, text.notes, text.name].map(visible),
          )
        },
      ),
    )
    // Each run plans a card and parses the file back: seconds on a busy machine.
  }, 60_000)
})
