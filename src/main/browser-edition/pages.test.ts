import { describe, expect, it } from 'vitest'
import type { ServerMessage } from '@shared/ipc/socket-protocol'
import { ok } from '@shared/ipc/result'
import { createBrowserParts } from './browser-parts'
import { Pages } from './pages'
import type { Transfers } from './transfers'

const notice = {
  title: 'Thank Priya for the interview',
  body: 'Northwind',
  cardId: 'c1',
  key: 'k1',
}

/** Tabs with sockets the test reads; each can be made ready (its board loaded) or closed. */
function setUp() {
  const pages = new Pages({ dispatch: async () => ok(null) })
  const parts = createBrowserParts(pages, {} as Transfers)
  const open = () => {
    const sent: ServerMessage[] = []
    const tab = pages.connect({ send: (text) => void sent.push(JSON.parse(text) as ServerMessage) })
    const asks = () => sent.filter((m): m is Extract<ServerMessage, { t: 'ask' }> => m.t === 'ask')
    return {
      ...tab,
      asks,
      async ready() {
        tab.receive(JSON.stringify({ t: 'invoke', id: 1, channel: 'foothold:loadBoard' }))
        await expect.poll(() => sent.some((m) => m.t === 'result')).toBe(true)
      },
      answer(id: number) {
        tab.receive(JSON.stringify({ t: 'answer', id, ok: true, value: 'system' }))
      },
    }
  }
  return { pages, parts, open }
}

describe('reminders in the browser edition', () => {
  it('go only to tabs whose board is on screen', async () => {
    const { pages, parts, open } = setUp()
    const loading = open()
    const shown = open()
    await shown.ready()
    expect(pages.readyCount).toBe(1)
    parts.notify(notice)
    expect(loading.asks()).toEqual([])
    expect(shown.asks()).toEqual([{ t: 'ask', id: 1, ask: { kind: 'notify', notice } }])
  })

  it('are kept for the next tab when every tab closed before showing them', async () => {
    const { pages, parts, open } = setUp()
    const first = open()
    await first.ready()
    parts.notify(notice)
    first.closed()
    await parts.settled()
    const next = open()
    await next.ready()
    parts.deliverPending(pages.ready[0]!)
    expect(next.asks().map((a) => a.ask)).toEqual([{ kind: 'notify', notice }])
  })

  it('are shown once when one tab answers, even if another closes', async () => {
    const { pages, parts, open } = setUp()
    const a = open()
    const b = open()
    await a.ready()
    await b.ready()
    parts.notify(notice)
    a.answer(a.asks()[0]!.id)
    b.closed()
    await parts.settled()
    const c = open()
    await c.ready()
    parts.deliverPending(pages.ready[0]!)
    expect(c.asks()).toEqual([])
  })
})
