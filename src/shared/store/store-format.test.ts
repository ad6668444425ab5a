import { describe, expect, it } from 'vitest'
import { defaultCadence } from '../domain/cadence-settings'
import { emptyFollowUps } from '../domain/follow-up-state'
import { STORE_SCHEMA_VERSION, emptyStore, parseStoreText } from './store-format'
import V1_FIXTURE from './fixtures/store-v1.json'
import V2_FIXTURE from './fixtures/store-v2.json'
import V3_FIXTURE from './fixtures/store-v3.json'

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
    expect(result.data.onboarded).toBe(true)
    expect(result.data.settings).toEqual({
      ...v1.settings,
      cadence: defaultCadence(),
      startAtLogin: false,
      spellcheck: false,
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
    expect(result.data.settings).toEqual({
      ...V2_FIXTURE.settings,
      // Quiet hours are new and off; the morning wait after a late interview is new and on.
      cadence: {
        ...V2_FIXTURE.settings.cadence,
        quietHours: null,
        freshReminderWaitsForMorning: true,
      },
      spellcheck: false,
      templates: {},
    })
    expect(result.data.cards.map(({ drafts, ...card }) => ({ card, drafts }))).toEqual(
      V2_FIXTURE.cards.map((card) => ({ card, drafts: [] })),
    )
  })

  it('upgrades a format 3 file as past its first run, changing nothing else', () => {
    const result = parseStoreText(JSON.stringify(V3_FIXTURE))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.migratedFrom).toBe(3)
    const { schemaVersion, onboarded, ...rest } = result.data
    expect(schemaVersion).toBe(4)
    expect(onboarded).toBe(true)
    const { schemaVersion: _v3, settings, ...before } = V3_FIXTURE
    // Quiet hours are new and off; the morning wait after a late interview is new and on.
    const cadence = { ...settings.cadence, quietHours: null, freshReminderWaitsForMorning: true }
    expect(rest).toEqual({ ...before, settings: { ...settings, cadence, spellcheck: false } })
    expect(result.data.cards.some((card) => 'sample' in card)).toBe(false)
  })

  it('reads a format 4 file saved before the morning wait existed with it on, losing nothing', () => {
    const saved = {
      ...emptyStore('Europe/Berlin'),
      settings: {
        ...emptyStore('Europe/Berlin').settings,
        cadence: {
          ...defaultCadence(),
          checkInDays: 5,
          quietHours: { from: '21:00', until: '08:00' },
        },
      },
    }
    const { freshReminderWaitsForMorning: _new, ...older } = saved.settings.cadence
    const text = JSON.stringify({ ...saved, settings: { ...saved.settings, cadence: older } })
    const result = parseStoreText(text)
    expect(result).toEqual({ ok: true, data: saved, migratedFrom: null })
    expect(result.ok && result.data.settings.cadence.freshReminderWaitsForMorning).toBe(true)
  })

  it('reads a format 4 file from before the spelling setting as spelling off, losing nothing', () => {
    const board = emptyStore('UTC')
    const { spellcheck: _new, ...older } = board.settings
    const file = { ...board, settings: { ...older, yourName: 'Sam' } }
    const result = parseStoreText(JSON.stringify(file))
    expect(result).toMatchObject({ ok: true, migratedFrom: null })
    if (!result.ok) return
    expect(result.data.settings).toEqual({ ...board.settings, yourName: 'Sam', spellcheck: false })
    expect(emptyStore('UTC').settings.spellcheck).toBe(false)
  })

  it('a brand-new board is the only one not onboarded yet', () => {
    expect(emptyStore('UTC').onboarded).toBe(true)
    expect(emptyStore('UTC', false).onboarded).toBe(false)
  })

  it('refuses a sample mark other than true', () => {
    const card = parseStoreText(JSON.stringify(V3_FIXTURE))
    if (!card.ok) throw new Error('fixture')
    const marked = { ...card.data, cards: [{ ...card.data.cards[0], sample: false }] }
    expect(parseStoreText(JSON.stringify(marked))).toMatchObject({ ok: false })
    const sample = { ...card.data, cards: [{ ...card.data.cards[0], sample: true }] }
    expect(parseStoreText(JSON.stringify(sample))).toMatchObject({ ok: true })
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
