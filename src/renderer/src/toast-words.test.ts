import { describe, expect, it } from 'vitest'
import { wordToast, type ToastNote } from './state/toast-notes'
import { TOAST_WORDS } from './toast-words'

type Area = ToastNote['about']
type NoteOf<A extends Area, K> = Extract<ToastNote, { about: A; kind: K }>

/** One note of every kind: a kind added to the store without words here fails to compile. */
const EVERY_KIND: {
  [A in Area]: { [K in Extract<ToastNote, { about: A }>['kind']]: NoteOf<A, K> }
} = {
  board: {
    added: { about: 'board', kind: 'added', company: 'Acme' },
    moved: { about: 'board', kind: 'moved', company: 'Acme', to: 'final', outcome: null },
    'move-impossible': { about: 'board', kind: 'move-impossible', reason: 'Not like that' },
    'move-refused': { about: 'board', kind: 'move-refused', company: 'Acme', reason: 'Locked' },
    deleted: { about: 'board', kind: 'deleted', company: 'Acme' },
    'delete-refused': { about: 'board', kind: 'delete-refused', company: 'Acme', reason: 'Locked' },
    restored: { about: 'board', kind: 'restored', company: 'Acme' },
    'restore-refused': { about: 'board', kind: 'restore-refused', reason: 'Locked' },
    undone: { about: 'board', kind: 'undone', company: 'Acme', backIn: 'check-in' },
  },
  'follow-ups': {
    saved: { about: 'follow-ups', kind: 'saved', company: 'Acme', from: 'final', to: 'final' },
    'marked-sent': {
      about: 'follow-ups',
      kind: 'marked-sent',
      company: 'Acme',
      interviewers: [{ id: 'p1', name: 'Priya Raman' }],
      stage: 'final',
      sentTo: 'all',
      advancedTo: null,
    },
    'mark-sent-refused': { about: 'follow-ups', kind: 'mark-sent-refused', reason: 'Locked' },
    replied: { about: 'follow-ups', kind: 'replied', company: 'Acme', stage: 'final' },
    'reply-refused': { about: 'follow-ups', kind: 'reply-refused', reason: 'Locked' },
    snoozed: {
      about: 'follow-ups',
      kind: 'snoozed',
      until: '2026-11-18T10:00:00.000Z',
      timeZone: 'UTC',
    },
    'snooze-refused': { about: 'follow-ups', kind: 'snooze-refused', reason: 'Locked' },
    'card-gone': { about: 'follow-ups', kind: 'card-gone' },
  },
  drafts: {
    reset: { about: 'drafts', kind: 'reset', channel: 'linkedin', name: 'Tom Becker' },
    'reset-refused': { about: 'drafts', kind: 'reset-refused', reason: 'Locked' },
    copied: { about: 'drafts', kind: 'copied', part: 'all', channel: 'call', name: 'Tom Becker' },
    'copy-refused': { about: 'drafts', kind: 'copy-refused', reason: 'Locked' },
    'mail-opened': { about: 'drafts', kind: 'mail-opened', name: 'Tom Becker', shortened: false },
    'mail-refused': { about: 'drafts', kind: 'mail-refused', reason: 'Locked' },
    'wording-back': { about: 'drafts', kind: 'wording-back' },
  },
  data: {
    'changed-on-disk': { about: 'data', kind: 'changed-on-disk' },
    'backup-restored': {
      about: 'data',
      kind: 'backup-restored',
      takenAt: '2026-11-20T09:00:00.000Z',
      timeZone: 'UTC',
      at: Date.parse('2026-11-23T15:00:00Z'),
      cards: 1,
    },
    'board-imported': { about: 'data', kind: 'board-imported', cards: 0 },
    'board-exported': { about: 'data', kind: 'board-exported', file: '/home/alex/board.json' },
    'csv-exported': { about: 'data', kind: 'csv-exported', file: '/home/alex/a.csv', count: 1 },
    'calendar-exported': {
      about: 'data',
      kind: 'calendar-exported',
      file: '/home/alex/a.ics',
      count: 0,
    },
    'folder-refused': { about: 'data', kind: 'folder-refused', reason: 'No file manager' },
    'path-copied': { about: 'data', kind: 'path-copied' },
    'path-refused': { about: 'data', kind: 'path-refused', reason: 'No clipboard' },
    'samples-added': { about: 'data', kind: 'samples-added' },
    'samples-add-refused': { about: 'data', kind: 'samples-add-refused', reason: 'Locked' },
    'samples-removed': { about: 'data', kind: 'samples-removed' },
    'samples-remove-refused': { about: 'data', kind: 'samples-remove-refused', reason: 'Locked' },
    'samples-back': { about: 'data', kind: 'samples-back' },
  },
  import: {
    imported: { about: 'import', kind: 'imported', count: 1 },
    undone: { about: 'import', kind: 'undone', removed: 1 },
    'undo-refused': { about: 'import', kind: 'undo-refused', reason: 'Locked' },
  },
  settings: {
    saved: { about: 'settings', kind: 'saved' },
    'save-refused': { about: 'settings', kind: 'save-refused', reason: 'Locked' },
  },
  undo: { refused: { about: 'undo', kind: 'refused', reason: 'There is nothing to undo' } },
}

const everyNote = Object.values(EVERY_KIND).flatMap((kinds) => Object.values(kinds) as ToastNote[])

describe('the words of every toast', () => {
  it.each(everyNote.map((note) => [`${note.about}: ${note.kind}`, note] as const))(
    '%s is one plain sentence, with every fact filled in',
    (_, note) => {
      const text = wordToast(TOAST_WORDS, note)
      expect(text).toMatch(/^[A-Z]/)
      expect(text).not.toMatch(/undefined|null|NaN|\[object/)
      if ('reason' in note) expect(text).toContain(note.reason)
      if ('file' in note) expect(text).toContain(note.file)
    },
  )

  it('says why an Undo could not be done', () => {
    expect(wordToast(TOAST_WORDS, EVERY_KIND.undo.refused)).toBe(
      "Couldn't undo: There is nothing to undo",
    )
  })
})
