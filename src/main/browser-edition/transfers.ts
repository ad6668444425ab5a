import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { DOWNLOAD_PATH, UPLOAD_PATH } from '@shared/ipc/socket-protocol'

/** The largest file the person can hand over: the board import's own limit. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

/** A file name safe to use as the last part of a path: no folders, no control characters. */
export function safeFileName(name: string): string {
  // Control characters, path separators and the characters Windows refuses in names.
  // eslint-disable-next-line no-control-regex
  const cleaned = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
  const trimmed = cleaned.trim().slice(0, 200)
  return trimmed === '' || trimmed === '.' || trimmed === '..' ? 'file' : trimmed
}

interface Upload {
  folder: string
  path: string | null
}

/**
 * Files crossing between the person's browser and the server, in a private temporary folder that
 * is removed at stop: uploads of files picked for import, and exports waiting to be downloaded.
 * Every address carries a random token made for that one transfer.
 */
export class Transfers {
  private readonly uploads = new Map<string, Upload>()
  private readonly downloads = new Map<string, { path: string; name: string }>()

  private constructor(readonly folder: string) {}

  static async create(): Promise<Transfers> {
    return new Transfers(await mkdtemp(join(tmpdir(), 'foothold-browser-')))
  }

  private async newFolder(): Promise<{ token: string; folder: string }> {
    const token = randomBytes(18).toString('base64url')
    const folder = join(this.folder, token)
    await mkdir(folder, { mode: 0o700 })
    return { token, folder }
  }

  /** A place for the page to send one file; `received` gives its path once it has arrived. */
  async expectUpload(): Promise<{ url: string; received(name: string): string | null }> {
    const { token, folder } = await this.newFolder()
    this.uploads.set(token, { folder, path: null })
    return {
      url: `${UPLOAD_PATH}${token}`,
      received: (name) => {
        const upload = this.uploads.get(token)
        this.uploads.delete(token)
        return upload?.path && basename(upload.path) === safeFileName(name) ? upload.path : null
      },
    }
  }

  /** Where an export is written before the browser downloads it. */
  async exportPath(suggestedName: string): Promise<string> {
    return join((await this.newFolder()).folder, safeFileName(suggestedName))
  }

  /** Offers a written file for download, once; returns its address. */
  offerDownload(path: string): string {
    const token = randomBytes(18).toString('base64url')
    this.downloads.set(token, { path, name: basename(path) })
    return `${DOWNLOAD_PATH}${token}`
  }

  /** Answers an upload or download request that passed the access checks; false if not ours. */
  async handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> {
    if (path.startsWith(UPLOAD_PATH) && request.method === 'POST') {
      await this.receive(path.slice(UPLOAD_PATH.length), request, response)
      return true
    }
    if (path.startsWith(DOWNLOAD_PATH) && request.method === 'GET') {
      await this.serve(path.slice(DOWNLOAD_PATH.length), response)
      return true
    }
    return false
  }

  private async receive(token: string, request: IncomingMessage, response: ServerResponse) {
    const upload = this.uploads.get(token)
    const name = safeFileName(decodeHeader(request.headers['x-file-name']))
    if (!upload || upload.path) return end(response, 404, 'No file is expected here')
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > MAX_UPLOAD_BYTES) return end(response, 413, tooLarge(name))
    const path = join(upload.folder, name)
    const file = createWriteStream(path, { mode: 0o600 })
    let received = 0
    let refused = false
    request.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > MAX_UPLOAD_BYTES && !refused) {
        refused = true
        request.unpipe(file)
        file.destroy()
        end(response, 413, tooLarge(name))
        request.resume()
      }
    })
    request.pipe(file)
    await new Promise<void>((resolve) => {
      file.on('close', resolve)
      file.on('error', () => resolve())
    })
    if (refused) {
      await rm(path, { force: true })
      return
    }
    upload.path = path
    end(response, 204, '')
  }

  private async serve(token: string, response: ServerResponse) {
    const download = this.downloads.get(token)
    this.downloads.delete(token)
    if (!download) return end(response, 404, 'This download has already been taken')
    const size = (await stat(download.path)).size
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': size,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(download.name)}`,
      'cache-control': 'no-store',
    })
    await new Promise<void>((resolve) => {
      createReadStream(download.path)
        .on('end', () => resolve())
        .on('error', () => resolve())
        .pipe(response)
    })
    await rm(download.path, { force: true })
  }

  async dispose(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true })
  }
}

function tooLarge(name: string): string {
  return `${name} is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, too large to import.`
}

function decodeHeader(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function end(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) return
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
  response.end(text)
}
