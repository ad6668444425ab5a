import { interviewCount } from '../common/interview-count'
import type { ImportNote } from '../state/toast-notes'

/** The toast after an import. */
export function importedCardsMessage(count: number): string {
  return `Imported ${interviewCount(count)} from the spreadsheet`
}

/** The toast after its Undo. */
export function importUndoneMessage(removed: number): string {
  return removed === 0
    ? 'Undone — the imported interviews were already gone'
    : `Undone — removed the ${interviewCount(removed)} the import added`
}

/** "12 interviews ready to import", "1 interview ready to import". */
export function readyMessage(count: number): string {
  const what = interviewCount(count)
  return count === 0
    ? 'No interviews to import'
    : `${what.charAt(0).toUpperCase()}${what.slice(1)} ready to import`
}

/** "1 row has a problem", "3 rows have problems". */
export function problemCount(count: number): string {
  return count === 1 ? '1 row has a problem' : `${count.toLocaleString()} rows have problems`
}

/** The checkbox that agrees to leave the problem rows out. */
export function skipLabel(count: number): string {
  return count === 1
    ? 'Skip the 1 row with a problem'
    : `Skip the ${count.toLocaleString()} rows with problems`
}

/** The words of a toast about a spreadsheet import. */
export function importToastText(note: ImportNote): string {
  switch (note.kind) {
    case 'imported':
      return importedCardsMessage(note.count)
    case 'undone':
      return importUndoneMessage(note.removed)
    case 'undo-refused':
      return `Couldn't undo the import: ${note.reason}`
  }
}
