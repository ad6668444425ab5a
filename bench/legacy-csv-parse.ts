/**
 * The hand-written CSV parser that Papa Parse replaced in src/shared/import/csv-parse.ts, kept
 * here only so that the benchmark can time the import against it in the same run; it turns its
 * records into a table with the app's own `tableFrom`, so only the parsing differs. Nothing in the
 * app uses it.
 */
import { CSV_LIMITS, tableFrom } from '@shared/import/csv-parse'
import type { CsvParseResult, Delimiter } from '@shared/import/csv-parse'

const TOO_MANY_ROWS = `The file has more than ${CSV_LIMITS.rows.toLocaleString('en')} rows; split it and import the parts one by one.`

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t']

/**
 * The delimiter the header line uses most, outside quotes. Excel writes semicolons where the
 * decimal mark is a comma, and "Unicode text" is tab-separated.
 */
function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]))
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) break
    else if (!quoted && counts.has(c as Delimiter)) {
      counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1)
    }
  }
  let best: Delimiter = ','
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d
  return best
}

/**
 * RFC 4180, leniently: a byte order mark is dropped, CRLF, LF and CR all end a row, a quoted field
 * may hold delimiters, doubled quotes and line breaks, and a stray quote inside an unquoted field
 * is kept as text. One pass over the text, so a huge field costs no more than many small ones.
 */
export function legacyParseCsv(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  if (text.length > CSV_LIMITS.chars) {
    return { ok: false, problem: 'The file is larger than 10 MB, too large to import at once.' }
  }
  if (text.trim() === '') return { ok: false, problem: 'The file is empty.' }
  const delimiter = detectDelimiter(text)
  const records: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endRow = () => {
    row.push(field)
    field = ''
    // A blank line is no record; spreadsheets leave them at the end.
    if (row.length > 1 || row[0]!.trim() !== '') records.push(row)
    row = []
  }
  while (i < text.length) {
    if (quoted) {
      // Jump to the next quote: a long quoted field is copied in one slice, not char by char.
      const close = text.indexOf('"', i)
      if (close < 0) break
      field += text.slice(i, close)
      if (text[close + 1] === '"') {
        field += '"'
        i = close + 2
      } else {
        quoted = false
        i = close + 1
      }
      continue
    }
    const c = text[i]!
    if (c === '"' && field.trim() === '') {
      field = ''
      quoted = true
    } else if (c === delimiter) {
      row.push(field)
      field = ''
      if (row.length > CSV_LIMITS.columns) {
        return {
          ok: false,
          problem: `A row has more than ${CSV_LIMITS.columns} columns, more than an interview needs.`,
        }
      }
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRow()
      if (records.length > CSV_LIMITS.rows + 1) return { ok: false, problem: TOO_MANY_ROWS }
    } else {
      field += c
    }
    i++
  }
  if (quoted) {
    return {
      ok: false,
      problem: 'A quoted cell is never closed (a " is missing), so the rows cannot be told apart.',
    }
  }
  if (field !== '' || row.length > 0) endRow()
  if (records.length > CSV_LIMITS.rows + 1) return { ok: false, problem: TOO_MANY_ROWS }
  return tableFrom(records, delimiter)
}
