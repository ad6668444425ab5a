import { describeMove } from '@shared/domain/board'
import { STAGE_LABELS } from '@shared/domain/interview'
import type { BoardNote } from '../state/toast-notes'

/** The words of a toast about cards added, moved, deleted or brought back. */
export function boardToastText(note: BoardNote): string {
  switch (note.kind) {
    case 'added':
      return `Added ${note.company} to Thank-you`
    case 'moved':
      return describeMove(note, note.to, note.outcome)
    case 'move-impossible':
      return note.reason
    case 'move-refused':
      return `Couldn't move ${note.company}: ${note.reason}`
    case 'deleted':
      return `Deleted ${note.company}`
    case 'delete-refused':
      return `Couldn't delete ${note.company}: ${note.reason}`
    case 'restored':
      return `Restored ${note.company}`
    case 'restore-refused':
      return `Couldn't restore the card: ${note.reason}`
    case 'undone':
      return note.backIn
        ? `Undone — ${note.company} is back in ${STAGE_LABELS[note.backIn]}`
        : `Undone — ${note.company} is as it was`
  }
}
