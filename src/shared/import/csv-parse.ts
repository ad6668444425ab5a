import Papa from 'papaparse'

/** Bounds that keep a stray or hostile file from freezing the window. */
export const CSV_LIMITS = {
  /** Characters of text, about 10 MB: thousands of interviews with long notes fit easily. */
  chars: 10 * 1024 * 1024,
  rows: 5_000,
  columns: 100,
} as const

export type Delimiter = ',' | ';' | '\t'

export interface CsvTable {
  delimiter: Delimiter
  /** The first row, trimmed; '' for a column without a name. */
  headers: string[]
  /** Every other row, all as wide as the widest. Blank lines are left out. */
  rows: string[][]
}

export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; problem: string }

const TOO_MANY_ROWS = `The file has more than ${CSV_LIMITS.rows.toLocaleString('en')} rows; split it and import the parts one by one.`

const CANDIDATES: Delimiter[] = [',', ';', '\t']

// Papa Parse guesses the delimiter from the first rows: the one that splits them most evenly.
const GUESS = {
  delimiter: '',
  delimitersToGuess: CANDIDATES,
  newline: '\n',
  skipEmptyLines: true,
} as const

const UNCLOSED = 'A quoted cell is never closed (a " is missing), so the rows cannot be told apart.'
const TOO_MANY_COLUMNS = `A row has more than ${CSV_LIMITS.columns} columns, more than an interview needs.`

/**
 * The delimiter that splits the first rows most evenly, outside quotes. Excel writes semicolons
 * where the decimal mark is a comma, and "Unicode text" is tab-separated.
 */
export function detectDelimiter(text: string): Delimiter {
  const { meta } = Papa.parse<string[]>(withLineFeeds(text), { ...GUESS, preview: 10 })
  return CANDIDATES.find((d) => d === meta.delimiter) ?? ','
}

/**
 * Papa Parse takes one kind of line break per file, but files mix them: a hand edit, or a cell's
 * LF inside a CRLF file. Every break becomes LF first, which inside a cell is the in-cell line
 * break spreadsheets use anyway.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/**
 * RFC 4180, leniently, by Papa Parse: a byte order mark is dropped, CRLF, LF and CR all end a
 * row, a quoted field may hold delimiters, doubled quotes and line breaks, and a stray quote
 * inside an unquoted field is kept as text.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  if (text.length > CSV_LIMITS.chars) {
    return { ok: false, problem: 'The file is larger than 10 MB, too large to import at once.' }
  }
  if (text.trim() === '') return { ok: false, problem: 'The file is empty.' }
  const records: string[][] = []
  let problem: string | null = null
  let delimiter: Delimiter = ','
  Papa.parse<string[]>(withLineFeeds(text), {
    ...GUESS,
    step: (result, parser) => {
      const row = result.data
      delimiter = CANDIDATES.find((d) => d === result.meta.delimiter) ?? ','
      if (result.errors.some((error) => error.code === 'MissingQuotes')) problem = UNCLOSED
      else if (row.length > CSV_LIMITS.columns) problem = TOO_MANY_COLUMNS
      // A line of spaces is no record either; spreadsheets leave blank lines at the end.
      else if (row.length > 1 || row[0]!.trim() !== '') records.push(row)
      if (records.length > CSV_LIMITS.rows + 1) problem = TOO_MANY_ROWS
      if (problem) parser.abort()
    },
  })
  return problem ? { ok: false, problem } : tableFrom(records, delimiter)
}

/**
 * Records (blank lines already left out) as a table: the first is the header, and every row is
 * padded to the widest, so a row longer than the header keeps its extra cells under a column with
 * no name.
 */
export function tableFrom(records: string[][], delimiter: Delimiter): CsvParseResult {
  const [first, ...rest] = records
  if (!first) return { ok: false, problem: 'The file is empty.' }
  if (rest.length === 0) {
    return { ok: false, problem: 'The file has a header row but no interviews under it.' }
  }
  const width = Math.max(...records.map((r) => r.length))
  const pad = (r: string[]) =>
    r.length === width ? r : [...r, ...Array<string>(width - r.length).fill('')]
  const headers = pad(first).map((h) => h.trim())
  const rows = rest.map(pad)
  return { ok: true, table: { delimiter, headers, rows } }
}
