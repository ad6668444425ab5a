import { describe, expect, it } from 'vitest'
import { defaultCadence } from '../cadence/cadence-settings'
import { createCard, moveCard } from '../domain/board'
import type { Card, InterviewDetails } from '../domain/interview'
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
        'Interview end (Europe/Berlin)',
        'Interview time zone',
        'Format',
        'Interviewers',
        'Interviewer emails',
        'Topics',
        'Decision date',
        'Next follow-up',
        'Next follow-up due (Europe/Berlin)',
        'Job link',
        'Notes',
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
      '2026-11-17 15:45',
      'America/New_York',
      'Video call',
      'Priya Raman; Sam Lee',
      'priya@northwind.example',
      'Streaming; On-call',
      '2026-11-27',
      'Thank-you email to Priya Raman',
      '2026-11-18 15:45',
      'https://careers.northwind.example/jobs/42',
      '',
    ])
  })

  it('names the outcome of a closed card, which has no follow-up left', () => {
    const closed = moveCard(card(), 'closed', 'offer', AT)
    const [, row] = rowsOf([closed])
    expect(row!.slice(2, 4)).toEqual(['Closed', 'Offer'])
    expect(row!.slice(12, 14)).toEqual(['', ''])
  })

  it('quotes commas, quotes and line breaks, and keeps line breaks in notes as in-cell breaks', () => {
    const text = boardToCsv(
      [card({ company: 'Acme, Inc.', position: 'The "Data" Lead', notes: 'One\r\nTwo\nThree' })],
      { ...settings, bom: false },
    )
    expect(text).toContain('"Acme, Inc.","The ""Data"" Lead"')
    expect(text).toContain('"One\nTwo\nThree"\r\n')
    expect(text.split('\r\n')).toHaveLength(3)
    const [, row] = parseCsv(text)
    expect(row![0]).toBe('Acme, Inc.')
    expect(row![1]).toBe('The "Data" Lead')
    expect(row![15]).toBe('One\nTwo\nThree')
  })

  it('keeps unicode as it is', () => {
    const [, row] = rowsOf([
      card({ company: 'Zürich Größe 株式会社', notes: 'Café ☕ — “great” 👍' }),
    ])
    expect(row![0]).toBe('Zürich Größe 株式会社')
    expect(row![15]).toBe('Café ☕ — “great” 👍')
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
    expect(row![15]).toBe("'@SUM(A1)")
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
    ['\tindented', "'\tindented"],
    ['\rreturn', '"\'\nreturn"'],
    ['-', "'-"],
    ['a=b', 'a=b'],
    ["'quoted already", "'quoted already"],
  ])('%j → %j', (value, written) => {
    expect(csvField(value)).toBe(written)
  })
})
