/**
 * Names only, so the preload can build its API without bundling the schemas.
 * `contract.ts` must declare exactly these methods (checked by the type system).
 */
export const METHODS = [
  'loadFirstScreen',
  'loadBoard',
  'createCard',
  'updateCard',
  'moveCard',
  'deleteCard',
  'restoreCard',
  'updateSettings',
  'markSent',
  'markReplied',
  'snoozeReminder',
  'undoFollowUp',
  'saveDraft',
  'resetDraft',
  'copyDraft',
  'openInMailApp',
  'listBackups',
  'restoreBackup',
  'importBoard',
  'exportBoard',
  'exportCsv',
  'exportCalendar',
  'readCsvFile',
  'importCards',
  'undoImport',
  'finishOnboarding',
  'addSampleBoard',
  'removeSampleCards',
  'showDataFolder',
  'copyDataFolderPath',
] as const
export type Method = (typeof METHODS)[number]

/** The IPC channel name for a method; one prefix keeps Foothold's channels apart from Electron's. */
export const channelOf = (method: Method): string => `foothold:${method}`

export const EVENT_NAMES = [
  'storeStatus',
  'openCard',
  'reminderInApp',
  'boardChangedOnDisk',
  'boardChangedElsewhere',
  'hostStopped',
  'menuCommand',
] as const
export type EventName = (typeof EVENT_NAMES)[number]
export const eventChannelOf = (name: EventName): string => `foothold-event:${name}`

/** The method a channel name stands for, or null for anything that is not one of ours. */
export function methodOfChannel(channel: string): Method | null {
  const name = channel.startsWith('foothold:') ? channel.slice('foothold:'.length) : ''
  return (METHODS as readonly string[]).includes(name) ? (name as Method) : null
}
