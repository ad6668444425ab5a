import {
  DEFAULT_DURATION_MINUTES,
  EnteredDetailsSchema,
  type InterviewDetails,
  type InterviewFormat,
  type Interviewer,
  type Tone,
} from '@shared/domain/interview'
import { instantToWallTime, wallTimeToInstant } from '@shared/domain/zoned-time'

/** What the form holds while someone types: strings as typed, one entry per visible row. */
export interface InterviewFormValues {
  company: string
  position: string
  jobUrl: string
  date: string
  startTime: string
  durationMinutes: string
  timeZone: string
  format: InterviewFormat
  interviewers: Interviewer[]
  /** Rows need ids of their own so React keys and error messages follow the row, not its index. */
  topics: TopicRow[]
  decisionDate: string
  tone: Tone
  notes: string
}

export interface TopicRow {
  id: string
  text: string
}

/**
 * Error messages keyed by form field: `company`, `durationMinutes`, `interviewers.<rowId>.email`,
 * `topics.<rowId>`, or `form` for anything that belongs to no single field.
 */
export type FieldErrors = Readonly<Record<string, string>>

const MAX_DURATION_MINUTES = 24 * 60

export function emptyInterviewer(id: string): Interviewer {
  return {
    id,
    name: '',
    title: '',
    email: '',
    phone: '',
    linkedinUrl: '',
    preferredChannel: 'email',
  }
}

/**
 * A fresh form: people add the card after the interview, so it starts at the latest whole hour
 * (in the person's zone) from which a 45-minute interview has already ended. One blank interviewer.
 */
export function newInterviewValues(
  now: Date,
  timeZone: string,
  makeId: () => string,
): InterviewFormValues {
  const { date, time } = lastEndedWholeHour(now, timeZone, DEFAULT_DURATION_MINUTES)
  return {
    company: '',
    position: '',
    jobUrl: '',
    date,
    startTime: time,
    durationMinutes: String(DEFAULT_DURATION_MINUTES),
    timeZone,
    format: 'video',
    interviewers: [emptyInterviewer(makeId())],
    topics: [],
    decisionDate: '',
    tone: 'formal',
    notes: '',
  }
}

const HOUR_MS = 60 * 60_000

/**
 * The latest whole hour on the wall clock of `timeZone` at which an interview of `durationMinutes`
 * could have started and already be over by `now` (12:30, 45 minutes → 11:00; 00:20 → 23:00 the day
 * before). An hour that a DST change skips is passed over for an earlier one.
 */
export function lastEndedWholeHour(
  now: Date,
  timeZone: string,
  durationMinutes: number,
): { date: string; time: string } {
  const duration = durationMinutes * 60_000
  let probe = now.getTime() - duration
  for (let attempt = 0; attempt < 4; attempt++) {
    const wall = instantToWallTime(new Date(probe), timeZone)
    const time = `${wall.time.slice(0, 2)}:00`
    const start = wallTimeToInstant(wall.date, time, timeZone)
    // The zone may skip that hour (a DST change); the way back tells.
    const back = start && instantToWallTime(start, timeZone)
    const exists = back?.date === wall.date && back.time === time
    if (start && exists && start.getTime() + duration <= now.getTime()) {
      return { date: wall.date, time }
    }
    probe -= HOUR_MS
  }
  // Unreachable in real zones; the unrounded time still keeps the interview in the past.
  return instantToWallTime(new Date(now.getTime() - duration), timeZone)
}

export function valuesFromDetails(
  details: InterviewDetails,
  makeId: () => string,
): InterviewFormValues {
  const { date, time } = instantToWallTime(details.time.start, details.time.timeZone)
  const minutes = Math.round(
    (Date.parse(details.time.end) - Date.parse(details.time.start)) / 60_000,
  )
  return {
    company: details.company,
    position: details.position,
    jobUrl: details.jobUrl,
    date,
    startTime: time,
    durationMinutes: String(minutes),
    timeZone: details.time.timeZone,
    format: details.format,
    interviewers: details.interviewers.map((person) => ({ ...person })),
    topics: details.topics.map((text) => ({ id: makeId(), text })),
    decisionDate: details.decisionDate ?? '',
    tone: details.tone,
    notes: details.notes,
  }
}

function isBlankInterviewer(person: Interviewer): boolean {
  return [person.name, person.title, person.email, person.phone, person.linkedinUrl].every(
    (text) => text.trim() === '',
  )
}

