import { boardSnapshot, firstScreenOfSnapshot } from '@shared/test-support/board-snapshot'
import { describe, expect, it, vi } from 'vitest'
import { createCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { defaultSettings } from '@shared/domain/settings'
import type { BackupSummary, BoardSnapshot, CardsImported, FootholdApi } from '@shared/ipc/contract'
import { fail, ok, type IpcResult } from '@shared/ipc/result'
import { sampleDetails } from '@shared/test-support/sample-details'
import { createBoardStore } from './board-store'
import { card as boardCard, loadedStore } from './test-support/fake-main'

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
    // Named as the list showed it: in the zone of the board before, at the time it was shown.
    expect(store.getState().toast?.note).toEqual({
      about: 'data',
      kind: 'backup-restored',
      takenAt: backup.takenAt,
      timeZone: 'UTC',
      at: NOW.getTime(),
      cards: 2,
    })
  })

  it('shows an imported board, and does nothing when the picker was cancelled', async () => {
    const { store, actions, api } = await ready()
    api.importBoard.mockResolvedValueOnce(ok(null))
    expect(await actions.importBoard()).toEqual(ok(null))
    expect(companies(store)).toEqual(['Contoso'])
    expect(store.getState().toast).toBeNull()

    await actions.importBoard()
    expect(companies(store)).toEqual(['Restored Ltd', 'Fabrikam'])
    expect(store.getState().toast?.note).toEqual({
      about: 'data',
      kind: 'board-imported',
      cards: 2,
    })
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
    expect(store.getState().toast?.note).toEqual({
      about: 'data',
      kind: 'board-exported',
      file: '/home/alex/board.json',
    })
  })

  it('still says so when the file changes on disk by itself', async () => {
    const { store, actions } = await ready()
    await actions.refresh(null)
    expect(store.getState().toast?.note).toEqual({ about: 'data', kind: 'changed-on-disk' })
  })
})

const interview = (company: string) => ({
  details: sampleDetails({ company }),
  stage: 'thank-you' as const,
  outcome: null,
})

/** Main with one card, answering an import with two new ones. */
function setUpImport() {
  const added = [card('n1', 'Contoso'), card('n2', 'Fabrikam')]
  const api = {
    loadFirstScreen: async () =>
      ok(
        firstScreenOfSnapshot(
          boardSnapshot([card('c1', 'Already here')], { settings: defaultSettings('UTC') }),
        ),
      ),
    loadBoard: vi.fn(async () =>
      ok(boardSnapshot([card('c1', 'Already here')], { settings: defaultSettings('UTC') })),
    ),
    importCards: vi.fn(async (): Promise<IpcResult<CardsImported>> =>
      ok({ cards: added, previousKeptAs: '/b.json' }),
    ),
    undoImport: vi.fn(async (): Promise<IpcResult<{ removed: number }>> => ok({ removed: 2 })),
    on: () => () => undefined,
  }
  const store = createBoardStore(api as unknown as FootholdApi, { localTimeZone: 'UTC' })
  return { api, store, actions: store.getState().actions }
}

describe('importing from a spreadsheet', () => {
  it('puts the added cards on the board and says how many, with an Undo that removes them', async () => {
    const { api, store, actions } = setUpImport()
    await actions.reload()
    await actions.importCards([interview('Contoso'), interview('Fabrikam')])
    expect(api.importCards).toHaveBeenCalledWith({
      interviews: [interview('Contoso'), interview('Fabrikam')],
    })
    expect(companies(store)).toEqual(['Already here', 'Contoso', 'Fabrikam'])
    expect(store.getState().toast).toMatchObject({
      note: { about: 'import', kind: 'imported', count: 2 },
      undo: { kind: 'import', cardIds: ['n1', 'n2'] },
    })
    await actions.undo()
    expect(api.undoImport).toHaveBeenCalledOnce()
    expect(companies(store)).toEqual(['Already here'])
    expect(store.getState().toast?.note).toEqual({ about: 'import', kind: 'undone', removed: 2 })
  })

  it('leaves the board alone when main refuses the import or its undo', async () => {
    const { api, store, actions } = setUpImport()
    await actions.reload()
    api.importCards.mockResolvedValueOnce(fail('read-only', 'This board is read-only'))
    expect(await actions.importCards([interview('Contoso')])).toMatchObject({ ok: false })
    expect(companies(store)).toEqual(['Already here'])
    expect(store.getState().toast).toBeNull()

    await actions.importCards([interview('Contoso')])
    api.undoImport.mockResolvedValueOnce(fail('not-found', 'There is no import to undo any more'))
    await actions.undo()
    expect(companies(store)).toEqual(['Already here', 'Contoso', 'Fabrikam'])
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      note: {
        about: 'import',
        kind: 'undo-refused',
        reason: 'There is no import to undo any more',
      },
    })
  })
})

describe('the sample board', () => {
  it('removes every sample card at once, keeps the others, and Undo brings them all back', async () => {
    const { store, main, actions } = await loadedStore([
      boardCard('s1', 'Harbor', { sample: true }),
      boardCard('own', 'Mine'),
      boardCard('s2', 'Lumen', { sample: true }),
    ])
    await actions.removeSampleCards()
    expect(Object.keys(store.getState().cards)).toEqual(['own'])
    expect(store.getState().toast).toMatchObject({
      note: { about: 'data', kind: 'samples-removed' },
      undo: { kind: 'restore-samples', cardIds: ['s1', 's2'] },
    })
    await actions.undo()
    expect(main.calls.restoreCard).toHaveBeenCalledTimes(2)
    expect(Object.keys(store.getState().cards).sort()).toEqual(['own', 's1', 's2'])
    expect(store.getState().toast?.note).toEqual({ about: 'data', kind: 'samples-back' })
  })
})
