import Papa from 'papaparse'
import { nextDue } from '../cadence/plan'
import { listCell, writeCell } from '../csv/cells'
import { utcOffsetText } from '../csv/utc-offset'
import type { Card } from '../domain/card'
import { FORMAT_LABELS, OUTCOME_LABELS, STAGE_LABELS } from '../domain/interview'
import type { ExportSettings } from './follow-ups'
import { followUpAction, localDateTime, pendingFollowUps } from './follow-ups'

export interface CsvOptions extends ExportSettings {
  /** Starts the file with a UTF-8 byte order mark, which Excel needs to read non-ASCII text. */
  bom: boolean
}

const BOM = '\uFEFF'
const CRLF = '\r\n'

/** What each interviewer gets a column of, in "Interviewer 1", "Interviewer 1 email" order. */
const PERSON_COLUMNS = [
  { header: '', value: (person: Card['interviewers'][number]) => person.name },
  { header: ' email', value: (person: Card['interviewers'][number]) => person.email },
] as const

/**
 * One row per interview. Times are `YYYY-MM-DD HH:mm` in the person's own zone, which the headers
 * name: Excel reads that as a date and time, and LibreOffice does with "Detect special numbers"
 * ticked (no form is read as one by both programs' defaults). The UTC offset beside each time
 * names the instant even in the hour a clock change repeats; the zone the interview itself was in
 * has a column of its own. Lists keep every character of their items: topics one per line in
 * their cell, and each interviewer in columns of their own, at the end, as many as the busiest
 * card needs.
 */
export function boardToCsv(cards: readonly Card[], options: CsvOptions): string {
  const { timeZone } = options
  const people = Math.max(1, ...cards.map((card) => card.interviewers.length))
  const header = [
    'Company',
    'Position',
    'Stage',
    'Outcome',
    `Interview start (${timeZone})`,
    'Interview start UTC offset',
    `Interview end (${timeZone})`,
    'Interview end UTC offset',
    'Interview time zone',
    'Format',
    'Topics (one per line)',
    'Decision date',
    'Next follow-up',
    `Next follow-up due (${timeZone})`,
    'Next follow-up due UTC offset',
    'Job link',
    'Notes',
    ...Array.from({ length: people }, (_, i) =>
      PERSON_COLUMNS.map((column) => `Interviewer ${i + 1}${column.header}`),
    ).flat(),
  ]
  const when = (instant: string) => [
    localDateTime(instant, timeZone),
    utcOffsetText(new Date(instant), timeZone),
  ]
  const rows = cards.map((card) => {
    const next = nextDue(pendingFollowUps(card, options))
    return [
      card.company,
      card.position,
      STAGE_LABELS[card.stage],
      card.outcome === null ? '' : OUTCOME_LABELS[card.outcome],
      ...when(card.time.start),
      ...when(card.time.end),
      card.time.timeZone,
      FORMAT_LABELS[card.format],
      listCell(card.topics),
      card.decisionDate ?? '',
      next === null ? '' : followUpAction(card, next),
      ...(next === null ? ['', ''] : when(next.dueAt)),
      card.jobUrl,
      card.notes,
      ...Array.from({ length: people }, (_, i) => {
        const person = card.interviewers[i]
        return PERSON_COLUMNS.map((column) => (person ? column.value(person) : ''))
      }).flat(),
    ]
  })
  const text = csvRows([header, ...rows])
  return options.bom ? BOM + text : text
}

/** A cell a spreadsheet could split (at any separator it may use, or a line break) is quoted. */
const QUOTED = /[",;\t\n]/

/**
 * RFC 4180 rows by Papa Parse, every row ending in CRLF, each cell as `writeCell` makes it: line
 * breaks as LF, every piece that could run as a formula marked with an apostrophe.
 */
function csvRows(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return ''
  const cells = rows.map((row) => row.map(writeCell))
  return (
    Papa.unparse(cells, {
      delimiter: ',',
      newline: CRLF,
      quotes: (value: unknown) => QUOTED.test(String(value)),
      escapeFormulae: false,
    }) + CRLF
  )
}

/** One field exactly as `boardToCsv` writes it. */
export function csvField(value: string): string {
  return csvRows([[value]]).slice(0, -CRLF.length)
}
