import type { Interviewer, Outcome, Stage } from '@shared/domain/interview'
import type { DraftChannel } from '@shared/domain/template-keys'
import type { RequestOf } from '@shared/ipc/contract'

/*
 * What a toast says happened, as facts: the store decides when something is worth a toast, the
 * feature it is about words it (see toast-words.ts beside App.tsx). `reason` is main's own
 * explanation of a refusal, shown as it came.
 */

/** Cards added, moved, deleted and brought back. */
export type BoardNote = { about: 'board' } & (
  | { kind: 'added'; company: string }
  | { kind: 'moved'; company: string; to: Stage; outcome: Outcome | null }
  /** The move broke a rule of the board (the reason says which). */
  | { kind: 'move-impossible'; reason: string }
  | { kind: 'move-refused'; company: string; reason: string }
  | { kind: 'deleted'; company: string }
  | { kind: 'delete-refused'; company: string; reason: string }
  | { kind: 'restored'; company: string }
  | { kind: 'restore-refused'; reason: string }
  /** A move or a follow-up action taken back; `backIn` is the stage it returned to, if it changed. */
  | { kind: 'undone'; company: string; backIn: Stage | null }
)

/** A card's details saved, and its follow-ups sent, replied to, snoozed or opened. */
export type FollowUpNote = { about: 'follow-ups' } & (
  | { kind: 'saved'; company: string; from: Stage; to: Stage }
  | {
      kind: 'marked-sent'
      company: string
      interviewers: readonly Pick<Interviewer, 'id' | 'name'>[]
      stage: Stage
      sentTo: 'all' | readonly string[]
      advancedTo: Stage | null
    }
  | { kind: 'mark-sent-refused'; reason: string }
  | { kind: 'replied'; company: string; stage: Stage }
  | { kind: 'reply-refused'; reason: string }
  /** `until` is null when main kept no snooze time to show. */
  | { kind: 'snoozed'; until: string | null; timeZone: string }
  | { kind: 'snooze-refused'; reason: string }
  /** A reminder was clicked for a card that is no longer on the board. */
  | { kind: 'card-gone' }
)

/** One draft reset, copied or handed to the mail app; `name` is null when its person is gone. */
export type DraftNote = { about: 'drafts' } & (
  | { kind: 'reset'; channel: DraftChannel; name: string | null }
  | { kind: 'reset-refused'; reason: string }
  | {
      kind: 'copied'
      part: RequestOf<'copyDraft'>['part']
      channel: DraftChannel
      name: string | null
    }
  | { kind: 'copy-refused'; reason: string }
  | { kind: 'mail-opened'; name: string | null; shortened: boolean }
  | { kind: 'mail-refused'; reason: string }
  /** Undo of a reset: the person's wording is back. */
  | { kind: 'wording-back' }
)

/** The board as a whole: reloaded, restored, imported, exported, its samples and its folder. */
export type DataNote = { about: 'data' } & (
  | { kind: 'changed-on-disk' }
  /** `at` (ms) is when the list showed the backup, with `timeZone` then: it is named as shown. */
  | { kind: 'backup-restored'; takenAt: string; timeZone: string; at: number; cards: number }
  | { kind: 'board-imported'; cards: number }
  | { kind: 'board-exported'; file: string }
  | { kind: 'csv-exported'; file: string; count: number }
  | { kind: 'calendar-exported'; file: string; count: number }
  | { kind: 'folder-refused'; reason: string }
  | { kind: 'path-copied' }
  | { kind: 'path-refused'; reason: string }
  | { kind: 'samples-added' }
  | { kind: 'samples-add-refused'; reason: string }
  | { kind: 'samples-removed' }
  | { kind: 'samples-remove-refused'; reason: string }
  | { kind: 'samples-back' }
)

/** Interviews added from a spreadsheet, and taken back. */
export type ImportNote = { about: 'import' } & (
  | { kind: 'imported'; count: number }
  | { kind: 'undone'; removed: number }
  | { kind: 'undo-refused'; reason: string }
)

export type SettingsNote = { about: 'settings' } & (
  { kind: 'saved' } | { kind: 'save-refused'; reason: string }
)

/** The toast's Undo could not take back what it offered to. */
export type UndoNote = { about: 'undo'; kind: 'refused'; reason: string }

export type ToastNote =
  BoardNote | FollowUpNote | DraftNote | DataNote | ImportNote | SettingsNote | UndoNote

/** The words for every kind of toast, one function per area. */
export type ToastWords = {
  [A in ToastNote['about']]: (note: Extract<ToastNote, { about: A }>) => string
}

/** A toast's words, from the function for its area. */
export function wordToast(words: ToastWords, note: ToastNote): string {
  return (words[note.about] as (note: ToastNote) => string)(note)
}
