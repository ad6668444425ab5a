import { isValidTimeZone } from '../domain/time'

/** What a CSV column can become on a card; `skip` leaves the column out. */
export const IMPORT_FIELDS = [
  'skip',
  'company',
  'position',
  'stage',
  'outcome',
  'start',
  'startOffset',
  'time',
  'end',
  'endOffset',
  'timeZone',
  'format',
  'interviewers',
  'emails',
  'person',
  'personEmail',
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
  startOffset: 'UTC offset of the start',
  time: 'Start time',
  end: 'End (time, or date and time)',
  endOffset: 'UTC offset of the end',
  timeZone: 'Interview time zone',
  format: 'Format',
  interviewers: 'Interviewer names',
  emails: 'Interviewer emails',
  person: 'One interviewer’s name (a column each)',
  personEmail: 'One interviewer’s email (a column each)',
  topics: 'Topics',
  decisionDate: 'Decision date',
  jobUrl: 'Job link',
  notes: 'Notes',
}

/** One entry per column: the field it fills. */
export type ColumnMapping = ImportField[]

/**
 * Fields that may fill several columns: one interviewer per column, the first email column going
 * with the first name column, and so on. Every other field fills one column at most.
 */
export const REPEATABLE_FIELDS: ReadonlySet<ImportField> = new Set([
  'skip',
  'person',
  'personEmail',
])

// Header words people use for each field, after folding (lower case, no punctuation). Foothold's
// own export headers are among them, so its files map themselves. One interviewer per column is
// recognised by a number in the header ("Interviewer 2", "Interviewer 2 email"; see guessMapping).
const SYNONYMS: Record<
  Exclude<ImportField, 'skip' | 'person' | 'personEmail'>,
  readonly string[]
> = {
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
  startOffset: [
    'interview start utc offset',
    'start utc offset',
    'start offset',
    'utc offset',
    'offset',
    'gmt offset',
  ],
  time: ['time', 'start time', 'interview time', 'time of interview'],
  end: ['interview end', 'end', 'ends', 'end time', 'finish', 'until'],
  endOffset: ['interview end utc offset', 'end utc offset', 'end offset'],
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

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

export interface HeaderWords {
  /** Folded: lower case, no accents or punctuation. */
  name: string
  /** The zone the column's times are written in: `Interview start (Europe/Berlin)`. */
  zone: string | null
  /** The cell holds a list, one item per line: `Topics (one per line)`. */
  onePerLine: boolean
}

/** `Interview start (Europe/Berlin)` → { name: 'interview start', zone: 'Europe/Berlin' }. */
export function readHeader(header: string): HeaderWords {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(header)
  const note = match ? match[2]!.trim() : ''
  const zone = match && isValidTimeZone(note) ? note : null
  const onePerLine = match !== null && fold(note) === 'one per line'
  const name = fold(zone || onePerLine ? match![1]! : header)
  return { name, zone, onePerLine }
}

/** "interviewer 2 email" → "interviewer email"; null for a header without a number. */
function withoutNumber(name: string): string | null {
  const match = /^(.*?)\s*\b\d{1,2}\b\s*(.*)$/.exec(name)
  return match ? `${match[1]} ${match[2]}`.trim() : null
}

/** "Interviewer 2" is one interviewer's name, "Interviewer 2 email" or "Email 2" their email. */
function personField(name: string): 'person' | 'personEmail' | null {
  const words = withoutNumber(name)
  if (words === null) return null
  const rest = words.replace(/^(?:interviewer|person|contact)\s+/, '')
  if (SYNONYMS.emails.includes(words) || SYNONYMS.emails.includes(rest)) return 'personEmail'
  if (SYNONYMS.interviewers.includes(words)) return 'person'
  return null
}

const hasSynonyms = (field: ImportField): field is keyof typeof SYNONYMS =>
  Object.hasOwn(SYNONYMS, field)

/**
 * The first column whose header names a field gets it; a repeated header is not imported twice.
 * Numbered interviewer columns each get one interviewer.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>()
  return headers.map((header) => {
    const { name } = readHeader(header)
    const person = personField(name)
    if (person) return person
    const field = IMPORT_FIELDS.find(
      (f) => hasSynonyms(f) && !taken.has(f) && SYNONYMS[f].includes(name),
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
    if (!REPEATABLE_FIELDS.has(field) && columns.length > 1) {
      problems.push(
        `${IMPORT_FIELD_LABELS[field]} is chosen for ${columns.length} columns (${columns.join(', ')}): keep one.`,
      )
    }
  }
  const lists = [...columnsOf('interviewers'), ...columnsOf('emails')]
  const perColumn = columnsOf('person')
  const emailColumns = columnsOf('personEmail')
  if (lists.length > 0 && perColumn.length + emailColumns.length > 0) {
    problems.push(
      `Interviewers are chosen both as a list in one cell (${lists.join(', ')}) and one per column (${[...perColumn, ...emailColumns].join(', ')}): keep one way.`,
    )
  }
  if (emailColumns.length > perColumn.length) {
    problems.push(
      `There are ${emailColumns.length} columns of one interviewer’s email but ${perColumn.length} of one interviewer’s name: the first email column goes with the first name column, and so on.`,
    )
  }
  for (const field of ['company', 'position', 'start'] as const) {
    if (columnsOf(field).length === 0) {
      problems.push(`Choose the column that holds the ${IMPORT_FIELD_LABELS[field].toLowerCase()}.`)
    }
  }
  return problems
}
