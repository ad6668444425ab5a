import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { WebSocketServer } from 'ws'
import type { EventName } from '@shared/ipc/methods'
import { eventChannelOf } from '@shared/ipc/methods'
import type { Events } from '@shared/ipc/contract'
import { BROWSER_HOST } from '@shared/ipc/host-info'
import { MAX_SOCKET_MESSAGE_BYTES, SOCKET_PATH } from '@shared/ipc/socket-protocol'
import type { Clock } from '../clock'
import type { FootholdServices } from '../services'
import { startServices } from '../services'
import type { DataFolderLock } from '../store/data-folder-lock'
import { lockDataFolder } from '../store/data-folder-lock'
import { APP_ORIGIN, createAppProtocolHandler, securityHeaders } from '../window/app-protocol'
import type { Access, RequestFacts } from './access'
import { carriesSecret, checkAddress, checkRequest, createAccess, sessionCookie } from './access'
import { createBrowserParts } from './browser-parts'
import { Pages } from './pages'
import { Transfers } from './transfers'

/** The script that gives the page `window.foothold` over the socket, as the preload does in Electron. */
export const BRIDGE_FILE = 'browser-edition.js'

export interface BrowserEditionOptions {
  dataFolder: string
  /** The built renderer (out/renderer). */
  rendererRoot: string
  /** 0 (the default) picks a free port. */
  port?: number
  clock?: Clock
  /** A data folder without a board starts as already welcomed (end-to-end tests of other things). */
  skipFirstRun?: boolean
  diskCheckMs?: number
  /** Vouches for the board's last validation, so a start can skip it (see validation-key.ts). */
  validationKey?: Uint8Array | null
  logError?: (error: unknown) => void
}

export interface BrowserEdition {
  /** The address with this start's secret: print it, open it. */
  readonly url: string
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string
  readonly services: FootholdServices
  readonly pages: Pages
  /** Pushes an event to every tab, as Electron's main pushes one to its window. */
  emit<E extends EventName>(name: E, payload: Events[E]): void
  /** Resolves once every notification handed to the tabs has been shown or refused. */
  settled(): Promise<void>
  /** Closes every tab's connection, writes what is pending, and gives the data folder back. */
  stop(): Promise<void>
}

/** Sent with every answer: the app's own policy, and no leaking of the address with its secret. */
function headers(contentType: string): Record<string, string> {
  return {
    ...securityHeaders(contentType),
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
  }
}

function facts(request: IncomingMessage): RequestFacts {
  return {
    host: request.headers.host,
    origin: request.headers.origin,
    cookie: request.headers.cookie,
  }
}

function refuse(response: ServerResponse, status: number, reason: string): void {
  response.writeHead(status, headers('text/plain; charset=utf-8'))
  response.end(`Foothold refused this request: ${reason}.\n`)
}

/**
 * The browser edition: the same services as the desktop app, on the same data folder, served to
 * the person's own browser from 127.0.0.1, behind a secret made for this start.
 */
export async function startBrowserEdition(options: BrowserEditionOptions): Promise<BrowserEdition> {
  const server = createServer()
  await listen(server, options.port ?? 0)
  const { port } = server.address() as AddressInfo
  const access = createAccess(port)
  let lock: DataFolderLock | null = null
  let transfers: Transfers | null = null
  try {
    lock = await lockDataFolder(options.dataFolder, {
      edition: 'browser',
      address: `${access.origin}/`,
    })
    transfers = await Transfers.create()
    return await serve(server, access, lock, transfers, options)
  } catch (error) {
    await transfers?.dispose()
    await lock?.release()
    await new Promise((resolve) => server.close(resolve))
    throw error
  }
}

