import type { ReminderNotice } from '../cadence/reminder-text'
import type { IpcResult } from './result'

/**
 * The browser edition's wire format: the page and the local server exchange JSON messages over one
 * WebSocket. The page invokes contract methods exactly as the preload does over Electron's IPC;
 * the server pushes events, and asks the page for what only a browser can do for the person (the
 * clipboard, a file picker, a download, a notification). The server validates every message it
 * receives (socket-schemas.ts); the payload of an invoke is then validated by the contract. This
 * file holds no schema, so the page's side of the socket stays small.
 */

/** The address of the WebSocket on the edition's server. */
export const SOCKET_PATH = '/__foothold/socket'
/** Where the page sends a file the person picked for import, then names it in its answer. */
export const UPLOAD_PATH = '/__foothold/upload/'
/** Where the page fetches an export the person asked for. */
export const DOWNLOAD_PATH = '/__foothold/download/'

/** Far above any real request (5,000 imported interviews), far below what would hurt the server. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024 * 1024

/** A file the person picked: its name only; the bytes went to UPLOAD_PATH first. */
export interface PickedFile {
  name: string
}

/** What the server asks of the page on the person's behalf. */
export type PageAsk =
  | { kind: 'clipboard'; text: string; html: string }
  | { kind: 'open-url'; url: string }
  | { kind: 'pick-file'; title: string; accept: string; upload: string }
  | { kind: 'download'; url: string; name: string }
  | { kind: 'notify'; notice: ReminderNotice }

export type ServerMessage =
  | { t: 'result'; id: number; result: IpcResult<unknown> }
  | { t: 'event'; channel: string; payload: unknown }
  | { t: 'ask'; id: number; ask: PageAsk }
  /** The message could not be read; the connection stays open. */
  | { t: 'refused'; reason: string }
