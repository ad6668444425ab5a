// A piece of a cell that starts like this gets an apostrophe in front: what a spreadsheet runs as
// a formula (CSV injection: = + - @ and a tab), or an apostrophe of the person's own, so that
// reading takes off exactly the marks writing put on. The first piece is marked after a leading
// line break too: OWASP lists a leading carriage return, which is written as LF.
const MARKED = /^['=+\-@\t]/
const MARKED_FIRST = /^['=+\-@\t\n]/

// Where a spreadsheet may start a new cell inside one of ours: after a list separator it splits
// on (Excel in a locale whose separator is `;`, Text to Columns) or a line break (the cell's text
// pasted elsewhere). Each piece starts right after one of these.
const PIECE_START = /(?<=[,;\t\n])/

// Control characters CSV cannot carry safely (a NUL ends the file for many programs); tabs and
// line breaks are text.
const CONTROL = /[^\P{Cc}\t\n]/gu

/**
 * A value as Foothold writes it into a cell: line breaks as LF (the in-cell break of Excel and
 * LibreOffice), other control characters as spaces, and an apostrophe before every piece that a
 * spreadsheet would run as a formula. `readCell` gives the value back exactly.
 */
export function writeCell(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').replace(CONTROL, ' ')
  return text
    .split(PIECE_START)
    .map((piece, i) => ((i === 0 ? MARKED_FIRST : MARKED).test(piece) ? `'${piece}` : piece))
    .join('')
}

/**
 * A cell's text as the person wrote it: the apostrophes `writeCell` put in front of pieces are
 * taken off. The apostrophes are not separators, so the pieces are found at the same places.
 */
export function readCell(cell: string): string {
  if (!cell.includes("'")) return cell
  return cell
    .split(PIECE_START)
    .map((piece, i) =>
      piece.startsWith("'") && (i === 0 ? MARKED_FIRST : MARKED).test(piece.slice(1))
        ? piece.slice(1)
        : piece,
    )
    .join('')
}

/**
 * A list in one cell, one item per line: a comma or semicolon of the person's stays in its item.
 * An item is one line in the app; a line break the store holds inside one becomes a space.
 */
export function listCell(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\r\n]+/g, ' ')).join('\n')
}

/** The items of a `listCell`, blank lines left out. */
export function listItems(cell: string): string[] {
  return cell
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean)
}
