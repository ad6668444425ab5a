import type { Events, FootholdApi } from './contract'
import type { EventName } from './methods'
import { EVENT_NAMES, METHODS, channelOf, eventChannelOf } from './methods'

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>
  on(channel: string, listener: (payload: unknown) => void): () => void
}

/**
 * Builds `window.foothold` from a transport: one function per contract method, nothing else.
 * The preload passes Electron's ipcRenderer; a test host can pass its own.
 */
export function createFootholdApi(transport: Transport): FootholdApi {
  const api: Record<string, unknown> = {}
  for (const method of METHODS) {
    api[method] = (request?: unknown) => transport.invoke(channelOf(method), request)
  }
  api.on = (name: EventName, listener: (payload: Events[EventName]) => void) => {
    if (!EVENT_NAMES.includes(name)) throw new Error(`Unknown event ${String(name)}`)
    return transport.on(eventChannelOf(name), (payload) => listener(payload as Events[EventName]))
  }
  return Object.freeze(api) as FootholdApi
}
