import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createCard } from '@shared/domain/board'
import { emptyStore } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import type { ServerMessage } from '@shared/ipc/socket-protocol'
import { SOCKET_PATH } from '@shared/ipc/socket-protocol'
import { STORE_FILE_NAME } from '../store/board-store'
import { DataFolderLockedError, LOCK_FILE_NAME } from '../store/data-folder-lock'
import { useTempFolders } from '../test-support/temp-folder'
import type { BrowserEdition } from './server'
import { BRIDGE_FILE, startBrowserEdition } from './server'
import { MAX_UPLOAD_BYTES } from './transfers'

const tempFolder = useTempFolders()
const running: BrowserEdition[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((edition) => edition.stop()))
})

const APP_HTML = `<!doctype html><html><head><title>Foothold</title>
<script type="module" crossorigin src="./assets/app.js"></script></head><body></body></html>`

async function start(cards = 1): Promise<{ edition: BrowserEdition; dataFolder: string }> {
  const dataFolder = await tempFolder()
  const rendererRoot = await tempFolder()
  await mkdir(join(rendererRoot, 'assets'))
  await writeFile(join(rendererRoot, 'index.html'), APP_HTML)
  await writeFile(join(rendererRoot, 'assets', 'app.js'), 'console.log("app")')
  const data = {
    ...emptyStore('Europe/Berlin'),
    cards: Array.from({ length: cards }, (_, i) =>
      createCard(sampleDetails({ company: `Company ${i}` }), `card-${i}`, new Date('2026-11-16')),
    ),
  }
  await writeFile(join(dataFolder, STORE_FILE_NAME), JSON.stringify(data))
  // Before the sample interviews: no reminder falls due and writes the board meanwhile.
  const clock = { now: () => new Date('2026-11-17T10:00:00Z') }
  const edition = await startBrowserEdition({ dataFolder, rendererRoot, clock, diskCheckMs: 0 })
  running.push(edition)
  return { edition, dataFolder }
}

/** The cookie the page gets for the printed address. */
async function cookieOf(edition: BrowserEdition): Promise<string> {
  const response = await fetch(edition.url, { redirect: 'manual' })
  expect(response.status).toBe(303)
  return response.headers.get('set-cookie')!.split(';')[0]!
}

interface Tab {
  socket: WebSocket
  messages: ServerMessage[]
  send(message: unknown): void
  next(match: (message: ServerMessage) => boolean): Promise<ServerMessage>
  invoke(method: string, payload?: unknown): Promise<ServerMessage & { t: 'result' }>
}

let nextId = 0
async function openTab(edition: BrowserEdition, cookie?: string): Promise<Tab> {
  const socket = new WebSocket(`${edition.origin.replace('http', 'ws')}${SOCKET_PATH}`, {
    headers: { Origin: edition.origin, Cookie: cookie ?? (await cookieOf(edition)) },
  })
  const messages: ServerMessage[] = []
  const waiters: Array<{ match(m: ServerMessage): boolean; resolve(m: ServerMessage): void }> = []
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as ServerMessage
    const waiter = waiters.find((w) => w.match(message))
    if (!waiter) return void messages.push(message)
    waiters.splice(waiters.indexOf(waiter), 1)
    waiter.resolve(message)
  })
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  const next = (match: (message: ServerMessage) => boolean) =>
    new Promise<ServerMessage>((resolve) => {
      const seen = messages.find(match)
      if (seen) {
        messages.splice(messages.indexOf(seen), 1)
        resolve(seen)
      } else waiters.push({ match, resolve })
    })
  const send = (message: unknown) =>
    socket.send(typeof message === 'string' ? message : JSON.stringify(message))
  return {
    socket,
    messages,
    send,
    next,
    async invoke(method, payload) {
      const id = ++nextId
      send({ t: 'invoke', id, channel: `foothold:${method}`, payload })
      return (await next((m) => m.t === 'result' && m.id === id)) as ServerMessage & { t: 'result' }
    },
  }
}

