import { boardSnapshot, firstScreenOfSnapshot } from '../../../shared/test-support/board-snapshot'
import { describe, expect, it, vi } from 'vitest'
import { createCard } from '../../../shared/domain/board'
import type { Card } from '../../../shared/domain/interview'
import { defaultSettings } from '../../../shared/domain/settings'
import type { BackupSummary, BoardSnapshot, FootholdApi } from '../../../shared/ipc/contract'
import { fail, ok, type IpcResult } from '../../../shared/ipc/result'
import { sampleDetails } from '../../../shared/test-support/sample-details'
import { createBoardStore } from '../state/board-store'

const NOW = new Date('2026-11-23T15:00:00Z')
const card = (id: string, company: string): Card =>
  createCard(sampleDetails({ company }), id, new Date('2026-11-17T16:00:00Z'))

const backup: BackupSummary = {
  name: 'foothold-20261120T090000Z.json',
  takenAt: '2026-11-20T09:00:00.000Z',
  cards: 2,
  problem: null,
}
const replaced = { cards: 2, previousKeptAs: '/data/backups/foothold-20261123T150000Z.json' }

/** Main with one board before and another after a restore or an import. */
function setUp() {
  let board = [card('c1', 'Contoso')]
  const whole = () => boardSnapshot(board, { settings: defaultSettings('UTC') })
  const snapshot = (): IpcResult<BoardSnapshot> => ok(whole())
  const replace = () => {
    board = [card('r1', 'Restored Ltd'), card('r2', 'Fabrikam')]
    return ok(replaced)
  }
  const api = {
    loadFirstScreen: async () => ok(firstScreenOfSnapshot(whole(), NOW)),
    loadBoard: vi.fn(async () => snapshot()),
    listBackups: vi.fn(async () => ok({ folder: '/data/backups', backups: [backup] })),
    restoreBackup: vi.fn(async () => replace()),
    importBoard: vi.fn(async (): Promise<IpcResult<typeof replaced | null>> => replace()),
    exportBoard: vi.fn(async (): Promise<IpcResult<{ file: string } | null>> =>
      ok({ file: '/home/alex/board.json' }),
    ),
    on: () => () => undefined,
  }
  const store = createBoardStore(api as unknown as FootholdApi, {
    now: () => NOW,
    localTimeZone: 'UTC',
  })
  return { api, store, actions: store.getState().actions }
}

async function ready() {
  const setup = setUp()
  await setup.actions.reload()
  setup.actions.navigate({ kind: 'settings' })
  return setup
}

const companies = (store: ReturnType<typeof setUp>['store']) =>
  Object.values(store.getState().cards).map((c) => c.company)

describe('the board’s data', () => {
  it('knows where the data file is', async () => {
    const { store } = await ready()
    expect(store.getState().dataFile).toBe('/data/foothold.json')
  })

  it('shows a restored board at once, and says what happened instead of “changed on disk”', async () => {
    const { store, actions, api } = await ready()
    const result = await actions.restoreBackup(backup)
    expect(result.ok).toBe(true)
    expect(api.restoreBackup).toHaveBeenCalledWith({ name: backup.name })
    expect(companies(store)).toEqual(['Restored Ltd', 'Fabrikam'])
    expect(store.getState().view).toBe('settings')
    expect(store.getState().toast?.message).toMatch(
      /^Restored the backup from Fri,? (20 Nov|Nov 20), 09:00( AM)? \(2 interviews\)\. Your previous board was kept as a backup\.$/,
    )
  })

  it('shows an imported board, and does nothing when the picker was cancelled', async () => {
    const { store, actions, api } = await ready()
    api.importBoard.mockResolvedValueOnce(ok(null))
    expect(await actions.importBoard()).toEqual(ok(null))
    expect(companies(store)).toEqual(['Contoso'])
    expect(store.getState().toast).toBeNull()

    await actions.importBoard()
    expect(companies(store)).toEqual(['Restored Ltd', 'Fabrikam'])
    expect(store.getState().toast?.message).toBe(
      'Imported a board with 2 interviews. Your previous board was kept as a backup.',
    )
  })

  it('leaves the board and the toasts alone when main refuses a file', async () => {
    const { store, actions, api } = await ready()
    const refusal = fail('invalid-request', 'bad.json cannot be used. Nothing was changed.')
    api.importBoard.mockResolvedValueOnce(refusal)
    expect(await actions.importBoard()).toEqual(refusal)
    expect(companies(store)).toEqual(['Contoso'])
    expect(store.getState().toast).toBeNull()
    expect(api.loadBoard).toHaveBeenCalledTimes(1)
  })

  it('names the file an export went to', async () => {
    const { store, actions } = await ready()
    await actions.exportBoard()
    expect(store.getState().toast?.message).toBe('Board exported to /home/alex/board.json')
  })

  it('still says so when the file changes on disk by itself', async () => {
    const { store, actions } = await ready()
    await actions.refresh(null)
    expect(store.getState().toast?.message).toMatch(/changed on disk outside Foothold/)
  })
})
