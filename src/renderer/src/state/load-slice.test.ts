import { describe, expect, it, vi } from 'vitest'
import type { StoreNotice } from '@shared/ipc/contract'
import { boardSnapshot } from '@shared/test-support/board-snapshot'
import { fail, ok, type IpcResult } from '@shared/ipc/result'
import type { BoardSnapshot } from '@shared/ipc/contract'
import { createBoardStore } from './board-store'
import { createDueCountSelector, selectCardCount, selectVisibleCards } from './selectors'
import { NOW, card, fakeApi, holdWholeBoard, loadedStore } from './test-support/fake-main'

describe('board store, first screen', () => {
  // 30 October interviews in Thank-you, all overdue: more than the first screen sends of a column.
  const board = () =>
    Array.from({ length: 30 }, (_, i) =>
      card(`t${String(i).padStart(2, '0')}`, `Company ${i}`, {
        time: {
          start: `2026-10-${String(1 + i).padStart(2, '0')}T14:00:00.000Z`,
          end: `2026-10-${String(1 + i).padStart(2, '0')}T14:45:00.000Z`,
          timeZone: 'Europe/Berlin',
        },
      }),
    )

  it('draws the top of each column with the whole board’s counts, then every card', async () => {
    const main = fakeApi(board())
    const whole = holdWholeBoard(main)
    const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
    store.getState().actions.start()
    await vi.waitFor(() => expect(store.getState().load.phase).toBe('ready'))
    expect(Object.keys(store.getState().cards)).toHaveLength(20)
    expect(selectVisibleCards(store.getState()).byStage['thank-you'][0]).toBe('t00')
    // The ten cards main has not sent yet, all due.
    expect(store.getState().onTheWay).toEqual({
      byStage: { 'thank-you': 10, 'check-in': 0, final: 0, closed: 0 },
      due: 10,
      samples: 0,
    })
    await whole.answer(ok(whole.snapshot))
    await vi.waitFor(() => expect(store.getState().onTheWay).toBeNull())
    expect(Object.keys(store.getState().cards)).toHaveLength(30)
    expect(createDueCountSelector()(store.getState())).toBe(30)
  })

  it('keeps a move made on the first screen when the older whole board arrives', async () => {
    const main = fakeApi(board())
    const whole = holdWholeBoard(main)
    const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
    const { actions } = store.getState()
    actions.start()
    await vi.waitFor(() => expect(store.getState().load.phase).toBe('ready'))
    const moved = actions.moveCard('t00', 'check-in', null)
    // Main took the whole board before the move reached it.
    await whole.answer(ok(whole.snapshot))
    await moved
    await vi.waitFor(() => expect(store.getState().onTheWay).toBeNull())
    expect(store.getState().cards.t00).toEqual(main.stored.get('t00'))
    expect(store.getState().cards.t00!.stage).toBe('check-in')
    expect(Object.keys(store.getState().cards)).toHaveLength(30)
  })

  it('says the board could not be opened when the rest fails after the first screen', async () => {
    const main = fakeApi(board())
    const whole = holdWholeBoard(main)
    const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
    store.getState().actions.start()
    await vi.waitFor(() => expect(store.getState().onTheWay).not.toBeNull())
    await whole.answer(fail('internal', 'The data file could not be read'))
    await vi.waitFor(() =>
      expect(store.getState().load).toEqual({
        phase: 'failed',
        message: 'The data file could not be read',
      }),
    )
  })

  it('opens a clicked reminder’s card once it is in, without saying it is gone', async () => {
    const main = fakeApi(board())
    const request = { cardId: 't29', key: 't29:thank-you:iv-1' }
    const snapshot = boardSnapshot([...main.stored.values()], { openCard: request })
    let answer: ((result: IpcResult<BoardSnapshot>) => void) | null = null
    main.calls.loadBoard.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
    store.getState().actions.start()
    await vi.waitFor(() => expect(store.getState().onTheWay).not.toBeNull())
    expect(store.getState().cards.t29).toBeUndefined()
    // Main sends the click as an event, and keeps it for the whole board's answer too.
    main.pushOpenCard(request)
    expect(store.getState().toast).toBeNull()
    await vi.waitFor(() => expect(answer).not.toBeNull())
    answer!(ok(snapshot))
    await vi.waitFor(() => expect(store.getState().selectedCardId).toBe('t29'))
    expect(store.getState().toast).toBeNull()
  })

  it('counts cards on their way, and counts follow a card moved before they arrive', async () => {
    const main = fakeApi(board())
    const whole = holdWholeBoard(main)
    const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
    store.getState().actions.start()
    await vi.waitFor(() => expect(store.getState().onTheWay).not.toBeNull())
    expect(selectCardCount(store.getState())).toBe(30)
    await store.getState().actions.moveCard('t00', 'check-in', null)
    const { onTheWay } = store.getState()
    const shown = selectVisibleCards(store.getState()).byStage
    expect(shown['thank-you'].length + onTheWay!.byStage['thank-you']).toBe(29)
    expect(shown['check-in'].length + onTheWay!.byStage['check-in']).toBe(1)
    expect(selectCardCount(store.getState())).toBe(30)
    await whole.answer(ok(whole.snapshot))
    await vi.waitFor(() => expect(store.getState().onTheWay).toBeNull())
    expect(selectVisibleCards(store.getState()).byStage['thank-you']).toHaveLength(29)
  })

  it('loads the whole board when there is no first screen to be had', async () => {
    const main = fakeApi(board())
    main.calls.loadFirstScreen.mockImplementationOnce(async () => {
      throw new Error('no answer')
    })
    const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
    store.getState().actions.start()
    await vi.waitFor(() => expect(store.getState().load.phase).toBe('ready'))
    expect(Object.keys(store.getState().cards)).toHaveLength(30)
    expect(store.getState().onTheWay).toBeNull()
  })

  it('asks for the whole board only once the first screen is drawn', async () => {
    const main = fakeApi(board())
    let drawn: () => void = () => undefined
    const store = createBoardStore(main.api, {
      now: () => NOW,
      localTimeZone: 'UTC',
      afterPaint: () => new Promise((resolve) => (drawn = resolve)),
    })
    store.getState().actions.start()
    await vi.waitFor(() => expect(store.getState().onTheWay).not.toBeNull())
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(main.calls.loadBoard).not.toHaveBeenCalled()
    drawn()
    await vi.waitFor(() => expect(store.getState().onTheWay).toBeNull())
    expect(main.calls.loadBoard).toHaveBeenCalledTimes(1)
  })
})

