import type { EventName } from '../shared/ipc/methods'
import type { Events } from '../shared/ipc/contract'
import type { Clock } from './clock'
import { systemClock } from './clock'
import type { Dispatch } from './ipc/dispatch'
import { createDispatch } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { BoardStore } from './store/board-store'

export interface ServiceOptions {
  dataFolder: string
  /** Pushes an event to the renderer (webContents.send in the app, a page call in tests). */
  emit: <E extends EventName>(name: E, payload: Events[E]) => void
  clock?: Clock
  defaultTimeZone?: string
  logError?: (error: unknown) => void
}

export interface FootholdServices {
  store: BoardStore
  dispatch: Dispatch
  /** Writes everything pending; call before quitting. */
  flush(): Promise<void>
}

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
    onStatus: (status) => options.emit('storeStatus', status),
    ...(options.logError ? { logError: options.logError } : {}),
  })
  const dispatch = createDispatch(createHandlers({ store, clock }), options.logError)
  return { store, dispatch, flush: () => store.flush() }
}
