import { describe, expect, it } from 'vitest'
import { createFootholdApi } from './client'
import { METHODS, channelOf, eventChannelOf, methodOfChannel } from './methods'
import type { EventName, Method } from './methods'
import { contract } from './contract'

/** An API asking `early` at once over a transport whose events the test can push. */
function withEvents(early: Method[]) {
  let answers = 0
  const listeners = new Map<string, Array<(payload: unknown) => void>>()
  const api = createFootholdApi(
    {
      invoke: async () => ({ ok: true, value: ++answers }),
      on: (channel, listener) => {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
        return () => listeners.set(channel, [])
      },
    },
    { askEarly: early },
  )
  const push = (name: EventName) =>
    listeners.get(eventChannelOf(name))?.forEach((listener) => listener({}))
  return { api, listeners, push }
}

describe('createFootholdApi', () => {
  it('exposes exactly one function per contract method, plus `on`, and nothing else', () => {
    const api = createFootholdApi({ invoke: async () => null, on: () => () => undefined })
    expect(Object.keys(api).sort()).toEqual([...METHODS, 'on'].sort())
    expect(Object.keys(contract).sort()).toEqual([...METHODS].sort())
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('sends each call on its own channel with the payload untouched', async () => {
    const calls: unknown[] = []
    const api = createFootholdApi({
      invoke: async (channel, payload) => (calls.push([channel, payload]), { ok: true, value: 1 }),
      on: () => () => undefined,
    })
    await api.moveCard({ id: 'a', to: 'final', outcome: null })
    await api.loadBoard()
    expect(calls).toEqual([
      ['foothold:moveCard', { id: 'a', to: 'final', outcome: null }],
      ['foothold:loadBoard', undefined],
    ])
  })

  it('can ask before anyone calls, in order, and hands each answer to its first call only', async () => {
    const calls: string[] = []
    const api = createFootholdApi(
      {
        invoke: async (channel) => (calls.push(channel), { ok: true, value: calls.length }),
        on: () => () => undefined,
      },
      { askEarly: ['loadFirstScreen', 'loadBoard'] },
    )
    expect(calls).toEqual(['foothold:loadFirstScreen', 'foothold:loadBoard'])
    expect(await api.loadBoard()).toEqual({ ok: true, value: 2 })
    expect(await api.loadFirstScreen()).toEqual({ ok: true, value: 1 })
    expect(await api.loadBoard()).toEqual({ ok: true, value: 3 })
    expect(calls).toEqual(['foothold:loadFirstScreen', 'foothold:loadBoard', 'foothold:loadBoard'])
  })

  it('asks afresh when an event came before anyone listened, as its news would be lost', async () => {
    const { api, listeners, push } = withEvents(['loadBoard'])
    // Saving failed in main before the page subscribed: the early answer still says "saving".
    push('storeStatus')
    expect(await api.loadBoard()).toEqual({ ok: true, value: 2 })
    // Once the page has asked, the early watch is over: later events are the page's own to hear.
    expect([...listeners.values()].every((list) => list.length === 0)).toBe(true)
  })

  it('keeps watching for events until every early answer has been claimed', async () => {
    const { api, push } = withEvents(['loadFirstScreen', 'loadBoard'])
    expect(await api.loadFirstScreen()).toEqual({ ok: true, value: 1 })
    push('boardChangedOnDisk')
    expect(await api.loadBoard()).toEqual({ ok: true, value: 3 })
  })

  it('an early board request that fails reaches the first caller, not an unhandled rejection', async () => {
    let fail = true
    const api = createFootholdApi(
      {
        invoke: async () => {
          if (fail) throw new Error('main is not ready')
          return { ok: true, value: 'board' }
        },
        on: () => () => undefined,
      },
      { askEarly: ['loadBoard'] },
    )
    await new Promise((resolve) => setTimeout(resolve, 0))
    await expect(api.loadBoard()).rejects.toThrow('main is not ready')
    fail = false
    await expect(api.loadBoard()).resolves.toEqual({ ok: true, value: 'board' })
  })

  it('refuses to subscribe to events that are not declared', () => {
    const api = createFootholdApi({ invoke: async () => null, on: () => () => undefined })
    expect(() => api.on('anything' as never, () => undefined)).toThrow()
  })

  it('maps channels back to methods and nothing else', () => {
    expect(methodOfChannel(channelOf('deleteCard'))).toBe('deleteCard')
    expect(methodOfChannel('foothold:constructor')).toBeNull()
    expect(methodOfChannel('deleteCard')).toBeNull()
  })
})
