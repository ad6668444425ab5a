import type { ExportedFile } from '@shared/ipc/contract'
import { interviewCount } from '../common/interview-count'

/** The toast after a spreadsheet export: what it holds, and where. */
export function csvExportedMessage({ file, count }: ExportedFile): string {
  return `Exported ${interviewCount(count)} to ${file}`
}

/** The toast after a calendar export; an empty calendar is said to be empty, not hidden. */
export function calendarExportedMessage({ file, count }: ExportedFile): string {
  if (count === 0) return `No follow-ups are waiting to be sent; saved an empty calendar to ${file}`
  const events = count === 1 ? '1 follow-up' : `${count.toLocaleString()} follow-ups`
  return `Exported ${events} to ${file}`
}
