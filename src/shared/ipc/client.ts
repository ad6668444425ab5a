import type { Events, FootholdApi } from './contract'
import type { EventName } from './methods'
import { EVENT_NAMES, METHODS, channelOf, eventChannelOf } from './methods'

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>
  on(channel: string, listener: (payload: unknown) => void): () => void
}

export interface ApiOptions {
  /**
   * Asks for the board at once, while the page is still loading its scripts, and gives that answer
   * to the first loadBoard() call: the board arrives in parallel with the JS instead of after it.
   */
  loadBoardEarly?: boolean
}

/**
 * Builds `window.foothold` from a transport: one function per contract method, nothing else.
 * The preload passes Electron's ipcRenderer; a test host can pass its own.
 */
export function createFootholdApi(transport: Transport, options: ApiOptions = {}): FootholdApi {
  const api: Record<string, unknown> = {}
  for (const method of METHODS) {
    api[method] = (request?: unknown) => transport.invoke(channelOf(method), request)
  }
  if (options.loadBoardEarly) {
    let early: Promise<unknown> | null = transport.invoke(channelOf('loadBoard'), undefined)
    // Handed out once; until then a failure is the caller's to see, not an unhandled rejection.
    early.catch(() => undefined)
    // An event before the page listens (a failed save, a change on disk) means the early answer
    // may be out of date, and the event itself is gone: the first loadBoard() then asks afresh.
    const stopWatching = EVENT_NAMES.map((name) =>
      transport.on(eventChannelOf(name), () => {
        early = null
      }),
    )
    const loadBoard = api.loadBoard as (request?: unknown) => Promise<unknown>
    api.loadBoard = (request?: unknown) => {
      stopWatching.forEach((stop) => stop())
      stopWatching.length = 0
      const answer = early ?? loadBoard(request)
      early = null
      return answer
    }
  }
  api.on = (name: EventName, listener: (payload: Events[EventName]) => void) => {
    if (!EVENT_NAMES.includes(name)) throw new Error(`Unknown event ${String(name)}`)
    return transport.on(eventChannelOf(name), (payload) => listener(payload as Events[EventName]))
  }
  return Object.freeze(api) as FootholdApi
}