/** The rows that count: completely blank interviewer rows and blank topics are left out. */
function filledRows(values: InterviewFormValues): {
  interviewers: Interviewer[]
  topics: TopicRow[]
} {
  return {
    interviewers: values.interviewers.filter((person) => !isBlankInterviewer(person)),
    topics: values.topics.filter((topic) => topic.text.trim() !== ''),
  }
}

export type DetailsResult =
  { ok: true; details: InterviewDetails } | { ok: false; errors: FieldErrors }

/**
 * Form → details, checked by the same schema main uses. Rows left completely blank are dropped
 * rather than reported: an untouched spare row is not a mistake.
 */
export function detailsFromValues(values: InterviewFormValues): DetailsResult {
  const { interviewers, topics } = filledRows(values)
  const errors: Record<string, string> = {}

  const start = wallTimeToInstant(values.date, values.startTime, values.timeZone)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'Enter the date of the interview'
  else if (!/^\d{2}:\d{2}$/.test(values.startTime)) errors.startTime = 'Enter when it started'
  else if (!start) errors.startTime = 'That time does not exist in this time zone'

  const minutes = Number(values.durationMinutes)
  const durationOk = Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_DURATION_MINUTES
  if (!durationOk) {
    errors.durationMinutes =
      values.durationMinutes.trim() !== '' && minutes <= 0
        ? 'The interview must end after it starts: at least 1 minute'
        : `Enter whole minutes, from 1 to ${MAX_DURATION_MINUTES}`
  }

  const startInstant = start ?? new Date(0)
  const candidate = {
    company: values.company,
    position: values.position,
    jobUrl: values.jobUrl,
    time: {
      start: startInstant.toISOString(),
      end: new Date(startInstant.getTime() + (durationOk ? minutes : 1) * 60_000).toISOString(),
      timeZone: values.timeZone,
    },
    format: values.format,
    interviewers,
    topics: topics.map((topic) => topic.text),
    decisionDate: values.decisionDate === '' ? null : values.decisionDate,
    tone: values.tone,
    notes: values.notes,
  }
  const parsed = EnteredDetailsSchema.safeParse(candidate)
  if (!parsed.success) {
    const rows = { interviewers: interviewers.map((p) => p.id), topics: topics.map((t) => t.id) }
    const isTime = (path: readonly PropertyKey[], key: string) =>
      path[0] === 'time' && path[1] === key
    const startIsWrong = parsed.error.issues.some((issue) => isTime(issue.path, 'start'))
    for (const issue of parsed.error.issues) {
      // A bad date or time already has its message; those about the stand-in instant would mislead.
      if (start === null && issue.path[0] === 'time' && issue.path[1] !== 'timeZone') continue
      // An end that is wrong because the start is wrong is not the duration's fault.
      if (startIsWrong && isTime(issue.path, 'end')) continue
      errors[fieldForPath(issue.path, rows)] ??= issue.message
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  if (!parsed.success) return { ok: false, errors: { form: 'Check the form and try again' } }
  return { ok: true, details: parsed.data }
}

interface RowIds {
  interviewers: readonly string[]
  topics: readonly string[]
}

const PLAIN_FIELDS = new Set([
  'company',
  'position',
  'jobUrl',
  'format',
  'tone',
  'notes',
  'decisionDate',
])

/** The form field to blame for a problem at `path` in InterviewDetails (zod's or main's). */
export function fieldForPath(path: readonly PropertyKey[], rows: RowIds): string {
  const [head, index, leaf] = path
  if (typeof head !== 'string') return 'form'
  if (PLAIN_FIELDS.has(head)) return head
  if (head === 'time') {
    if (index === 'end') return 'durationMinutes'
    if (index === 'timeZone') return 'timeZone'
    return 'date'
  }
  if (head === 'interviewers' || head === 'topics') {
    const rowId = typeof index === 'number' ? rows[head][index] : undefined
    if (rowId === undefined) return head
    if (head === 'topics') return `topics.${rowId}`
    return typeof leaf === 'string' ? `interviewers.${rowId}.${leaf}` : `interviewers.${rowId}.name`
  }
  return 'form'
}

/**
 * Main names the offending field as a dotted path into its request (`details.interviewers.0.email`);
 * the rows it counts are the non-blank ones the form sent.
 */
export function fieldForServerError(
  field: string | undefined,
  values: InterviewFormValues,
): string {
  if (!field) return 'form'
  const segments = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  if (segments[0] === 'details') segments.shift()
  const { interviewers, topics } = filledRows(values)
  const rows = { interviewers: interviewers.map((p) => p.id), topics: topics.map((t) => t.id) }
  return fieldForPath(segments, rows)
}

export function sameValues(a: InterviewFormValues, b: InterviewFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
