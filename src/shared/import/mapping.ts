import { isValidTimeZone } from '../domain/time'

/** What a CSV column can become on a card; `skip` leaves the column out. */
export const IMPORT_FIELDS = [
  'skip',
  'company',
  'position',
  'stage',
  'outcome',
  'start',
  'time',
  'end',
  'timeZone',
  'format',
  'interviewers',
  'emails',
  'topics',
  'decisionDate',
  'jobUrl',
  'notes',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  skip: 'Don’t import',
  company: 'Company',
  position: 'Position',
  stage: 'Stage',
  outcome: 'Outcome',
  start: 'Interview date (and start time)',
  time: 'Start time',
  end: 'End (time, or date and time)',
  timeZone: 'Interview time zone',
  format: 'Format',
  interviewers: 'Interviewer names',
  emails: 'Interviewer emails',
  topics: 'Topics',
  decisionDate: 'Decision date',
  jobUrl: 'Job link',
  notes: 'Notes',
}

/** One entry per column: the field it fills. */
export type ColumnMapping = ImportField[]

// Header words people use for each field, after folding (lower case, no punctuation). Foothold's
// own export headers are among them, so its files map themselves.
const SYNONYMS: Record<Exclude<ImportField, 'skip'>, readonly string[]> = {
  company: ['company', 'company name', 'employer', 'organisation', 'organization', 'firm'],
  position: ['position', 'role', 'job title', 'title', 'job', 'position title', 'job role'],
  stage: ['stage', 'status', 'column', 'follow up stage'],
  outcome: ['outcome', 'result'],
  start: [
    'interview start',
    'start',
    'starts',
    'date',
    'interview date',
    'when',
    'date and time',
    'datetime',
    'interview',
    'day',
  ],
  time: ['time', 'start time', 'interview time', 'time of interview'],
  end: ['interview end', 'end', 'ends', 'end time', 'finish', 'until'],
  timeZone: ['interview time zone', 'time zone', 'timezone', 'tz', 'zone'],
  format: ['format', 'interview format', 'type', 'interview type', 'medium'],
  interviewers: [
    'interviewers',
    'interviewer',
    'interviewer names',
    'interviewer name',
    'names',
    'name',
    'who',
    'people',
    'contact',
    'contacts',
    'interviewed by',
  ],
  emails: [
    'interviewer emails',
    'interviewer email',
    'emails',
    'email',
    'e mail',
    'email addresses',
    'contact email',
  ],
  topics: ['topics', 'topic', 'discussed', 'talked about', 'subjects'],
  decisionDate: [
    'decision date',
    'decision',
    'decision by',
    'hear back by',
    'deadline',
    'answer by',
  ],
  jobUrl: ['job link', 'link', 'url', 'job url', 'posting', 'job posting', 'job ad', 'website'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
}

/** `Interview start (Europe/Berlin)` → { name: 'interview start', zone: 'Europe/Berlin' }. */
export function readHeader(header: string): { name: string; zone: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(header)
  const zone = match && isValidTimeZone(match[2]!.trim()) ? match[2]!.trim() : null
  const name = (zone ? match![1]! : header)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
  return { name, zone }
}

/** The first column whose header names a field gets it; a repeated header is not imported twice. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>()
  return headers.map((header) => {
    const { name } = readHeader(header)
    const field = IMPORT_FIELDS.find(
      (f): f is Exclude<ImportField, 'skip'> =>
        f !== 'skip' && !taken.has(f) && SYNONYMS[f].includes(name),
    )
    if (!field) return 'skip'
    taken.add(field)
    return field
  })
}

/** "Company" for a named column, "Column 3" for one without a header. */
export function columnName(headers: readonly string[], index: number): string {
  const header = headers[index]?.trim()
  return header ? `“${header}”` : `Column ${index + 1}`
}

/** Why this mapping cannot be used yet, in plain words; empty when it can. */
export function mappingProblems(headers: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = []
  const columnsOf = (field: ImportField) =>
    mapping.flatMap((f, i) => (f === field ? [columnName(headers, i)] : []))
  for (const field of IMPORT_FIELDS) {
    const columns = columnsOf(field)
    if (field !== 'skip' && columns.length > 1) {
      problems.push(
        `${IMPORT_FIELD_LABELS[field]} is chosen for ${columns.length} columns (${columns.join(', ')}): keep one.`,
      )
    }
  }
  for (const field of ['company', 'position', 'start'] as const) {
    if (columnsOf(field).length === 0) {
      problems.push(`Choose the column that holds the ${IMPORT_FIELD_LABELS[field].toLowerCase()}.`)
    }
  }
  return problems
}
