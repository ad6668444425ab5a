import { defaultSettings } from '../../../shared/domain/settings'
import { describe, expect, it, vi } from 'vitest'
import { createCard, moveCard } from '../../../shared/domain/board'
import type { Card } from '../../../shared/domain/interview'
import type { BoardSnapshot, FootholdApi, StoreStatus } from '../../../shared/ipc/contract'
import { fail, ok, type IpcResult } from '../../../shared/ipc/result'
import { sampleDetails } from '../../../shared/test-support/sample-details'
import { createBoardStore } from './board-store'
import { selectVisibleCards } from './selectors'

const NOW = new Date('2026-11-18T09:00:00Z')

function card(id: string, company: string, overrides: Partial<Card> = {}): Card {
  return {
    ...createCard(sampleDetails({ company }), id, new Date('2026-11-17T16:00:00Z')),
    ...overrides,
  }
}

/** An in-memory main process whose answers a test can hold back or refuse. */
function fakeApi(cards: Card[]) {
  const stored = new Map(cards.map((c) => [c.id, c]))
  const deleted = new Map<string, Card>()
  let statusListener: ((status: StoreStatus) => void) | null = null
  let refuse: string | null = null
  const answer = <T>(value: () => T): Promise<IpcResult<T>> =>
    Promise.resolve(refuse ? fail('internal', refuse) : ok(value()))

  const api = {
    loadBoard: vi.fn(async (): Promise<IpcResult<BoardSnapshot>> =>
      ok({
        cards: [...stored.values()],
        settings: defaultSettings('Europe/Berlin'),
        notices: [],
        status: { saving: 'idle', message: null, readOnly: false },
        dataFile: '/data/foothold.json',
        openCard: null,
      }),
    ),
    createCard: vi.fn(({ details }) =>
      answer(() => createCard(details, `new-${stored.size}`, NOW)),
    ),
    updateCard: vi.fn(({ id, details }) => answer(() => ({ ...stored.get(id)!, ...details }))),
    moveCard: vi.fn(({ id, to, outcome }) =>
      answer(() => {
        const moved = moveCard(stored.get(id)!, to, outcome, NOW)
        stored.set(id, moved)
        return moved
      }),
    ),
    deleteCard: vi.fn(({ id }) =>
      answer(() => {
        deleted.set(id, stored.get(id)!)
        stored.delete(id)
        return { id }
      }),
    ),
    restoreCard: vi.fn(({ id }) =>
      answer(() => {
        const back = deleted.get(id)!
        stored.set(id, back)
        return back
      }),
    ),
    updateSettings: vi.fn(({ settings }) => answer(() => settings)),
    on: vi.fn((_name: 'storeStatus', listener: (status: StoreStatus) => void) => {
      statusListener = listener
      return () => (statusListener = null)
    }),
  }
  return {
    api: api as unknown as FootholdApi,
    calls: api,
    stored,
    refuseWith: (message: string | null) => (refuse = message),
    pushStatus: (status: StoreStatus) => statusListener?.(status),
  }
}

async function loadedStore(cards: Card[]) {
  const main = fakeApi(cards)
  const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
  store.getState().actions.start()
  await vi.waitFor(() => expect(store.getState().load.phase).toBe('ready'))
  return { store, main, actions: store.getState().actions }
}

