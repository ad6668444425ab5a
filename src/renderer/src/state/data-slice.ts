import type {
  BackupList,
  BackupSummary,
  BoardReplaced,
  CardsImported,
  CsvFile,
  ExportedFile,
} from '@shared/ipc/contract'
import type { ImportedInterview } from '@shared/import/interviews'
import type { IpcResult } from '@shared/ipc/result'
import { putCard, removeCard, type BoardSlice } from './board-slice'
import type { LoadSlice } from './load-slice'
import { showToast, type NavigationSlice, type UndoHandlers } from './navigation-slice'
import type { SettingsSlice } from './settings-slice'
import { byId, type SliceKit } from './slice-kit'
import type { DataNote } from './toast-notes'

export interface DataActions {
  /** The backups folder and what each backup holds, newest first. */
  listBackups(): Promise<IpcResult<BackupList>>
  /** Replaces the board with a backup (main keeps the current board as a backup first). */
  restoreBackup(backup: BackupSummary): Promise<IpcResult<BoardReplaced>>
  /** Asks for a JSON file and replaces the board with it; null when the person cancelled. */
  importBoard(): Promise<IpcResult<BoardReplaced | null>>
  /** Asks where to save the board as JSON, and writes it there; null when cancelled. */
  exportBoard(): Promise<IpcResult<{ file: string } | null>>
  /** Asks where to save a spreadsheet (CSV) of the interviews, and writes it; null when cancelled. */
  exportCsv(): Promise<IpcResult<ExportedFile | null>>
  /** Asks where to save the follow-ups still to send as a calendar (.ics); null when cancelled. */
  exportCalendar(): Promise<IpcResult<ExportedFile | null>>
  /** Asks for a spreadsheet (CSV) and returns its text; null when cancelled. */
  readCsvFile(): Promise<IpcResult<CsvFile | null>>
  /** Adds checked interviews as new cards; the toast's Undo takes them all back. */
  importCards(interviews: ImportedInterview[]): Promise<IpcResult<CardsImported>>
  addSampleBoard(): Promise<void>
  /** Deletes every sample card in one go, with an Undo that brings them back. */
  removeSampleCards(): Promise<void>
  showDataFolder(): Promise<void>
  copyDataFolderPath(): Promise<void>
}

/** The board's data as a whole: backups, files in and out, the sample board, the data folder. */
export interface DataSlice {
  actions: DataActions
}

type Kit = SliceKit<DataSlice & LoadSlice & SettingsSlice & BoardSlice & NavigationSlice>

type Refusal = Extract<DataNote, { reason: string }>['kind']

export function dataUndoers(kit: Kit): Pick<UndoHandlers, 'import' | 'restore-samples'> {
  const { api } = kit
  return {
    async import(undo) {
      const undone = await api.undoImport()
      if (!undone.ok) {
        const reason = undone.error.message
        showToast(kit, { about: 'import', kind: 'undo-refused', reason }, 'error')
        return
      }
      undo.cardIds.forEach((id) => removeCard(kit, id))
      showToast(kit, { about: 'import', kind: 'undone', removed: undone.value.removed })
    },

    async 'restore-samples'(undo) {
      for (const id of undo.cardIds) {
        const restored = await api.restoreCard({ id })
        if (restored.ok) putCard(kit, restored.value)
      }
      showToast(kit, { about: 'data', kind: 'samples-back' })
    },
  }
}

export function createDataSlice(kit: Kit): DataSlice {
  const { set, get, api, now } = kit
  const refused = (kind: Refusal, reason: string) =>
    showToast(kit, { about: 'data', kind, reason }, 'error')

  /** After a restore or an import: the new board, and what happened instead of "changed on disk". */
  const showReplaced = async (note: DataNote) => {
    await get().actions.loadInPlace()
    showToast(kit, note)
  }

  /** An export: once written, a toast names the file and what went into it. */
  const exportAs =
    <T>(request: () => Promise<IpcResult<T | null>>, note: (exported: T) => DataNote) =>
    async () => {
      const result = await request()
      if (result.ok && result.value) showToast(kit, note(result.value))
      return result
    }

  return {
    actions: {
      listBackups: () => api.listBackups(),

      async restoreBackup(backup) {
        // Named as the list showed it, before the restored settings bring their own zone.
        const { timeZone } = get().settings
        const at = now().getTime()
        const result = await api.restoreBackup({ name: backup.name })
        if (result.ok) {
          const { cards } = result.value
          const { takenAt } = backup
          await showReplaced({
            about: 'data',
            kind: 'backup-restored',
            takenAt,
            timeZone,
            at,
            cards,
          })
        }
        return result
      },

      async importBoard() {
        const result = await api.importBoard()
        if (result.ok && result.value) {
          await showReplaced({ about: 'data', kind: 'board-imported', cards: result.value.cards })
        }
        return result
      },

      exportBoard: exportAs(
        () => api.exportBoard(),
        ({ file }) => ({ about: 'data', kind: 'board-exported', file }),
      ),
      exportCsv: exportAs(
        () => api.exportCsv(),
        ({ file, count }) => ({ about: 'data', kind: 'csv-exported', file, count }),
      ),
      exportCalendar: exportAs(
        () => api.exportCalendar(),
        ({ file, count }) => ({ about: 'data', kind: 'calendar-exported', file, count }),
      ),

      readCsvFile: () => api.readCsvFile(),

      async importCards(interviews) {
        const result = await api.importCards({ interviews })
        if (result.ok) {
          const { cards } = result.value
          set((s) => ({ cards: { ...s.cards, ...byId(cards) } }))
          showToast(kit, { about: 'import', kind: 'imported', count: cards.length }, 'info', {
            kind: 'import',
            cardIds: cards.map((c) => c.id),
          })
        }
        return result
      },

      async addSampleBoard() {
        const result = await api.addSampleBoard()
        if (!result.ok) return refused('samples-add-refused', result.error.message)
        result.value.forEach((card) => putCard(kit, card))
        // Through navigate, so unsaved Settings edits are asked about, not dropped.
        get().actions.navigate({ kind: 'board' })
        showToast(kit, { about: 'data', kind: 'samples-added' })
      },

      async removeSampleCards() {
        const result = await api.removeSampleCards()
        if (!result.ok) return refused('samples-remove-refused', result.error.message)
        const { ids } = result.value
        ids.forEach((id) => removeCard(kit, id))
        // Main removed those still on their way too.
        set((s) => (s.onTheWay ? { onTheWay: { ...s.onTheWay, samples: 0 } } : {}))
        showToast(kit, { about: 'data', kind: 'samples-removed' }, 'info', {
          kind: 'restore-samples',
          cardIds: ids,
        })
      },

      async showDataFolder() {
        const result = await api.showDataFolder()
        if (!result.ok) refused('folder-refused', result.error.message)
      },

      async copyDataFolderPath() {
        const result = await api.copyDataFolderPath()
        if (result.ok) showToast(kit, { about: 'data', kind: 'path-copied' })
        else refused('path-refused', result.error.message)
      },
    },
  }
}