describe('loading the board', () => {
  it('says main gave no answer at all, apart from a refusal, so the window can offer a retry', async () => {
    const main = fakeApi([card('a', 'Acme')])
    main.calls.loadFirstScreen.mockImplementationOnce(async () => {
      throw new Error('no handler')
    })
    main.calls.loadBoard.mockImplementationOnce(async () => {
      throw new Error('no handler')
    })
    const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
    store.getState().actions.start()
    await vi.waitFor(() =>
      expect(store.getState().load).toEqual({
        phase: 'failed',
        message: 'Error: no handler',
        unanswered: true,
      }),
    )
    await store.getState().actions.reload()
    expect(store.getState().load.phase).toBe('ready')
  })

  it('keeps a dismissed notice dismissed when the board reloads after an outside change', async () => {
    const notice: StoreNotice = {
      kind: 'conflict',
      keptAs: '/data/foothold.conflict-20261118T090000Z.json',
      file: '/data/foothold.json',
      problem: null,
    }
    const main = fakeApi([card('a', 'Acme')], null, [notice])
    const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
    store.getState().actions.start()
    await vi.waitFor(() => expect(store.getState().notices).toEqual([notice]))
    store.getState().actions.dismissNotice(store.getState().notices[0]!)
    main.pushChangedOnDisk()
    await vi.waitFor(() => expect(main.calls.loadBoard).toHaveBeenCalledTimes(2))
    await vi.waitFor(() =>
      expect(store.getState().toast?.note).toEqual({ about: 'data', kind: 'changed-on-disk' }),
    )
    expect(store.getState().notices).toEqual([])
  })

  it('loads the board and follows the save status main pushes', async () => {
    const { store, main } = await loadedStore([card('a', 'Acme')])
    expect(Object.keys(store.getState().cards)).toEqual(['a'])
    expect(store.getState().settings.timeZone).toBe('Europe/Berlin')
    main.pushStatus({ saving: 'failed', message: 'Disk full', readOnly: false })
    expect(store.getState().status.saving).toBe('failed')
  })
})
