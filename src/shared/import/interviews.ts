import { z } from 'zod'
import { createCard, moveCard } from '../domain/board'
import type { Card } from '../domain/card'
import type {
  InterviewDetails,
  InterviewFormat,
  Interviewer,
  Outcome,
  Stage,
} from '../domain/interview'
import {
  DEFAULT_DURATION_MINUTES,
  FORMAT_LABELS,
  FORMATS,
  EnteredDetailsSchema,
  OUTCOME_LABELS,
  OUTCOMES,
  STAGE_LABELS,
  STAGES,
} from '../domain/interview'
import { listItems, readCell } from '../csv/cells'
import { formatUtcOffset, parseUtcOffset, utcOffsetText } from '../csv/utc-offset'
import { isValidTimeZone } from '../domain/time'
import type { CellDateTime, DateOrder } from './dates'
import { dateOrderOf, instantsAt, parseDateCell, parseTimeCell } from './dates'
import type { ColumnMapping, ImportField } from './mapping'
import { columnName, readHeader } from './mapping'
import type { CsvTable } from './csv-parse'

/** What one good row becomes: the details a person would type, and the column it goes in. */
export const ImportedInterviewSchema = z
  .strictObject({
    details: EnteredDetailsSchema,
    stage: z.enum(STAGES),
    outcome: z.enum(OUTCOMES).nullable(),
  })
  .refine((row) => (row.stage === 'closed') === (row.outcome !== null), {
    message: 'A closed interview needs an outcome, and only a closed one has one',
    path: ['outcome'],
  })
export type ImportedInterview = z.infer<typeof ImportedInterviewSchema>

export interface ImportedRow extends ImportedInterview {
  /** The spreadsheet's row number (the header is row 1). */
  row: number
}

export interface RowProblem {
  row: number
  /** "Row 7: the date “31/02/2026” is not a real date" */
  message: string
}

export interface ReadOptions {
  /** The person's zone: times are read in it unless the file says otherwise. */
  timeZone: string
  /** Only needed when the file's dates could be read either way (see `dateOrderOf`). */
  dateOrder: DateOrder | null
  newId: () => string
}

const DATE_FIELDS: readonly ImportField[] = ['start', 'end', 'decisionDate']

/** Whether the mapped date columns need the person to say which comes first, day or month. */
export function dateOrderNeeded(
  table: CsvTable,
  mapping: ColumnMapping,
): DateOrder | 'ambiguous' | 'either' {
  const columns = mapping.flatMap((f, i) => (DATE_FIELDS.includes(f) ? [i] : []))
  return dateOrderOf(table.rows.flatMap((row) => columns.map((i) => row[i] ?? '')))
}

/** Words (folded) → value, for labels like "Check-in" or "check in", "Position filled". */
function lookup<T extends string>(
  ids: readonly T[],
  labels: Record<T, string>,
  extra: Record<string, T> = {},
) {
  const fold = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '')
  const table = new Map<string, T>()
  for (const id of ids) {
    table.set(fold(id), id)
    table.set(fold(labels[id]), id)
  }
  for (const [word, id] of Object.entries(extra)) table.set(fold(word), id)
  return (text: string) => table.get(fold(text)) ?? null
}
const stageOf = lookup(STAGES, STAGE_LABELS)
const outcomeOf = lookup(OUTCOMES, OUTCOME_LABELS, {
  filled: 'position-filled',
  withdrawn: 'withdrew',
})
const formatOf = lookup<InterviewFormat>(FORMATS, FORMAT_LABELS, {
  phone: 'phone',
  call: 'phone',
  video: 'video',
  onsite: 'on-site',
  inperson: 'on-site',
  inoffice: 'on-site',
})

const listOf = (labels: Record<string, string>) => Object.values(labels).join(', ')

/** Names or emails in one cell: split on `;` (as Foothold writes them), else on `,`, or lines. */
function splitPeople(cell: string): string[] {
  const separator = cell.includes(';') ? ';' : cell.includes('\n') ? '\n' : ','
  return cell
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)
}

const letters = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')

/**
 * Pairs emails with names. The same count pairs them in order; fewer emails (Foothold's export
 * leaves out empty ones) go to the one interviewer whose name the address contains.
 */