describe('board store', () => {
  it('loads the board and follows the save status main pushes', async () => {
    const { store, main } = await loadedStore([card('a', 'Acme')])
    expect(Object.keys(store.getState().cards)).toEqual(['a'])
    expect(store.getState().settings.timeZone).toBe('Europe/Berlin')
    main.pushStatus({ saving: 'failed', message: 'Disk full', readOnly: false })
    expect(store.getState().status.saving).toBe('failed')
  })

  it('moves a card at once, before main answers, and offers to undo the move', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    const done = actions.moveCard('a', 'check-in', null)
    expect(store.getState().cards.a!.stage).toBe('check-in')
    expect(store.getState().toast).toMatchObject({
      message: 'Moved Acme to Check-in',
      undo: { kind: 'move', cardId: 'a', to: 'thank-you', outcome: null },
    })
    await done
    expect(store.getState().cards.a).toEqual(main.stored.get('a'))
  })

  it('puts the card back and says why when main refuses the move', async () => {
    const before = card('a', 'Acme')
    const { store, main, actions } = await loadedStore([before])
    main.refuseWith('The data file is read-only')
    await actions.moveCard('a', 'final', null)
    expect(store.getState().cards.a).toEqual(before)
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      message: "Couldn't move Acme: The data file is read-only",
      undo: null,
    })
  })

  it('undoes a move to Closed back to the previous stage and outcome', async () => {
    const closed = card('a', 'Acme', { stage: 'closed', outcome: 'rejected' })
    const { store, main, actions } = await loadedStore([closed])
    await actions.moveCard('a', 'closed', 'offer')
    expect(store.getState().cards.a).toMatchObject({ stage: 'closed', outcome: 'offer' })
    await actions.undo()
    expect(store.getState().cards.a).toMatchObject({ stage: 'closed', outcome: 'rejected' })
    expect(main.calls.moveCard).toHaveBeenLastCalledWith({
      id: 'a',
      to: 'closed',
      outcome: 'rejected',
    })
    expect(store.getState().toast?.undo).toBeNull()
  })

  it('asks for an outcome before closing, and leaves the card alone when that is cancelled', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    actions.requestMove('a', 'closed')
    expect(store.getState().closingCardId).toBe('a')
    actions.cancelClose()
    expect(store.getState().closingCardId).toBeNull()
    expect(store.getState().cards.a!.stage).toBe('thank-you')
    expect(main.calls.moveCard).not.toHaveBeenCalled()

    actions.requestMove('a', 'closed')
    actions.confirmClose('offer')
    expect(store.getState().cards.a).toMatchObject({ stage: 'closed', outcome: 'offer' })
  })

  it('ignores a drop on the column the card is already in', async () => {
    const { main, actions } = await loadedStore([card('a', 'Acme', { stage: 'final' })])
    actions.requestMove('a', 'final')
    expect(main.calls.moveCard).not.toHaveBeenCalled()
  })

  it('lets a later move win over an earlier answer', async () => {
    const { store, actions } = await loadedStore([card('a', 'Acme')])
    const first = actions.moveCard('a', 'check-in', null)
    const second = actions.moveCard('a', 'final', null)
    await Promise.all([first, second])
    expect(store.getState().cards.a!.stage).toBe('final')
  })

  it('deletes a card, closes it if open, and restores it with Undo', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    actions.navigate({ kind: 'select', cardId: 'a' })
    await actions.deleteCard('a')
    expect(store.getState().cards.a).toBeUndefined()
    expect(store.getState().selectedCardId).toBeNull()
    expect(store.getState().toast).toMatchObject({
      message: 'Deleted Acme',
      undo: { kind: 'restore' },
    })
    await actions.undo()
    expect(main.calls.restoreCard).toHaveBeenCalledWith({ id: 'a' })
    expect(store.getState().cards.a?.company).toBe('Acme')
  })

  it('brings a card back when main refuses to delete it', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    main.refuseWith('Locked')
    await actions.deleteCard('a')
    expect(store.getState().cards.a?.company).toBe('Acme')
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      message: "Couldn't delete Acme: Locked",
    })
  })

  it('holds navigation back while the open card has unsaved edits', async () => {
    const { store, actions } = await loadedStore([card('a', 'Acme'), card('b', 'Bolt')])
    actions.navigate({ kind: 'select', cardId: 'a' })
    actions.setPanelDirty(true)
    actions.navigate({ kind: 'select', cardId: 'b' })
    expect(store.getState().selectedCardId).toBe('a')
    actions.keepEditing()
    expect(store.getState().pendingNavigation).toBeNull()

    actions.navigate({ kind: 'new-interview' })
    actions.discardAndContinue()
    expect(store.getState()).toMatchObject({
      selectedCardId: null,
      newInterviewOpen: true,
      panelDirty: false,
    })
  })

  it('adds a created card and hands main’s answer back to the form', async () => {
    const { store, main, actions } = await loadedStore([])
    const result = await actions.createCard(sampleDetails({ company: 'Contoso' }))
    expect(result.ok).toBe(true)
    expect(Object.values(store.getState().cards).map((c) => c.company)).toEqual(['Contoso'])

    main.refuseWith('Nope')
    const refused = await actions.createCard(sampleDetails({ company: 'Fabrikam' }))
    expect(refused).toEqual({ ok: false, error: { code: 'internal', message: 'Nope' } })
    expect(Object.keys(store.getState().cards)).toHaveLength(1)
  })
})

describe('selectVisibleCards', () => {
  it('filters by the search and sorts each column, reusing the answer while nothing changed', async () => {
    const { store, actions } = await loadedStore([
      card('late', 'Acme', {
        time: { ...sampleDetails().time, start: '2026-11-20T10:00:00.000Z' },
      }),
      card('early', 'Acme Labs'),
      card('other', 'Bolt', { stage: 'final' }),
    ])
    const first = selectVisibleCards(store.getState())
    expect(first.byStage['thank-you']).toEqual(['early', 'late'])
    expect(first.byStage.final).toEqual(['other'])
    expect(selectVisibleCards(store.getState())).toBe(first)

    actions.setQuery('bolt')
    expect(selectVisibleCards(store.getState())).toMatchObject({
      byStage: { 'thank-you': [], final: ['other'] },
      total: 3,
      matching: 1,
    })
  })
})
