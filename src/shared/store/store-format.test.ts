import { describe, expect, it } from 'vitest'
import { STORE_SCHEMA_VERSION, emptyStore, parseStoreText } from './store-format'

describe('parseStoreText', () => {
  it('round-trips an empty store', () => {
    const store = emptyStore('Europe/Paris')
    expect(parseStoreText(JSON.stringify(store))).toEqual({ ok: true, data: store })
  })
  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['{"schemaVersion": 1,', 'not-json'],
    ['\u0000\u0000', 'not-json'],
    ['[]', 'invalid'],
    ['null', 'invalid'],
    [JSON.stringify({ schemaVersion: STORE_SCHEMA_VERSION + 4 }), 'newer-version'],
    [JSON.stringify({ ...emptyStore('UTC'), cards: [{ id: 'x' }] }), 'invalid'],
  ])('%j is %s', (text, kind) => {
    const result = parseStoreText(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem.kind).toBe(kind)
  })
  it('names the field that is wrong', () => {
    const result = parseStoreText(
      JSON.stringify({
        ...emptyStore('UTC'),
        settings: { yourName: 1, signature: '', timeZone: 'UTC' },
      }),
    )
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', detail: expect.stringContaining('settings.yourName') },
    })
  })
})