function pairEmails(names: string[], emails: string[]): { emails: string[] } | { problem: string } {
  if (emails.length === names.length) return { emails }
  if (emails.length > names.length) {
    return {
      problem:
        names.length === 0
          ? 'there are interviewer emails but no interviewer names'
          : `there are ${emails.length} interviewer emails for ${names.length} names`,
    }
  }
  const paired = names.map(() => '')
  for (const email of emails) {
    const local = letters(email.split('@')[0] ?? '')
    const owners = names.flatMap((name, i) =>
      name
        .split(/\s+/)
        .some((word) => letters(word).length >= 2 && local.includes(letters(word))) &&
      paired[i] === ''
        ? [i]
        : [],
    )
    if (owners.length !== 1) {
      return {
        problem: `it is not clear whose email “${email}” is (list one email per name, in the same order)`,
      }
    }
    paired[owners[0]!] = email
  }
  return { emails: paired }
}

/** A zod issue on the details, as a reason a person can act on. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [top, index, leaf] = issue.path
  const fieldLabel: Record<string, string> = {
    company: 'company',
    position: 'position',
    jobUrl: 'job link',
    time: 'interview time',
    topics: 'topics',
    notes: 'notes',
    decisionDate: 'decision date',
    interviewers: 'interviewers',
  }
  if (top === 'interviewers' && typeof index === 'number' && leaf === 'email') {
    return `interviewer ${index + 1}’s email: ${issue.message.toLowerCase()}`
  }
  const what = fieldLabel[String(top)] ?? String(top)
  return `${what}: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`
}

/** A wall-clock time read in a zone, or why it names no single instant. */
type Resolved = { ok: true; instant: Date } | { ok: false; reason: string }

/**
 * The instant `date` `time` names in `zone`. A UTC offset written beside it settles the hour a
 * clock change repeats, and must agree with the zone; without one, a repeated hour is a question
 * for the person, except for an end, which is the first reading after its start.
 */
function resolveWallTime(
  date: string,
  time: string,
  zone: string,
  offsetCell: string,
  after: Date | null,
): Resolved {
  const candidates = instantsAt(date, time, zone)
  if (candidates.length === 0) {
    return { ok: false, reason: `${date} ${time} does not exist in ${zone} (a clock change)` }
  }
  const offsetsOf = () => candidates.map((c) => utcOffsetText(c, zone)).join(' or ')
  if (offsetCell) {
    const minutes = parseUtcOffset(offsetCell)
    if (minutes === null) {
      return {
        ok: false,
        reason: `the UTC offset ${quoted(offsetCell)} is not one Foothold can read (write it like UTC+01:00)`,
      }
    }
    const found = candidates.find((c) => utcOffsetText(c, zone) === formatUtcOffset(minutes))
    if (found) return { ok: true, instant: found }
    return {
      ok: false,
      reason: `${date} ${time} in ${zone} is at ${offsetsOf()}, not ${formatUtcOffset(minutes)}: correct the time or its offset`,
    }
  }
  if (candidates.length === 1) return { ok: true, instant: candidates[0]! }
  if (after) {
    const next = candidates.find((c) => c.getTime() > after.getTime()) ?? candidates.at(-1)!
    return { ok: true, instant: next }
  }
  return {
    ok: false,
    reason: `${date} ${time} happens twice in ${zone} (the clocks go back): add its UTC offset, ${offsetsOf()}`,
  }
}

const quoted = (cell: string) => `“${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}”`

/**
 * The interviewers of one row: from a list in one cell (names and emails paired by order), or
 * one per column, the k-th email column beside the k-th name column.
 */