describe('the browser edition server', () => {
  it('serves the app with the bridge running before its module, and the app’s policy', async () => {
    const { edition } = await start()
    const cookie = await cookieOf(edition)
    const response = await fetch(`${edition.origin}/`, { headers: { cookie } })
    const html = await response.text()
    expect(html.indexOf(BRIDGE_FILE)).toBeGreaterThan(0)
    expect(html.indexOf(BRIDGE_FILE)).toBeLessThan(html.indexOf('assets/app.js'))
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const file = await fetch(`${edition.origin}/assets/app.js`, { headers: { cookie } })
    expect(await file.text()).toBe('console.log("app")')
    const outside = await fetch(`${edition.origin}/..%2f..%2fpackage.json`, { headers: { cookie } })
    expect(outside.status).toBe(404)
    const post = await fetch(`${edition.origin}/`, {
      method: 'POST',
      headers: { cookie, origin: edition.origin },
    })
    expect(post.status).toBe(405)
  })

  it('answers the contract over the socket, validating every payload as main does', async () => {
    const { edition } = await start(2)
    const tab = await openTab(edition)
    const board = await tab.invoke('loadBoard')
    expect(board.result).toMatchObject({ ok: true, value: { host: { edition: 'browser' } } })
    const refused = await tab.invoke('moveCard', { id: 'card-0', to: 'nowhere', outcome: null })
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    const unknown = await tab.invoke('deleteEverything')
    expect(unknown.result).toMatchObject({ ok: false, error: { message: 'Unknown request' } })
  })

  it('refuses hostile messages one by one, keeps the connection, and leaves the board alone', async () => {
    const { edition, dataFolder } = await start(3)
    const tab = await openTab(edition)
    await edition.services.store.flush()
    const before = await readFile(join(dataFolder, STORE_FILE_NAME), 'utf8')
    const refusedCount = () => tab.messages.filter((m) => m.t === 'refused').length
    const hostile = [
      'not json',
      '',
      '[]',
      'null',
      '{"t":"invoke"}',
      '{"t":"invoke","id":-1,"channel":"foothold:loadBoard"}',
      '{"t":"invoke","id":1.5,"channel":"foothold:loadBoard"}',
      `{"t":"invoke","id":1,"channel":"${'x'.repeat(1000)}"}`,
      '{"t":"answer","id":99,"ok":true}',
      '{"t":"answer","id":1,"ok":false,"error":{"not":"text"}}',
      '{"t":"invoke","id":1,"channel":"foothold:loadBoard","extra":1}',
      '{"__proto__":{"polluted":true},"t":"invoke","id":1,"channel":"foothold:loadBoard"}',
    ]
    for (const text of hostile) tab.send(text)
    await expect.poll(refusedCount).toBe(hostile.length)
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const id = ++nextId
        // Any JSON at all: refused, or (if it happens to be an invoke) answered with a result.
        tab.send({ value, id })
        tab.send({ t: 'invoke', id, channel: 'foothold:deleteCard', payload: value })
        const answer = await tab.next((m) => m.t === 'result' && m.id === id)
        expect(answer).toMatchObject({ result: { ok: false } })
      }),
      { numRuns: 200 },
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((await tab.invoke('loadBoard')).result.ok).toBe(true)
    await edition.services.store.flush()
    expect(await readFile(join(dataFolder, STORE_FILE_NAME), 'utf8')).toBe(before)
  })

  it('closes a connection that sends binary frames', async () => {
    const { edition } = await start()
    const tab = await openTab(edition)
    const closed = new Promise<number>((resolve) => tab.socket.once('close', resolve))
    tab.socket.send(Buffer.from([1, 2, 3]))
    expect(await closed).toBe(1003)
  })

  it('asks the tab that made a request for the clipboard, and says when the browser refused', async () => {
    const { edition, dataFolder } = await start()
    const tab = await openTab(edition)
    const other = await openTab(edition)
    const copied = tab.invoke('copyDataFolderPath')
    const ask = await tab.next((m) => m.t === 'ask')
    expect(ask).toMatchObject({ ask: { kind: 'clipboard', text: dataFolder } })
    tab.send({ t: 'answer', id: (ask as { id: number }).id, ok: true })
    expect((await copied).result).toMatchObject({ ok: true, value: { folder: dataFolder } })
    expect(other.messages.filter((m) => m.t === 'ask')).toEqual([])

    const refused = tab.invoke('copyDataFolderPath')
    const second = (await tab.next((m) => m.t === 'ask')) as { id: number }
    tab.send({ t: 'answer', id: second.id, ok: false, error: 'Document is not focused.' })
    expect((await refused).result).toMatchObject({
      ok: false,
      error: {
        message: 'The browser did not let Foothold use the clipboard: Document is not focused.',
      },
    })
  })

  it('cannot show the data folder in a file manager, and says where it is instead', async () => {
    const { edition, dataFolder } = await start()
    const tab = await openTab(edition)
    expect((await tab.invoke('showDataFolder')).result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(`Your data is in ${dataFolder}`) },
    })
  })

  it('imports a board the person picked and uploaded, and refuses one too large', async () => {
    const { edition } = await start(1)
    const cookie = await cookieOf(edition)
    const tab = await openTab(edition, cookie)
    const picked = {
      ...emptyStore('Europe/Berlin'),
      cards: [createCard(sampleDetails({ company: 'Uploaded' }), 'up-1', new Date())],
    }
    const imported = tab.invoke('importBoard')
    const ask = (await tab.next((m) => m.t === 'ask')) as {
      id: number
      ask: { kind: string; upload: string; accept: string }
    }
    expect(ask.ask).toMatchObject({ kind: 'pick-file', accept: '.json' })
    const upload = (
      body: string | Uint8Array,
      name: string,
      headers: Record<string, string> = {},
    ) =>
      fetch(`${edition.origin}${ask.ask.upload}`, {
        method: 'POST',
        body,
        headers: { cookie, origin: edition.origin, 'x-file-name': name, ...headers },
      })
    // Without the page's origin, or the cookie, the upload is refused.
    expect(
      (await fetch(`${edition.origin}${ask.ask.upload}`, { method: 'POST', body: 'x' })).status,
    ).toBe(403)
    expect((await upload(JSON.stringify(picked), 'laptop board.json')).status).toBe(204)
    expect((await upload('again', 'other.json')).status).toBe(404)
    tab.send({ t: 'answer', id: ask.id, ok: true, value: { name: 'laptop board.json' } })
    expect((await imported).result).toMatchObject({ ok: true, value: { cards: 1 } })
    expect(edition.services.store.data.cards.map((c) => c.company)).toEqual(['Uploaded'])

    const again = tab.invoke('importBoard')
    const second = (await tab.next((m) => m.t === 'ask')) as { ask: { upload: string } }
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1)
    const response = await fetch(`${edition.origin}${second.ask.upload}`, {
      method: 'POST',
      body: big,
      headers: { cookie, origin: edition.origin, 'x-file-name': 'huge.json' },
    })
    expect(response.status).toBe(413)
    expect(await response.text()).toMatch(/huge\.json is larger than 50 MB/)
    tab.send({ t: 'answer', id: (second as unknown as { id: number }).id, ok: true, value: null })
    expect((await again).result).toEqual({ ok: true, value: null })
  })

  it('hands an export to the browser as a download, once', async () => {
    const { edition } = await start(2)
    const cookie = await cookieOf(edition)
    const tab = await openTab(edition, cookie)
    const exported = tab.invoke('exportBoard')
    const ask = (await tab.next((m) => m.t === 'ask')) as {
      id: number
      ask: { kind: string; url: string; name: string }
    }
    expect(ask.ask).toMatchObject({ kind: 'download', name: expect.stringMatching(/\.json$/) })
    const file = await fetch(`${edition.origin}${ask.ask.url}`, { headers: { cookie } })
    expect(file.headers.get('content-disposition')).toContain('attachment')
    expect((JSON.parse(await file.text()) as { cards: unknown[] }).cards).toHaveLength(2)
    expect((await fetch(`${edition.origin}${ask.ask.url}`, { headers: { cookie } })).status).toBe(
      404,
    )
    tab.send({ t: 'answer', id: ask.id, ok: true })
    expect((await exported).result).toMatchObject({
      ok: true,
      value: { file: expect.stringMatching(/^your browser’s downloads \(foothold-export-/) },
    })
  })

  it('tells the other tabs when one changes the board, not the one that did', async () => {
    const { edition } = await start(1)
    const tab = await openTab(edition)
    const other = await openTab(edition)
    const deleted = await tab.invoke('deleteCard', { id: 'card-0' })
    expect(deleted.result.ok).toBe(true)
    await other.next((m) => m.t === 'event' && m.channel === 'foothold-event:boardChangedElsewhere')
    await tab.invoke('loadBoard')
    expect(
      tab.messages.some((m) => m.t === 'event' && m.channel.endsWith('boardChangedElsewhere')),
    ).toBe(false)
  })

  it('holds the data folder until it stops, then saves and gives it back', async () => {
    const { edition, dataFolder } = await start(1)
    await expect(
      startBrowserEdition({ dataFolder, rendererRoot: await tempFolder() }),
    ).rejects.toBeInstanceOf(DataFolderLockedError)
    const tab = await openTab(edition)
    await tab.invoke('deleteCard', { id: 'card-0' })
    const closed = new Promise<number>((resolve) => tab.socket.once('close', resolve))
    await edition.stop()
    expect(await closed).toBe(1001)
    const stored = JSON.parse(await readFile(join(dataFolder, STORE_FILE_NAME), 'utf8'))
    expect(stored.cards).toEqual([])
    await expect(readFile(join(dataFolder, LOCK_FILE_NAME))).rejects.toThrow()
  })

  it('says plainly when the port asked for is taken', async () => {
    const { edition } = await start()
    const port = Number(new URL(edition.origin).port)
    await expect(
      startBrowserEdition({
        dataFolder: await tempFolder(),
        rendererRoot: await tempFolder(),
        port,
      }),
    ).rejects.toThrow(`Port ${port} is already in use`)
  })
})
