import { boardSnapshot, firstScreenOfSnapshot } from '@shared/test-support/board-snapshot'
import { describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '@shared/domain/settings'
import { defaultCadence } from '@shared/domain/cadence-settings'
import { createCard, moveCard } from '@shared/domain/board'
import type { Settings } from '@shared/domain/settings'
import type { BoardSnapshot, FootholdApi } from '@shared/ipc/contract'
import { fail, ok, type IpcResult } from '@shared/ipc/result'
import { sampleDetails } from '@shared/test-support/sample-details'
import { createBoardStore } from './board-store'
import { planOf } from './plans'
import { loadedStore } from './test-support/fake-main'

const NOW = new Date('2026-11-18T09:00:00Z')
const card = moveCard(
  createCard(sampleDetails({ company: 'Contoso' }), 'c1', new Date('2026-11-17T16:00:00Z')),
  'check-in',
  null,
  new Date('2026-11-17T16:00:00Z'),
)

/** The few methods these tests reach; main's answer to updateSettings can be set per test. */
function setUp(answer: (settings: Settings) => IpcResult<Settings> = ok) {
  const api = {
    loadFirstScreen: async () => ok(firstScreenOfSnapshot(boardSnapshot([card]), NOW)),
    loadBoard: async (): Promise<IpcResult<BoardSnapshot>> => ok(boardSnapshot([card])),
    updateSettings: vi.fn(async ({ settings }: { settings: Settings }) => answer(settings)),
    on: () => () => undefined,
  } as unknown as FootholdApi
  const store = createBoardStore(api, { now: () => NOW, localTimeZone: 'Europe/Berlin' })
  return { api, store, actions: store.getState().actions }
}

async function ready() {
  const setup = setUp()
  await setup.actions.reload()
  return setup
}

describe('saveSettings', () => {
  it('keeps what main saved, says so, and the board plans with the new cadence', async () => {
    const { store, actions, api } = await ready()
    const checkInDue = () => planOf(card, store.getState().settings)[0]!.dueAt
    // Thank-you due 18 Nov, check-in a week later: Wednesday 25 Nov, 09:00 in Berlin.
    expect(checkInDue()).toBe('2026-11-25T08:00:00.000Z')

    const next = { ...store.getState().settings, cadence: { ...defaultCadence(), checkInDays: 3 } }
    const result = await actions.saveSettings(next)
    expect(result.ok).toBe(true)
    expect(api.updateSettings).toHaveBeenCalledWith({ settings: next })
    expect(store.getState().settings).toEqual(next)
    expect(store.getState().toast).toMatchObject({
      note: { about: 'settings', kind: 'saved' },
      tone: 'info',
    })
    // Three days after 18 Nov is a Saturday: the next workday, Monday 23 Nov.
    expect(checkInDue()).toBe('2026-11-23T08:00:00.000Z')
  })

  it('shows main’s reason and keeps the settings it had', async () => {
    const { store, actions } = setUp(() => fail('read-only', 'The data file is read-only'))
    await actions.reload()
    const before = store.getState().settings
    const result = await actions.saveSettings({ ...before, yourName: 'Alex' })
    expect(result.ok).toBe(false)
    expect(store.getState().settings).toBe(before)
    expect(store.getState().toast).toMatchObject({
      note: { about: 'settings', kind: 'save-refused', reason: 'The data file is read-only' },
      tone: 'error',
    })
  })
})

describe('the first-run welcome', () => {
  it('finishing the welcome takes main’s settings and ends the first run', async () => {
    const { store, actions } = await loadedStore([])
    store.setState({ onboarded: false })
    const settings = { ...defaultSettings('Asia/Tokyo'), yourName: 'Robin' }
    const result = await actions.finishOnboarding({ settings, sampleBoard: false })
    expect(result.ok).toBe(true)
    expect(store.getState()).toMatchObject({ onboarded: true, settings: { yourName: 'Robin' } })
  })
})