function readPeople(
  cells: readonly string[],
  table: CsvTable,
  mapping: ColumnMapping,
  newId: () => string,
): { interviewers: Interviewer[]; reasons: string[] } {
  const reasons: string[] = []
  const at = (i: number | undefined) => (i === undefined ? '' : readCell(cells[i] ?? '').trim())
  const columnsOf = (field: ImportField) => mapping.flatMap((f, i) => (f === field ? [i] : []))
  const people: { name: string; email: string }[] = []

  const names = splitPeople(at(columnsOf('interviewers')[0]))
  const paired = pairEmails(names, splitPeople(at(columnsOf('emails')[0])))
  if ('problem' in paired) reasons.push(paired.problem)
  names.forEach((name, i) =>
    people.push({ name, email: 'emails' in paired ? paired.emails[i]! : '' }),
  )

  const nameColumns = columnsOf('person')
  const emailColumns = columnsOf('personEmail')
  for (let k = 0; k < Math.max(nameColumns.length, emailColumns.length); k++) {
    const name = at(nameColumns[k])
    const email = at(emailColumns[k])
    if (name) people.push({ name, email })
    else if (email) {
      const beside =
        nameColumns[k] === undefined
          ? 'no name column'
          : `no name in ${columnName(table.headers, nameColumns[k]!)}`
      reasons.push(
        `the email ${quoted(email)} in ${columnName(table.headers, emailColumns[k]!)} has ${beside}`,
      )
    }
  }
  const interviewers = people.map(({ name, email }) => ({
    id: newId(),
    name,
    title: '',
    email,
    phone: '',
    linkedinUrl: '',
    preferredChannel: 'email' as const,
  }))
  return { interviewers, reasons }
}

/**
 * Reads every row with the chosen mapping. Good rows become details checked with the same schema
 * the app uses; each bad row gets its reasons, and nothing about it is guessed.
 */
