import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseStoreText, describeProblem } from '../../shared/store/store-format'
import { fileStamp } from '../../shared/store/backup-name'
import type { BackupList, BoardReplaced } from '../../shared/ipc/contract'
import type { Clock } from '../clock'
import type { BoardStore } from '../store/board-store'
import { writeFileDurably } from '../store/durable-write'
import { RequestError } from './request-error'

/** The system's file pickers (Electron's dialog in the app, answers set by a test elsewhere). */
export interface FileDialogs {
  /** The JSON file to import, or null when the person cancelled. */
  chooseImportFile(): Promise<string | null>
  /** Where to save an export, suggesting `suggestedName`; null when cancelled. */
  chooseExportFile(suggestedName: string): Promise<string | null>
}

export const noDialogs: FileDialogs = {
  chooseImportFile: async () => null,
  chooseExportFile: async () => null,
}

// A board file is a few megabytes at most; anything far larger is not one.
const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** Backups, restore, import and export: the person's data in and out. */
export function createDataHandlers(store: BoardStore, clock: Clock, dialogs: FileDialogs) {
  const replaceWith = async (text: string, source: string): Promise<BoardReplaced> => {
    const parsed = parseStoreText(text)
    if (!parsed.ok) {
      throw new RequestError(
        'invalid-request',
        `${source} cannot be used: ${describeProblem(parsed.problem)}. Nothing was changed.`,
      )
    }
    const previous = await store.replaceAll(parsed.data)
    return { cards: parsed.data.cards.length, previousKeptAs: previous.file }
  }

  return {
    listBackups: async (): Promise<BackupList> => {
      const entries = await store.backups.list()
      const backups = await Promise.all(
        entries.map(async (entry) => {
          const contents = await store.backups.read(entry)
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
      const contents = await store.backups.read(entry)
      if (!contents.ok) {
        throw new RequestError(
          'invalid-request',
          `The backup ${name} cannot be restored: ${contents.problem}. Nothing was changed.`,
        )
      }
      return replaceWith(contents.text, `The backup ${name}`)
    },

    importBoard: async (): Promise<BoardReplaced | null> => {
      const file = await dialogs.chooseImportFile()
      if (!file) return null
      let text: string
      try {
        const bytes = await readFile(file)
        if (bytes.length > MAX_IMPORT_BYTES) {
          throw new RequestError(
            'invalid-request',
            `${basename(file)} is too large to be a Foothold board. Nothing was changed.`,
          )
        }
        text = bytes.toString('utf8')
      } catch (error) {
        if (error instanceof RequestError) throw error
        const code = (error as NodeJS.ErrnoException).code ?? 'error'
        throw new RequestError(
          'invalid-request',
          `${basename(file)} could not be read (${code}). Nothing was changed.`,
        )
      }
      return replaceWith(text, basename(file))
    },

    exportBoard: async (): Promise<{ file: string } | null> => {
      const file = await dialogs.chooseExportFile(`foothold-export-${fileStamp(clock.now())}.json`)
      if (!file) return null
      await store.flush()
      const target = file.toLowerCase().endsWith('.json') ? file : `${file}.json`
      await writeFileDurably(target, JSON.stringify(store.data, null, 1))
      return { file: target }
    },
  }
}
