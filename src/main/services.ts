import type { EventName } from '@shared/ipc/methods'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import type { Settings } from '@shared/domain/settings'
import type { Events, HostInfo, OpenCardRequest } from '@shared/ipc/contract'
import type { Clock } from './clock'
import { systemClock } from './clock'
import type { Dispatch } from './ipc/dispatch'
import { createDispatch } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import type { FileDialogs } from './ipc/data-handlers'
import type { ClipboardWriter } from './ipc/draft-handlers'
import type { Timers } from './reminders/scheduler'
import { ReminderScheduler } from './reminders/scheduler'
import { warmPlans } from './reminders/warm-plans'
import { BoardStore } from './store/board-store'
import { createPlanCache } from '@shared/cadence/plan-cache'

export interface ServiceOptions {
  dataFolder: string
  /** Pushes an event to the renderer (webContents.send in the app, a page call in tests). */
  emit: <E extends EventName>(name: E, payload: Events[E]) => void
  clock?: Clock
  defaultTimeZone?: string
  logError?: (error: unknown) => void
  /** Shows an OS notification (Electron's in the app, a recorder in tests). */
  notify?: (notice: ReminderNotice) => void
  /** False while no notification could be seen; due reminders then wait (see the scheduler). */
  canNotify?: () => boolean
  /** Which edition this is; the desktop app unless told otherwise. */
  host?: HostInfo
  onDueCount?: (count: number) => void
  onSettingsSaved?: (before: Settings, after: Settings) => void
  timers?: Timers
  /** File pickers for import and export. */
  dialogs?: FileDialogs
  /** The system clipboard (Electron's in the app, a recorder in tests). */
  clipboard?: ClipboardWriter
  /** Opens an address the security policy allowed (shell.openExternal in the app). */
  openExternal?: (url: string) => Promise<void>
  /**
   * True when the person's own click or key press sent the request just now (the window's user
   * activation in the app), using it up; a mail draft opens only then. Without it, every request
   * counts as the person's.
   */
  personAsked?: () => boolean
  /** Opens the file manager on a file (shell.showItemInFolder in the app, a recorder in tests). */
  showItemInFolder?: (path: string) => void
  /** A data folder without a board starts as already welcomed (end-to-end tests of other things). */
  skipFirstRun?: boolean
  /** How often to look for outside changes to the data file; 0 turns it off. */
  diskCheckMs?: number
  /**
   * Signs the record that lets a start-up skip validating a board Foothold wrote itself. It must
   * be kept outside the data folder (see store/validation-key.ts); none means every start-up
   * validates the whole board.
   */
  validationKey?: Uint8Array | null
}

export interface FootholdServices {
  store: BoardStore
  dispatch: Dispatch
  scheduler: ReminderScheduler
  /** A reminder was clicked: the renderer opens that card now, or on its next load. */
  openCard(request: OpenCardRequest): void
  /** The OS refused to show a reminder: the window shows it instead. */
  showReminderInApp(notice: ReminderNotice): void
  /** Writes everything pending (and the validation record); call before quitting. */
  flush(): Promise<void>
  /** Stops the reminders and the disk check, and writes everything pending. */
  stop(): Promise<void>
}

// Often enough that a sync tool's change shows up before the person edits the same card.
const DISK_CHECK_MS = 3000

/**
 * Everything the main process does besides windows and OS integration. Electron's main entry and
 * the e2e browser host both build exactly this, so tests exercise the real code.
 */
export async function startServices(options: ServiceOptions): Promise<FootholdServices> {
  const clock = options.clock ?? systemClock
  const store = await BoardStore.open({
    dataFolder: options.dataFolder,
    clock,
    defaultTimeZone: options.defaultTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(options.skipFirstRun ? { skipFirstRun: true } : {}),
    validationKey: options.validationKey ?? null,
    onStatus: (status) => options.emit('storeStatus', status),
    onExternalChange: (change) =>
      options.emit('boardChangedOnDisk', {
        notice: change.kind === 'reloaded' ? null : change.notice,
      }),
    ...(options.logError ? { logError: options.logError } : {}),
  })
  let pendingOpen: OpenCardRequest | null = null
  const planOf = createPlanCache()
  const handlers = createHandlers({
    store,
    clock,
    planOf,
    ...(options.host ? { host: options.host } : {}),
    ...(options.onSettingsSaved ? { onSettingsSaved: options.onSettingsSaved } : {}),
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    ...(options.clipboard ? { clipboard: options.clipboard } : {}),
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
    ...(options.personAsked ? { personAsked: options.personAsked } : {}),
    ...(options.showItemInFolder ? { showItemInFolder: options.showItemInFolder } : {}),
    takePendingOpen: () => {
      const request = pendingOpen
      pendingOpen = null
      return request
    },
  })
  const dispatch = createDispatch(handlers, options.logError)
  const scheduler = new ReminderScheduler({
    store,
    clock,
    plans: planOf,
    notify: options.notify ?? (() => undefined),
    ...(options.canNotify ? { canNotify: options.canNotify } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.onDueCount ? { onDueCount: options.onDueCount } : {}),
    ...(options.logError ? { logError: options.logError } : {}),
  })
  store.subscribe(() => void scheduler.replan())
  const stopWarming = warmPlans(() => store.data, planOf)
  const diskCheckMs = options.diskCheckMs ?? DISK_CHECK_MS
  const stopDiskCheck = diskCheckMs > 0 ? store.watchDisk(diskCheckMs) : () => undefined
  return {
    store,
    dispatch,
    scheduler,
    openCard: (request) => {
      pendingOpen = request
      options.emit('openCard', request)
    },
    showReminderInApp: (notice) => options.emit('reminderInApp', notice),
    flush: () => store.settle(),
    async stop() {
      stopWarming()
      stopDiskCheck()
      scheduler.stop()
      await store.settle()
    },
  }
}
