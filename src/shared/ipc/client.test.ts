import { describe, expect, it } from 'vitest'
import { createFootholdApi } from './client'
import { METHODS, channelOf, methodOfChannel } from './methods'
import { contract } from './contract'

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
