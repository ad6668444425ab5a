import type { BackupSummary, BoardReplaced } from '@shared/ipc/contract'
import { formatInterviewTime } from '@shared/domain/zoned-time'
import { formatDueDateTime } from '../common/due-format'
import { interviewCount } from '../common/interview-count'

const yearIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(instant)

/**
 * When a backup was taken, in the person's zone and the reader's locale: "Fri, Nov 20, 09:00"
 * (en-US), "Fri 20 Nov, 09:00" (en-GB); with the year when it is not this year.
 */
export function backupTime(takenAt: string, timeZone: string, now: Date, locale?: string): string {
  const at = new Date(takenAt)
  if (yearIn(at, timeZone) === yearIn(now, timeZone)) {
    return formatDueDateTime(at, timeZone, locale)
  }
  return formatInterviewTime(takenAt, timeZone, locale)
}

/** A backup row's second line: what it holds, or why it cannot be restored. */
export function backupDetail(backup: Pick<BackupSummary, 'cards' | 'problem'>): string {
  if (backup.cards !== null) return capitalize(interviewCount(backup.cards))
  return `Can’t be restored: ${backup.problem ?? 'it could not be read'}.`
}

const KEPT = 'Your previous board was kept as a backup.'

/** The toast after a restore; `when` is the time the row showed. */
export function restoredMessage(when: string, replaced: Pick<BoardReplaced, 'cards'>): string {
  return `Restored the backup from ${when} (${interviewCount(replaced.cards)}). ${KEPT}`
}

export function importedMessage(replaced: Pick<BoardReplaced, 'cards'>): string {
  return `Imported a board with ${interviewCount(replaced.cards)}. ${KEPT}`
}

export function exportedMessage(file: string): string {
  return `Board exported to ${file}`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