export function readInterviews(
  table: CsvTable,
  mapping: ColumnMapping,
  options: ReadOptions,
): { good: ImportedRow[]; problems: RowProblem[] } {
  const columnOf = (field: ImportField) => mapping.indexOf(field)
  const headerOf = (field: ImportField) => {
    const i = columnOf(field)
    return i < 0 ? null : readHeader(table.headers[i] ?? '')
  }
  const zones = { start: headerOf('start')?.zone ?? null, end: headerOf('end')?.zone ?? null }
  const topicsOnePerLine = headerOf('topics')?.onePerLine ?? false
  const order = options.dateOrder ?? 'dmy'
  const good: ImportedRow[] = []
  const problems: RowProblem[] = []

  table.rows.forEach((cells, index) => {
    const row = index + 2
    const reasons: string[] = []
    const cell = (field: ImportField) => {
      const i = columnOf(field)
      return i < 0 ? '' : readCell(cells[i] ?? '').trim()
    }
    const company = cell('company')
    const position = cell('position')
    if (!company) reasons.push('no company')
    if (!position) reasons.push('no position')

    // The card's zone: its own column, else the zone the times are written in, else the person's.
    const zoneCell = cell('timeZone')
    if (zoneCell && !isValidTimeZone(zoneCell)) {
      reasons.push(
        `“${zoneCell.slice(0, 64)}” is not a time zone Foothold knows (use a name like Europe/Berlin)`,
      )
    }
    const cardZone =
      zoneCell && isValidTimeZone(zoneCell) ? zoneCell : (zones.start ?? options.timeZone)

    let start: Date | null = null
    let startWall: CellDateTime | null = null
    const startCell = cell('start')
    if (!startCell) {
      reasons.push('no interview date')
    } else {
      const parsed = parseDateCell(startCell, order)
      if (!parsed.ok) reasons.push(parsed.reason)
      else {
        startWall = parsed.value
        const timeCell = cell('time')
        let time = startWall.time
        if (time === null && timeCell) {
          const t = parseTimeCell(timeCell)
          if (t.ok) time = t.value
          else reasons.push(t.reason)
        } else if (time === null) {
          reasons.push(`the interview date “${startCell}” has no time of day`)
        }
        if (startWall.instant) start = startWall.instant
        else if (time !== null) {
          const resolved = resolveWallTime(
            startWall.date,
            time,
            zones.start ?? cardZone,
            cell('startOffset'),
            null,
          )
          if (resolved.ok) start = resolved.instant
          else reasons.push(resolved.reason)
        }
      }
    }

    let end: Date | null = null
    const endCell = cell('end')
    if (start && startWall && endCell) {
      const asTime = parseTimeCell(endCell)
      const endZone = zones.end ?? zones.start ?? cardZone
      let wall: { date: string; time: string } | null = null
      if (asTime.ok) wall = { date: startWall.date, time: asTime.value }
      else {
        const parsed = parseDateCell(endCell, order)
        if (!parsed.ok) reasons.push(parsed.reason.replace('the date', 'the end'))
        else if (parsed.value.instant) end = parsed.value.instant
        else if (parsed.value.time === null) reasons.push(`the end “${endCell}” has no time of day`)
        else wall = { date: parsed.value.date, time: parsed.value.time }
      }
      if (wall) {
        const resolved = resolveWallTime(wall.date, wall.time, endZone, cell('endOffset'), start)
        if (resolved.ok) end = resolved.instant
        else reasons.push(`the end: ${resolved.reason}`)
      }
      if (end && end.getTime() <= start.getTime()) {
        reasons.push('the interview ends before it starts')
        end = null
      }
    } else if (start) {
      end = new Date(start.getTime() + DEFAULT_DURATION_MINUTES * 60_000)
    }

    let decisionDate: string | null = null
    const decisionCell = cell('decisionDate')
    if (decisionCell) {
      const parsed = parseDateCell(decisionCell, order)
      if (parsed.ok) decisionDate = parsed.value.date
      else reasons.push(parsed.reason.replace('the date', 'the decision date'))
    }

    let format: InterviewFormat = 'video'
    const formatCell = cell('format')
    if (formatCell) {
      const found = formatOf(formatCell)
      if (found) format = found
      else
        reasons.push(
          `the format “${formatCell.slice(0, 40)}” is not one of ${listOf(FORMAT_LABELS)}`,
        )
    }

    const stageCell = cell('stage')
    const outcomeCell = cell('outcome')
    let stage: Stage | null = stageCell ? stageOf(stageCell) : 'thank-you'
    const outcome: Outcome | null = outcomeCell ? outcomeOf(outcomeCell) : null
    if (stage === null)
      reasons.push(`the stage “${stageCell.slice(0, 40)}” is not one of ${listOf(STAGE_LABELS)}`)
    if (outcomeCell && outcome === null) {
      reasons.push(
        `the outcome “${outcomeCell.slice(0, 40)}” is not one of ${listOf(OUTCOME_LABELS)}`,
      )
    }
    if (outcome && !stageCell) stage = 'closed'
    if (stage === 'closed' && outcome === null && !outcomeCell) {
      reasons.push(`a closed interview needs an outcome (${listOf(OUTCOME_LABELS)})`)
    }
    if (stage !== null && stage !== 'closed' && outcome !== null) {
      reasons.push(
        `only a closed interview has an outcome, but its stage is ${STAGE_LABELS[stage]}`,
      )
    }

    const people = readPeople(cells, table, mapping, options.newId)
    reasons.push(...people.reasons)
    const topicsCell = cell('topics')
    // Foothold's own files put one topic per line; a hand-made list may use semicolons.
    const topics = topicsOnePerLine
      ? listItems(topicsCell)
      : topicsCell
          .split(/;|\n/)
          .map((t) => t.trim())
          .filter(Boolean)

    if (reasons.length === 0 && start && end) {
      const details: InterviewDetails = {
        company,
        position,
        jobUrl: cell('jobUrl'),
        time: { start: start.toISOString(), end: end.toISOString(), timeZone: cardZone },
        format,
        interviewers: people.interviewers,
        topics,
        decisionDate,
        tone: 'formal',
        notes: cell('notes'),
      }
      const checked = EnteredDetailsSchema.safeParse(details)
      if (checked.success) {
        good.push({ row, details: checked.data, stage: stage!, outcome })
        return
      }
      reasons.push(...new Set(checked.error.issues.map(describeIssue)))
    }
    problems.push({ row, message: `Row ${row}: ${reasons.join('; ')}` })
  })
  return { good, problems }
}

/** A card exactly as the app makes one, then moved to its column the way a drag would. */
export function cardFromImport(imported: ImportedInterview, id: string, now: Date): Card {
  const card = createCard(imported.details, id, now)
  return imported.stage === 'thank-you'
    ? card
    : moveCard(card, imported.stage, imported.outcome, now)
}
