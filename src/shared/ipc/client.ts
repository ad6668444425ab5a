import type { Events, FootholdApi } from './contract'
import type { EventName, Method } from './methods'
import { EVENT_NAMES, METHODS, channelOf, eventChannelOf } from './methods'

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>
  on(channel: string, listener: (payload: unknown) => void): () => void
}

export interface ApiOptions {
  /**
   * Methods without a request to ask at once, while the page is still loading its scripts; each
   * answer goes to that method's first call, so the data travels while the JS loads.
   */
  askEarly?: readonly Method[]
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
  const askEarly = options.askEarly ?? []
  if (askEarly.length > 0) {
    const early = new Map<Method, Promise<unknown>>()
    for (const method of askEarly) {
      const answer = transport.invoke(channelOf(method), undefined)
      // Handed out once; until then a failure is the caller's to see, not an unhandled rejection.
      answer.catch(() => undefined)
      early.set(method, answer)
    }
    // An event before the page listens (a failed save, a change on disk) means the early answers
    // may be out of date, and the event itself is gone: the first calls then ask afresh.
    let stopWatching = EVENT_NAMES.map((name) =>
      transport.on(eventChannelOf(name), () => early.clear()),
    )
    const unclaimed = new Set(askEarly)
    for (const method of askEarly) {
      const ask = api[method] as (request?: unknown) => Promise<unknown>
      api[method] = (request?: unknown) => {
        unclaimed.delete(method)
        if (unclaimed.size === 0) {
          stopWatching.forEach((stop) => stop())
          stopWatching = []
        }
        const answer = early.get(method) ?? ask(request)
        early.delete(method)
        return answer
      }
    }
  }
  api.on = (name: EventName, listener: (payload: Events[EventName]) => void) => {
    if (!EVENT_NAMES.includes(name)) throw new Error(`Unknown event ${String(name)}`)
    return transport.on(eventChannelOf(name), (payload) => listener(payload as Events[EventName]))
  }
  return Object.freeze(api) as FootholdApi
}