async function serve(
  server: ReturnType<typeof createServer>,
  access: Access,
  lock: DataFolderLock,
  transfers: Transfers,
  options: BrowserEditionOptions,
): Promise<BrowserEdition> {
  let services: FootholdServices | null = null
  const pages: Pages = new Pages({
    dispatch: async (method, payload) => (await starting).dispatch(method, payload),
    boardVersion: () => services?.store.data,
    changedBy: (page) => pages.broadcast(eventChannelOf('boardChangedElsewhere'), {}, page),
    // Someone can see reminders again: what came due meanwhile arrives now, as after a sleep.
    onReady: (page) => {
      parts.deliverPending(page)
      void starting.then((running) => running.scheduler.replan())
    },
    ...(options.logError ? { logError: options.logError } : {}),
  })
  const parts = createBrowserParts(pages, transfers)
  const emit = <E extends EventName>(name: E, payload: Events[E]) =>
    pages.broadcast(eventChannelOf(name), payload)
  const starting = startServices({
    dataFolder: options.dataFolder,
    ...(options.clock ? { clock: options.clock } : {}),
    host: BROWSER_HOST,
    emit,
    notify: parts.notify,
    canNotify: () => pages.readyCount > 0,
    clipboard: parts.clipboard,
    dialogs: parts.dialogs,
    openExternal: parts.openExternal,
    ...(options.skipFirstRun ? { skipFirstRun: true } : {}),
    ...(options.diskCheckMs !== undefined ? { diskCheckMs: options.diskCheckMs } : {}),
    validationKey: options.validationKey ?? null,
    ...(options.logError ? { logError: options.logError } : {}),
  })
  // A failure to open the store is the caller's to report; keep it from being unhandled meanwhile.
  starting.catch(() => undefined)

  const files = createAppProtocolHandler(options.rendererRoot)
  const page = await readFile(join(options.rendererRoot, 'index.html'), 'utf8')
  // The bridge runs before the app's module (module scripts run in document order), as a preload
  // runs before the page in Electron.
  const indexHtml = page.replace(
    /<script type="module"/,
    `<script type="module" crossorigin src="./${BRIDGE_FILE}"></script>\n    <script type="module"`,
  )

  server.on('request', (request, response) => {
    void handle(request, response).catch((error: unknown) => {
      options.logError?.(error)
      if (!response.headersSent) refuse(response, 500, 'something went wrong inside Foothold')
      else response.destroy()
    })
  })

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', access.origin)
    const originRequired = request.method !== 'GET' && request.method !== 'HEAD'
    // The first visit: the secret is exchanged for the cookie, and leaves the address bar.
    if (request.method === 'GET' && url.searchParams.has('secret')) {
      const address = checkAddress(access, facts(request), { originRequired: false })
      if (!address.ok) return refuse(response, 403, address.reason)
      if (!carriesSecret(access, url))
        return refuse(response, 403, 'that secret is not this start’s')
      response.writeHead(303, {
        ...headers('text/plain; charset=utf-8'),
        location: '/',
        'set-cookie': sessionCookie(access),
      })
      return response.end()
    }
    const verdict = checkRequest(access, facts(request), { originRequired })
    if (!verdict.ok) return refuse(response, 403, verdict.reason)
    if (await transfers.handle(request, response, url.pathname)) return
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(response, 405, 'only pages and files are served here')
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      response.writeHead(200, headers('text/html; charset=utf-8'))
      return response.end(indexHtml)
    }
    const file = await files(new Request(`${APP_ORIGIN}${url.pathname}`))
    const body = Buffer.from(await file.arrayBuffer())
    response.writeHead(file.status, {
      ...headers(file.headers.get('content-type') ?? 'application/octet-stream'),
      // Built files carry their hash in their name: a reload may keep them.
      ...(file.ok ? { 'cache-control': 'private, max-age=31536000, immutable' } : {}),
    })
    response.end(body)
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES })
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', access.origin)
    const verdict =
      url.pathname === SOCKET_PATH
        ? checkRequest(access, facts(request), { originRequired: true })
        : { ok: false as const, reason: 'there is no socket here' }
    if (!verdict.ok) {
      socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n`)
      return
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const connection = pages.connect({ send: (text) => ws.send(text) })
      ws.on('message', (data, isBinary) => {
        if (isBinary) return ws.close(1003, 'Foothold reads text messages only')
        connection.receive(data.toString())
      })
      ws.on('close', () => connection.closed())
      ws.on('error', () => connection.closed())
    })
  })

  try {
    services = await starting
  } catch (error) {
    sockets.close()
    throw error
  }
  const running = services
  let stopping: Promise<void> | null = null
  return {
    url: access.entryUrl,
    origin: access.origin,
    services: running,
    pages,
    emit,
    settled: parts.settled,
    stop() {
      stopping ??= (async () => {
        for (const client of sockets.clients) client.close(1001, 'Foothold has stopped')
        sockets.close()
        const closed = new Promise((resolve) => server.close(resolve))
        server.closeAllConnections()
        await running.stop()
        await closed
        await transfers.dispose()
        await lock.release()
      })()
      return stopping
    },
  }
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is already in use. Choose another with --port, or leave --port out for a free one.`,
            )
          : error,
      )
    server.once('error', failed)
    // Loopback only: nothing on the network can reach it.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed)
      resolve()
    })
  })
}
