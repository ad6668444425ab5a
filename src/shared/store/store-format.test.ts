import { describe, expect, it } from 'vitest'
import { defaultCadence } from '../cadence/cadence-settings'
import { emptyFollowUps } from '../cadence/follow-up-state'
import { STORE_SCHEMA_VERSION, emptyStore, parseStoreText } from './store-format'
import V1_FIXTURE from './fixtures/store-v1.json'
import V2_FIXTURE from './fixtures/store-v2.json'

describe('parseStoreText', () => {
  it('round-trips an empty store', () => {
    const store = emptyStore('Europe/Paris')
    expect(parseStoreText(JSON.stringify(store))).toEqual({
      ok: true,
      data: store,
      migratedFrom: null,
    })
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
  it('upgrades a format 1 file, keeping everything the person entered', () => {
    const v1 = JSON.parse(JSON.stringify(V1_FIXTURE)) as typeof V1_FIXTURE
    const result = parseStoreText(JSON.stringify(v1))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.migratedFrom).toBe(1)
    expect(result.data.schemaVersion).toBe(STORE_SCHEMA_VERSION)
    expect(result.data.settings).toEqual({
      ...v1.settings,
      cadence: defaultCadence(),
      startAtLogin: false,
      templates: {},
    })
    const [card] = result.data.cards
    const { followUps, drafts, ...rest } = card!
    expect(rest).toEqual(v1.cards[0])
    expect(followUps).toEqual(emptyFollowUps())
    expect(drafts).toEqual([])
  })

  it('upgrades a format 2 file, keeping its cadence and follow-up progress', () => {
    const result = parseStoreText(JSON.stringify(V2_FIXTURE))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.migratedFrom).toBe(2)
    expect(result.data.settings).toEqual({ ...V2_FIXTURE.settings, templates: {} })
    expect(result.data.cards.map(({ drafts, ...card }) => ({ card, drafts }))).toEqual(
      V2_FIXTURE.cards.map((card) => ({ card, drafts: [] })),
    )
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
