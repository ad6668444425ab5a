import { basename } from 'node:path'
import type { StoreData } from '@shared/store/store-format'
import { parseStoreText, describeProblem } from '@shared/store/store-format'
import { fileStamp } from '@shared/store/backup-name'
import { boardToCsv } from '@shared/export/csv'
import { followUpsCalendar } from '@shared/export/ics'
import { withoutSamples } from '@shared/sample/is-sample'
import type { BackupList, BoardReplaced, ExportedFile } from '@shared/ipc/contract'
import type { Clock } from '../clock'
import type { BoardStore } from '../store/board-store'
import { writeFileDurably } from '../store/durable-write'
import { chosenFileProblem, readChosenFile } from './read-chosen-file'
import { RequestError } from './request-error'

/** The system's file pickers (Electron's dialog in the app, answers set by a test elsewhere). */
export interface FileDialogs {
  /** The file to import (a JSON board, a CSV spreadsheet), or null when the person cancelled. */
  chooseImportFile(kind: FileKind): Promise<string | null>
  /** Where to save an export, suggesting `suggestedName`; null when cancelled. */
  chooseExportFile(suggestedName: string, kind: FileKind): Promise<string | null>
  /**
   * Hands a written export to the person, returning where it went in their words. Without it the
   * file chosen is where it went (the desktop app); the browser edition downloads it.
   */
  exported?(file: string): Promise<string>
}

/** What a file dialog offers: its title and the one file type. */
export interface FileKind {
  title: string
  fileType: string
  /** Without the dot: `json`, `csv`, `ics`. */
  extension: string
}

const BOARD_KIND: FileKind = {
  title: 'Import a Foothold board',
  fileType: 'Foothold board (JSON)',
  extension: 'json',
}

const EXPORT_KINDS = {
  board: {
    title: 'Export your Foothold board',
    fileType: 'Foothold board (JSON)',
    extension: 'json',
  },
  csv: {
    title: 'Export your interviews as a spreadsheet',
    fileType: 'CSV spreadsheet',
    extension: 'csv',
  },
  calendar: {
    title: 'Export your follow-ups to a calendar',
    fileType: 'iCalendar file',
    extension: 'ics',
  },
} satisfies Record<string, FileKind>

export const noDialogs: FileDialogs = {
  chooseImportFile: async () => null,
  chooseExportFile: async () => null,
}

// A board file is a few megabytes at most; anything far larger is not one.
const MAX_IMPORT_BYTES = 50 * 1024 * 1024

const TOO_LARGE = 'is too large to be a Foothold board'

/** A backup, read as an import is read: a FIFO or a huge file in the folder cannot stall main. */
async function readBackup(
  file: string,
): Promise<{ ok: true; data: StoreData } | { ok: false; problem: string }> {
  const read = await readChosenFile(file, MAX_IMPORT_BYTES)
  if (!read.ok) return { ok: false, problem: `it ${chosenFileProblem(read.problem, TOO_LARGE)}` }
  const parsed = parseStoreText(read.bytes.toString('utf8'))
  return parsed.ok
    ? { ok: true, data: parsed.data }
    : { ok: false, problem: describeProblem(parsed.problem) }
}

/** Backups, restore, import and export: the person's data in and out. */
export function createDataHandlers(store: BoardStore, clock: Clock, dialogs: FileDialogs) {
  const replaceWith = async (data: StoreData): Promise<BoardReplaced> => {
    const previous = await store.replaceAll(data)
    return { cards: data.cards.length, previousKeptAs: previous.file }
  }

  /**
   * Asks where to save (suggesting `<prefix>-<stamp>.<extension>`), then writes what `render` makes
   * of the board as it is then, durably, adding the extension when the name lacks it. Null when
   * cancelled; otherwise the path written and the count `render` gave.
   */
  const saveExport = async (
    prefix: string,
    kind: FileKind,
    render: (data: StoreData) => { text: string; count: number },
  ): Promise<ExportedFile | null> => {
    const suggested = `${prefix}-${fileStamp(clock.now())}.${kind.extension}`
    const file = await dialogs.chooseExportFile(suggested, kind)
    if (!file) return null
    await store.flush()
    const extension = `.${kind.extension}`
    const target = file.toLowerCase().endsWith(extension) ? file : `${file}${extension}`
    const { text, count } = render(store.data)
    await writeFileDurably(target, text)
    return { file: dialogs.exported ? await dialogs.exported(target) : target, count }
  }

  return {
    listBackups: async (): Promise<BackupList> => {
      const entries = await store.backups.list().catch((error: unknown) => {
        // Not "no backups": the person must know the folder is there but out of reach.
        const code = (error as NodeJS.ErrnoException).code ?? 'error'
        throw new RequestError(
          'internal',
          `The backups folder ${store.backups.folder} could not be read (${code}).`,
        )
      })
      const backups = await Promise.all(
        entries.map(async (entry) => {
          const contents = await readBackup(entry.file)
          return {
            name: basename(entry.file),
            takenAt: entry.takenAt.toISOString(),
            cards: contents.ok ? contents.data.cards.length : null,
            problem: contents.ok ? null : contents.problem,
          }
        }),
      )
      return { folder: store.backups.folder, backups }
    },

    restoreBackup: async ({ name }: { name: string }): Promise<BoardReplaced> => {
      const entry = (await store.backups.list()).find((e) => basename(e.file) === name)
      if (!entry) throw new RequestError('not-found', 'That backup no longer exists')
      const contents = await readBackup(entry.file)
      if (!contents.ok) {
        throw new RequestError(
          'invalid-request',
          `The backup ${name} cannot be restored: ${contents.problem}. Nothing was changed.`,
        )
      }
      return replaceWith(contents.data)
    },

    importBoard: async (): Promise<BoardReplaced | null> => {
      const file = await dialogs.chooseImportFile(BOARD_KIND)
      if (!file) return null
      const name = basename(file)
      const read = await readChosenFile(file, MAX_IMPORT_BYTES)
      if (!read.ok) {
        const problem = chosenFileProblem(read.problem, TOO_LARGE)
        throw new RequestError('invalid-request', `${name} ${problem}. Nothing was changed.`)
      }
      const parsed = parseStoreText(read.bytes.toString('utf8'))
      if (!parsed.ok) {
        throw new RequestError(
          'invalid-request',
          `${name} cannot be used: ${describeProblem(parsed.problem)}. Nothing was changed.`,
        )
      }
      return replaceWith(parsed.data)
    },

    exportBoard: async (): Promise<{ file: string } | null> => {
      const saved = await saveExport('foothold-export', EXPORT_KINDS.board, (data) => ({
        text: JSON.stringify(data, null, 1),
        count: data.cards.length,
      }))
      return saved && { file: saved.file }
    },

    /**
     * One row per interview, with a byte order mark so that Excel reads it as UTF-8. Sample
     * interviews stay out of it, as out of the calendar: a spreadsheet is for real ones.
     */
    exportCsv: (): Promise<ExportedFile | null> =>
      saveExport('foothold-interviews', EXPORT_KINDS.csv, ({ cards, settings }) => {
        const own = withoutSamples(cards).kept
        return { text: boardToCsv(own, { ...settings, bom: true }), count: own.length }
      }),

    /** One event per follow-up still to send, planned with the settings of the moment. */
    exportCalendar: (): Promise<ExportedFile | null> =>
      saveExport('foothold-follow-ups', EXPORT_KINDS.calendar, ({ cards, settings }) => {
        // Sample interviews are for looking at: they must not land in a real calendar either.
        return followUpsCalendar(withoutSamples(cards).kept, settings, clock.now())
      }),
  }
}
