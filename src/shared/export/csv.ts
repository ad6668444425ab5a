import { nextDue } from '../cadence/plan'
import type { Card } from '../domain/interview'
import { FORMAT_LABELS, OUTCOME_LABELS, STAGE_LABELS } from '../domain/interview'
import type { ExportSettings } from './follow-ups'
import { followUpAction, localDateTime, pendingFollowUps } from './follow-ups'

export interface CsvOptions extends ExportSettings {
  /** Starts the file with a UTF-8 byte order mark, which Excel needs to read non-ASCII text. */
  bom: boolean
}

const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * One row per interview. Times are `YYYY-MM-DD HH:mm` in the person's own zone, which the headers
 * name: Excel and LibreOffice both read that as a date and time, where an ISO string with an offset
 * stays text. The zone the interview itself was in has a column of its own.
 */
export function boardToCsv(cards: readonly Card[], options: CsvOptions): string {
  const { timeZone } = options
  const header = [
    'Company',
    'Position',
    'Stage',
    'Outcome',
    `Interview start (${timeZone})`,
    `Interview end (${timeZone})`,
    'Interview time zone',
    'Format',
    'Interviewers',
    'Interviewer emails',
    'Topics',
    'Decision date',
    'Next follow-up',
    `Next follow-up due (${timeZone})`,
    'Job link',
    'Notes',
  ]
  const rows = cards.map((card) => {
    const next = nextDue(pendingFollowUps(card, options))
    return [
      card.company,
      card.position,
      STAGE_LABELS[card.stage],
      card.outcome === null ? '' : OUTCOME_LABELS[card.outcome],
      localDateTime(card.time.start, timeZone),
      localDateTime(card.time.end, timeZone),
      card.time.timeZone,
      FORMAT_LABELS[card.format],
      card.interviewers.map((i) => i.name).join('; '),
      card.interviewers
        .map((i) => i.email)
        .filter((email) => email !== '')
        .join('; '),
      card.topics.join('; '),
      card.decisionDate ?? '',
      next === null ? '' : followUpAction(card, next),
      next === null ? '' : localDateTime(next.dueAt, timeZone),
      card.jobUrl,
      card.notes,
    ]
  })
  const text = [header, ...rows].map((row) => row.map(csvField).join(',') + CRLF).join('')
  return options.bom ? BOM + text : text
}

/** A spreadsheet runs a cell that starts like this as a formula (CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One RFC 4180 field. Text a spreadsheet would run as a formula gets a leading apostrophe, which
 * shows it as text; a field with a comma, quote or line break is quoted, quotes doubled. Line breaks
 * inside a field become LF, the in-cell line break Excel and LibreOffice both use.
 */
export function csvField(value: string): string {
  let text = value.replace(/\r\n?/g, '\n')
  if (FORMULA_START.test(value)) text = `'${text}`
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
