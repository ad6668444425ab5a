import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCell } from '../csv/cells'
import { csvField } from '../export/csv'
import { CSV_LIMITS, detectDelimiter, parseCsv } from './csv-parse'

const table = (text: string) => {
  const parsed = parseCsv(text)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.table
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, after a BOM', () => {
    const text =
      '\uFEFFCompany,Notes\r\n"Contoso, Ltd","She said ""soon""\nand smiled"\nAcme,plain\r\n'
    expect(table(text)).toEqual({
      delimiter: ',',
      headers: ['Company', 'Notes'],
      rows: [
        ['Contoso, Ltd', 'She said "soon"\nand smiled'],
        ['Acme', 'plain'],
      ],
    })
  })

  it('detects the semicolons Excel writes in many locales, and tabs', () => {
    expect(table('Company;Position\n"A;B";Dev\n')).toMatchObject({
      delimiter: ';',
      rows: [['A;B', 'Dev']],
    })
    expect(table('Company\tPosition\nAcme, Inc\tDev')).toMatchObject({
      delimiter: '\t',
      rows: [['Acme, Inc', 'Dev']],
    })
    // A comma inside a quoted header does not count.
    expect(detectDelimiter('"a,b,c";d;e\n')).toBe(';')
  })

  it('skips blank lines, pads short rows and keeps the cells of long ones under unnamed columns', () => {
    expect(table('A,B\n\n1\n2,3,4\n\n')).toEqual({
      delimiter: ',',
      headers: ['A', 'B', ''],
      rows: [
        ['1', '', ''],
        ['2', '3', '4'],
      ],
    })
  })

  it('explains an empty file, a header alone and an unclosed quote', () => {
    expect(parseCsv('')).toEqual({ ok: false, problem: 'The file is empty.' })
    expect(parseCsv('\uFEFF \r\n\r\n')).toEqual({ ok: false, problem: 'The file is empty.' })
    expect(parseCsv('Company,Position\r\n')).toMatchObject({ ok: false, problem: /no interviews/ })
    expect(parseCsv('A,B\n"open,1\n')).toMatchObject({ ok: false, problem: /never closed/ })
  })

  it('refuses too many rows or columns and too much text, saying how much is allowed', () => {
    const rows = 'A\n' + '1\n'.repeat(CSV_LIMITS.rows + 1)
    expect(parseCsv(rows)).toMatchObject({ ok: false, problem: /more than 5,000 rows/ })
    expect(parseCsv('A\n' + '1\n'.repeat(CSV_LIMITS.rows))).toMatchObject({ ok: true })
    const wide = Array(CSV_LIMITS.columns + 5)
      .fill('x')
      .join(',')
    expect(parseCsv(`${wide}\n${wide}`)).toMatchObject({ ok: false, problem: /columns/ })
    expect(parseCsv('x'.repeat(CSV_LIMITS.chars + 1))).toMatchObject({
      ok: false,
      problem: /10 MB/,
    })
  })

  it('reads a 5 MB field whole, quickly', () => {
    const huge = 'y'.repeat(5 * 1024 * 1024)
    const started = performance.now()
    expect(table(`Notes\n"${huge}"\n`).rows[0]![0]!.length).toBe(huge.length)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('reads back any table the export writes, formula-looking cells kept as text', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('=SUM(A1)', '+1', '-x', '@me', '"', ',', ';', '\n', '\r\n', ' ', 'Zoë'),
      fc.constantFrom("'=mine", 'Plain;=1+1', 'a,-b', 'x\n@y', '\t=1', "''", "'"),
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: 2,
            maxLength: 6,
          }),
        ),
        (rows) => {
          // Headers are plain words, and a row must not be all blank, as in a real export.
          const headers = rows[0]!.map((_, i) => `Column ${i}`)
          const body = rows.map((r) => [...r.slice(0, -1), `${r.at(-1)}.`])
          const text = [headers, ...body].map((r) => r.map(csvField).join(',') + '\r\n').join('')
          const read = table(text)
          // No piece a spreadsheet could split out of a cell starts a formula…
          for (const cells of read.rows) {
            for (const piece of cells.flatMap((c) => c.split(/[,;\t\n]/))) {
              expect(piece).not.toMatch(/^[=+\-@\t\r]/)
            }
          }
          // …and the person's text comes back exactly, line breaks as LF.
          expect(read.rows.map((r) => r.map(readCell))).toEqual(
            body.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n'))),
          )
        },
      ),
    )
  })
})
