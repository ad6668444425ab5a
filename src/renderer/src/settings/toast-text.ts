import type { DataNote, SettingsNote } from '../state/toast-notes'
import { backupTime, exportedMessage, importedMessage, restoredMessage } from './data-text'
import { calendarExportedMessage, csvExportedMessage } from './export-text'

/** The words of a toast about the board's data: its file, backups, exports and samples. */
export function dataToastText(note: DataNote): string {
  switch (note.kind) {
    case 'changed-on-disk':
      return 'Your board changed on disk outside Foothold, and has been reloaded.'
    case 'backup-restored': {
      const when = backupTime(note.takenAt, note.timeZone, new Date(note.at))
      return restoredMessage(when, note)
    }
    case 'board-imported':
      return importedMessage(note)
    case 'board-exported':
      return exportedMessage(note.file)
    case 'csv-exported':
      return csvExportedMessage(note)
    case 'calendar-exported':
      return calendarExportedMessage(note)
    case 'folder-refused':
      return `Couldn't open the folder: ${note.reason}`
    case 'path-copied':
      return 'Copied the data folder’s path'
    case 'path-refused':
      return `Couldn't copy the path: ${note.reason}`
    case 'samples-added':
      return 'Added sample interviews to your board'
    case 'samples-add-refused':
      return `Couldn't add the samples: ${note.reason}`
    case 'samples-removed':
      return 'Removed the sample interviews'
    case 'samples-remove-refused':
      return `Couldn't remove them: ${note.reason}`
    case 'samples-back':
      return 'The sample interviews are back'
  }
}

export function settingsToastText(note: SettingsNote): string {
  switch (note.kind) {
    case 'saved':
      return 'Settings saved'
    case 'save-refused':
      return `Couldn't save your settings: ${note.reason}`
  }
}
