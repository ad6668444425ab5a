import { AsyncLocalStorage } from 'node:async_hooks'
import type { Dispatch } from '../ipc/dispatch'
import { methodOfChannel } from '@shared/ipc/methods'
import type { PageAsk, ServerMessage } from '@shared/ipc/socket-protocol'
import { PageMessageSchema } from '@shared/ipc/socket-schemas'

/** One open tab, as the server sees it. */
export interface PageSocket {
  send(text: string): void
}

export interface Page {
  readonly id: number
  /** Asks the page to do something for the person; resolves with its answer. */
  ask(ask: PageAsk): Promise<unknown>
}

/** What the person is told when a tab closed before it could answer. */
export class PageGoneError extends Error {
  constructor() {
    super('The Foothold tab was closed before it could finish')
  }
}

export interface PagesOptions {
  dispatch: Dispatch
  /** Called after a request that changed the board, with the page that made it. */
  changedBy?: (page: Page) => void
  /** Tells whether the board changed while a request ran: a token before, compared after. */
  boardVersion?: () => unknown
  /**
   * Called once per tab, when it has asked for the whole board: its app is listening by then, so
   * reminders can start reaching it (as the desktop app starts them once its window is shown).
   */
  onReady?: (page: Page) => void
  onClose?: (page: Page) => void
  logError?: (error: unknown) => void
}

interface Connection extends Page {
  readonly socket: PageSocket
  ready: boolean
  readonly waiting: Map<number, { resolve(value: unknown): void; reject(error: Error): void }>
  nextAsk: number
}

/**
 * The open tabs of the browser edition and the messages between them and the services: every
 * invoke runs the same `dispatch` that validates Electron's IPC; asks travel the other way.
 */
export class Pages {
  private readonly open = new Map<number, Connection>()
  private nextId = 0
  // Which page's request is being handled, so an ask made inside it (the clipboard of a Copy, the
  // file picker of an Import) goes to the page the person is using.
  private readonly current = new AsyncLocalStorage<Connection>()

  constructor(private readonly options: PagesOptions) {}

  /** How many tabs have their board on screen. */
  get readyCount(): number {
    return this.ready.length
  }

  /** The page whose request is running now, or null outside any request. */
  get requesting(): Page | null {
    return this.current.getStore() ?? null
  }

  /** Every tab with its board on screen, newest first. */
  get ready(): Page[] {
    return [...this.open.values()].filter((c) => c.ready).reverse()
  }

  /** Starts talking to a tab; returns what its socket's events must be passed to. */
  connect(socket: PageSocket): { receive(text: string): void; closed(): void } {
    const connection: Connection = {
      id: ++this.nextId,
      socket,
      ready: false,
      waiting: new Map(),
      nextAsk: 0,
      ask: (ask) => this.ask(connection, ask),
    }
    this.open.set(connection.id, connection)
    return {
      receive: (text) => this.receive(connection, text),
      closed: () => {
        if (!this.open.delete(connection.id)) return
        for (const { reject } of connection.waiting.values()) reject(new PageGoneError())
        connection.waiting.clear()
        this.options.onClose?.(connection)
      },
    }
  }

  /** Sends an event to every open tab, or to every tab but one. */
  broadcast(channel: string, payload: unknown, except?: Page): void {
    const text = JSON.stringify({ t: 'event', channel, payload } satisfies ServerMessage)
    for (const connection of this.open.values()) {
      if (connection !== except) send(connection, text)
    }
  }

  private ask(connection: Connection, ask: PageAsk): Promise<unknown> {
    if (!this.open.has(connection.id)) return Promise.reject(new PageGoneError())
    const id = ++connection.nextAsk
    return new Promise((resolve, reject) => {
      connection.waiting.set(id, { resolve, reject })
      send(connection, JSON.stringify({ t: 'ask', id, ask } satisfies ServerMessage))
    })
  }

  private receive(connection: Connection, text: string): void {
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      return refuse(connection, 'The message is not JSON')
    }
    const parsed = PageMessageSchema.safeParse(raw)
    if (!parsed.success) return refuse(connection, 'The message is not one Foothold sends')
    const message = parsed.data
    if (message.t === 'answer') {
      const waiting = connection.waiting.get(message.id)
      if (!waiting) return refuse(connection, 'Nothing was asked with that id')
      connection.waiting.delete(message.id)
      if (message.ok) waiting.resolve(message.value)
      else waiting.reject(new Error(message.error))
      return
    }
    const { id, channel, payload } = message
    void this.current
      .run(connection, async () => {
        const method = methodOfChannel(channel)
        const before = this.options.boardVersion?.()
        const result = await this.options.dispatch(method, payload)
        if (this.options.boardVersion && this.options.boardVersion() !== before) {
          this.options.changedBy?.(connection)
        }
        if (method === 'loadBoard' && !connection.ready && this.open.has(connection.id)) {
          connection.ready = true
          this.options.onReady?.(connection)
        }
        return result
      })
      .then(
        (result) => send(connection, JSON.stringify({ t: 'result', id, result })),
        // dispatch never throws; this is a last resort that still answers the page.
        (error: unknown) => {
          this.options.logError?.(error)
          send(
            connection,
            JSON.stringify({
              t: 'result',
              id,
              result: { ok: false, error: { code: 'internal', message: 'Something went wrong' } },
            } satisfies ServerMessage),
          )
        },
      )
  }
}

function send(connection: Connection, text: string): void {
  try {
    connection.socket.send(text)
  } catch {
    // A tab that is closing; its close event cleans up.
  }
}

function refuse(connection: Connection, reason: string): void {
  send(connection, JSON.stringify({ t: 'refused', reason } satisfies ServerMessage))
}
