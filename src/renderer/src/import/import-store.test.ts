import { boardSnapshot, firstScreenOfSnapshot } from '../../../shared/test-support/board-snapshot'
import { describe, expect, it, vi } from 'vitest'
import { createCard } from '../../../shared/domain/board'
import type { Card } from '../../../shared/domain/interview'
import { defaultSettings } from '../../../shared/domain/settings'
import type { CardsImported, FootholdApi } from '../../../shared/ipc/contract'
import { fail, ok, type IpcResult } from '../../../shared/ipc/result'
import { sampleDetails } from '../../../shared/test-support/sample-details'
import { createBoardStore } from '../state/board-store'

const card = (id: string, company: string): Card =>
  createCard(sampleDetails({ company }), id, new Date('2026-11-17T16:00:00Z'))
const interview = (company: string) => ({
  details: sampleDetails({ company }),
  stage: 'thank-you' as const,
  outcome: null,
})

/** Main with one card, answering an import with two new ones. */
function setUp() {
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
const companies = (store: ReturnType<typeof setUp>['store']) =>
  Object.values(store.getState().cards).map((c) => c.company)

describe('importing from a spreadsheet', () => {
  it('puts the added cards on the board and says how many, with an Undo that removes them', async () => {
    const { api, store, actions } = setUp()
    await actions.reload()
    await actions.importCards([interview('Contoso'), interview('Fabrikam')])
    expect(api.importCards).toHaveBeenCalledWith({
      interviews: [interview('Contoso'), interview('Fabrikam')],
    })
    expect(companies(store)).toEqual(['Already here', 'Contoso', 'Fabrikam'])
    expect(store.getState().toast).toMatchObject({
      message: 'Imported 2 interviews from the spreadsheet',
      undo: { kind: 'import', cardIds: ['n1', 'n2'] },
    })
    await actions.undo()
    expect(api.undoImport).toHaveBeenCalledOnce()
    expect(companies(store)).toEqual(['Already here'])
    expect(store.getState().toast?.message).toBe(
      'Undone — removed the 2 interviews the import added',
    )
  })

  it('leaves the board alone when main refuses the import or its undo', async () => {
    const { api, store, actions } = setUp()
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
      message: "Couldn't undo the import: There is no import to undo any more",
    })
  })
})
