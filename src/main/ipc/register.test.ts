import { describe, expect, it, vi } from 'vitest'
import { METHODS, channelOf } from '@shared/ipc/methods'
import { registerIpc } from './register'

type Handler = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  payload: unknown,
) => unknown

describe('registerIpc', () => {
  function setup() {
    const handlers = new Map<string, Handler>()
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'done' }))
    registerIpc(
      { handle: ((channel: string, fn: Handler) => handlers.set(channel, fn)) as never },
      dispatch,
      (frame) => frame?.url === 'app://foothold/index.html',
    )
    return { handlers, dispatch }
  }

  it('handles every contract method on its own channel', () => {
    expect([...setup().handlers.keys()].sort()).toEqual(METHODS.map(channelOf).sort())
  })

  it('passes the app page’s requests on, with the method and payload', async () => {
    const { handlers, dispatch } = setup()
    const frame = { url: 'app://foothold/index.html', parent: null }
    expect(await handlers.get('foothold:deleteCard')!({ senderFrame: frame }, { id: 'x' })).toEqual(
      { ok: true, value: 'done' },
    )
    expect(dispatch).toHaveBeenCalledWith('deleteCard', { id: 'x' })
  })

  it('refuses any other sender without running the handler', async () => {
    const { handlers, dispatch } = setup()
    for (const senderFrame of [{ url: 'https://evil.example/', parent: null }, null]) {
      expect(
        await handlers.get('foothold:deleteCard')!({ senderFrame }, { id: 'x' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })
})
