import { boardSnapshot, firstScreenOfSnapshot } from '../../../shared/test-support/board-snapshot'
import { defaultSettings } from '../../../shared/domain/settings'
import { describe, expect, it, vi } from 'vitest'
import { createCard, moveCard } from '../../../shared/domain/board'
import type { Card } from '../../../shared/domain/interview'
import { markReplied, sendAndAdvance } from '../../../shared/cadence/advance'
import { snooze } from '../../../shared/cadence/reminders'
import type {
  BoardSnapshot,
  FootholdApi,
  OpenCardRequest,
  StoreNotice,
  StoreStatus,
} from '../../../shared/ipc/contract'
import { fail, ok, type IpcResult } from '../../../shared/ipc/result'
import { sampleDetails } from '../../../shared/test-support/sample-details'
import { createBoardStore } from './board-store'
import {
  createDueCountSelector,
  createVisibleCardsSelector,
  selectCardCount,
  selectVisibleCards,
} from './selectors'

const NOW = new Date('2026-11-18T09:00:00Z')

function card(id: string, company: string, overrides: Partial<Card> = {}): Card {
  return {
    ...createCard(sampleDetails({ company }), id, new Date('2026-11-17T16:00:00Z')),
    ...overrides,
  }
}

/** An in-memory main process whose answers a test can hold back or refuse. */
function fakeApi(
  cards: Card[],
  openCard: OpenCardRequest | null = null,
  notices: StoreNotice[] = [],
) {
  const stored = new Map(cards.map((c) => [c.id, c]))
  const deleted = new Map<string, Card>()
  const beforeFollowUp = new Map<string, Card>()
  const listeners = new Map<string, (payload: never) => void>()
  let refuse: string | null = null
  const saveFollowUp = (before: Card, after: Card) => {
    beforeFollowUp.set(before.id, before)
    stored.set(after.id, after)
    return after
  }
  const answer = <T>(value: () => T): Promise<IpcResult<T>> =>
    Promise.resolve(refuse ? fail('internal', refuse) : ok(value()))

  const api = {
    loadFirstScreen: vi.fn(async () =>
      ok(firstScreenOfSnapshot(boardSnapshot([...stored.values()], { notices }), NOW)),
    ),
    loadBoard: vi.fn(async (): Promise<IpcResult<BoardSnapshot>> =>
      ok(boardSnapshot([...stored.values()], { notices, openCard })),
    ),
    createCard: vi.fn(({ details }) =>
      answer(() => createCard(details, `new-${stored.size}`, NOW)),
    ),
    updateCard: vi.fn(({ id, details }) => answer(() => ({ ...stored.get(id)!, ...details }))),
    moveCard: vi.fn(({ id, to, outcome }) =>
      answer(() => saveFollowUp(stored.get(id)!, moveCard(stored.get(id)!, to, outcome, NOW))),
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
    removeSampleCards: vi.fn(() =>
      answer(() => {
        const ids = [...stored.values()].filter((c) => c.sample).map((c) => c.id)
        for (const id of ids) {
          deleted.set(id, stored.get(id)!)
          stored.delete(id)
        }
        return { ids }
      }),
    ),
    finishOnboarding: vi.fn(({ settings }) =>
      answer(() => ({
        settings: settings ?? defaultSettings('Europe/Berlin'),
        cards: [...stored.values()],
      })),
    ),
    markSent: vi.fn(({ id, stage, interviewers }) =>
      answer(() => {
        const card = stored.get(id)!
        const next = sendAndAdvance(card, card.followUps, stage, interviewers, NOW)
        const saved = saveFollowUp(card, { ...next.card, followUps: next.followUps })
        return { card: saved, advancedTo: saved.stage !== card.stage ? saved.stage : null }
      }),
    ),
    markReplied: vi.fn(({ id }) =>
      answer(() => {
        const card = stored.get(id)!
        return saveFollowUp(card, {
          ...card,
          followUps: markReplied(card.followUps, card.stage, NOW),
        })
      }),
    ),
    snoozeReminder: vi.fn(({ id, key }) =>
      answer(() => {
        const card = stored.get(id)!
        const until = new Date(NOW.getTime() + 3_600_000)
        return saveFollowUp(card, { ...card, followUps: snooze(card.followUps, key, until) })
      }),
    ),
    undoFollowUp: vi.fn(({ id }): Promise<IpcResult<Card>> => {
      const before = beforeFollowUp.get(id)
      // Main forgets what it could undo when it restarts.
      if (!before) return Promise.resolve(fail('not-found', 'There is nothing to undo'))
      beforeFollowUp.delete(id)
      return answer(() => {
        stored.set(id, before)
        return before
      })
    }),
    /** Main restarted: it can no longer undo what came before. */
    forgetUndo: () => beforeFollowUp.clear(),
    on: vi.fn((name: string, listener: (payload: never) => void) => {
      listeners.set(name, listener)
      return () => listeners.delete(name)
    }),
  }
  return {
    api: api as unknown as FootholdApi,
    calls: api,
    stored,
    refuseWith: (message: string | null) => (refuse = message),
    pushStatus: (status: StoreStatus) =>
      (listeners.get('storeStatus') as ((s: StoreStatus) => void) | undefined)?.(status),
    pushChangedOnDisk: () =>
      (listeners.get('boardChangedOnDisk') as ((p: { notice: null }) => void) | undefined)?.({
        notice: null,
      }),
    pushOpenCard: (request: OpenCardRequest) =>
      (listeners.get('openCard') as ((r: OpenCardRequest) => void) | undefined)?.(request),
  }
}

async function loadedStore(cards: Card[], openCard: OpenCardRequest | null = null) {
  const main = fakeApi(cards, openCard)
  const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
  store.getState().actions.start()
  await vi.waitFor(() => expect(store.getState().load.phase).toBe('ready'))
  await vi.waitFor(() => expect(store.getState().onTheWay).toBeNull())
  return { store, main, actions: store.getState().actions }
}

/** Main's whole-board answer, held back until the test lets it go. */
function holdWholeBoard(main: ReturnType<typeof fakeApi>) {
  const snapshot = boardSnapshot([...main.stored.values()])
  let answer: ((result: IpcResult<BoardSnapshot>) => void) | null = null
  main.calls.loadBoard.mockImplementationOnce(
    () => new Promise<IpcResult<BoardSnapshot>>((resolve) => (answer = resolve)),
  )
  return {
    snapshot,
    /** Answers once the store has asked (it asks after drawing the first screen). */
    async answer(result: IpcResult<BoardSnapshot>) {
      await vi.waitFor(() => expect(answer).not.toBeNull())
      answer!(result)
    },
  }
}

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

describe('board store', () => {
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
    await vi.waitFor(() => expect(store.getState().toast?.message).toMatch(/changed on disk/))
    expect(store.getState().notices).toEqual([])
  })

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

  it('undoes a move to Closed back to the previous stage and outcome, as it was', async () => {
    const closed = card('a', 'Acme', { stage: 'closed', outcome: 'rejected' })
    const { store, main, actions } = await loadedStore([closed])
    await actions.moveCard('a', 'closed', 'offer')
    expect(store.getState().cards.a).toMatchObject({ stage: 'closed', outcome: 'offer' })
    await actions.undo()
    // Main's undo: the card exactly as before, not a second move back.
    expect(main.calls.undoFollowUp).toHaveBeenCalledWith({ id: 'a' })
    expect(store.getState().cards.a).toEqual(closed)
    expect(main.calls.moveCard).toHaveBeenCalledTimes(1)
    expect(store.getState().toast).toMatchObject({
      message: 'Undone — Acme is as it was',
      undo: null,
    })
  })

  it('undoes a move by moving the card back when main can no longer undo it', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    await actions.moveCard('a', 'final', null)
    main.calls.forgetUndo()
    await actions.undo()
    expect(store.getState().cards.a).toMatchObject({ stage: 'thank-you' })
    expect(main.calls.moveCard).toHaveBeenLastCalledWith({
      id: 'a',
      to: 'thank-you',
      outcome: null,
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

  it('removes every sample card at once, keeps the others, and Undo brings them all back', async () => {
    const { store, main, actions } = await loadedStore([
      card('s1', 'Harbor', { sample: true }),
      card('own', 'Mine'),
      card('s2', 'Lumen', { sample: true }),
    ])
    await actions.removeSampleCards()
    expect(Object.keys(store.getState().cards)).toEqual(['own'])
    expect(store.getState().toast).toMatchObject({
      message: 'Removed the sample interviews',
      undo: { kind: 'restore-samples', cardIds: ['s1', 's2'] },
    })
    await actions.undo()
    expect(main.calls.restoreCard).toHaveBeenCalledTimes(2)
    expect(Object.keys(store.getState().cards).sort()).toEqual(['own', 's1', 's2'])
  })

  it('finishing the welcome takes main’s settings and ends the first run', async () => {
    const { store, actions } = await loadedStore([])
    store.setState({ onboarded: false })
    const settings = { ...defaultSettings('Asia/Tokyo'), yourName: 'Robin' }
    const result = await actions.finishOnboarding({ settings, sampleBoard: false })
    expect(result.ok).toBe(true)
    expect(store.getState()).toMatchObject({ onboarded: true, settings: { yourName: 'Robin' } })
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

  it('opens Progress in place of the board, asking first when the open card has unsaved edits', async () => {
    const { store, actions } = await loadedStore([card('a', 'Acme')])
    actions.navigate({ kind: 'select', cardId: 'a' })
    actions.setPanelDirty(true)
    actions.navigate({ kind: 'progress' })
    expect(store.getState()).toMatchObject({
      view: 'board',
      pendingNavigation: { kind: 'progress' },
    })
    actions.discardAndContinue()
    expect(store.getState()).toMatchObject({ view: 'progress', selectedCardId: null })
    actions.navigate({ kind: 'board' })
    expect(store.getState().view).toBe('board')
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

describe('follow-ups', () => {
  const people = [
    { ...sampleDetails().interviewers[0]!, id: 'p1', name: 'Priya Raman' },
    { ...sampleDetails().interviewers[0]!, id: 'p2', name: 'Tom Becker' },
  ]

  it('marks one interviewer sent, then all: the card moves on, and Undo puts it back', async () => {
    const { store, main, actions } = await loadedStore([
      card('a', 'Acme', { interviewers: people }),
    ])
    expect(await actions.markSent('a', 'thank-you', ['p1'])).toBe(true)
    expect(store.getState().toast).toMatchObject({
      message: 'Marked the thank-you to Priya Raman as sent',
      undo: { kind: 'follow-up', cardId: 'a' },
    })
    await actions.markSent('a', 'thank-you', 'all')
    expect(store.getState().cards.a!.stage).toBe('check-in')
    expect(store.getState().toast?.message).toBe(
      'Sent to all interviewers — moved Acme to Check-in',
    )
    await actions.undo()
    expect(main.calls.undoFollowUp).toHaveBeenCalledWith({ id: 'a' })
    expect(store.getState().cards.a!.stage).toBe('thank-you')
    expect(store.getState().toast?.message).toBe('Undone — Acme is back in Thank-you')
  })

  it('notes a reply and a snooze, each undoable, and says why when main refuses', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    await actions.markReplied('a')
    expect(store.getState().cards.a!.followUps.stages['thank-you'].repliedAt).not.toBeNull()
    expect(store.getState().toast).toMatchObject({
      message: 'Noted that Acme replied — no more thank-you reminders',
      undo: { kind: 'follow-up' },
    })
    await actions.snooze('a', 'a:thank-you:iv-1', { kind: 'one-hour' })
    expect(store.getState().toast?.message).toMatch(/^Snoozed until /)
    main.refuseWith('Choose a time in the future')
    expect(await actions.snooze('a', 'a:thank-you:iv-1', { kind: 'one-hour' })).toBe(false)
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      message: "Couldn't snooze: Choose a time in the future",
    })
  })

  it('opens the card of a clicked reminder, from the event or from the snapshot', async () => {
    const { store, main } = await loadedStore([card('a', 'Acme'), card('b', 'Bolt')], {
      cardId: 'b',
      key: 'b:thank-you:iv-1',
    })
    expect(store.getState().selectedCardId).toBe('b')
    expect(store.getState().followUpFocus).toMatchObject({ cardId: 'b', key: 'b:thank-you:iv-1' })
    store.getState().actions.followUpFocused(store.getState().followUpFocus!.seq)
    expect(store.getState().followUpFocus).toBeNull()

    main.pushOpenCard({ cardId: 'a', key: null })
    expect(store.getState()).toMatchObject({
      selectedCardId: 'a',
      followUpFocus: { cardId: 'a', key: null },
    })
    main.pushOpenCard({ cardId: 'gone', key: null })
    expect(store.getState().toast?.message).toBe('That interview is no longer on the board')
  })
})

describe('selectors over follow-ups', () => {
  const TZ = 'Europe/Berlin'
  // Interviews end 14:45 UTC on these days; thank-yous are due a day later.
  const onDay = (id: string, day: string, stage: Card['stage'] = 'thank-you') => {
    const c = card(id, id.toUpperCase(), {
      time: {
        start: `2026-11-${day}T14:00:00.000Z`,
        end: `2026-11-${day}T14:45:00.000Z`,
        timeZone: TZ,
      },
    })
    return stage === 'thank-you' ? c : moveCard(c, stage, null, new Date(`2026-11-${day}T15:00Z`))
  }
  const state = (cards: Card[], extra: { dueOnly?: boolean; now?: string } = {}) => ({
    cards: Object.fromEntries(cards.map((c) => [c.id, c])),
    query: '',
    settings: defaultSettings(TZ),
    dueOnly: extra.dueOnly ?? false,
    now: Date.parse(extra.now ?? '2026-11-18T09:00:00Z'),
  })

  it('sorts each column by what is due first, and filters to due cards', () => {
    const select = createVisibleCardsSelector()
    const cards = [onDay('later', '19'), onDay('overdue', '16'), onDay('today', '17')]
    expect(select(state(cards)).byStage['thank-you']).toEqual(['overdue', 'today', 'later'])
    expect(select(state(cards, { dueOnly: true }))).toMatchObject({
      byStage: { 'thank-you': ['overdue', 'today'] },
      matching: 2,
      total: 3,
    })
  })

  it('counts the cards that need action now, again only when cards or time change', () => {
    const count = createDueCountSelector()
    const input = state([onDay('a', '16'), onDay('b', '17'), onDay('c', '19')])
    expect(count(input)).toBe(2)
    expect(count({ ...input, now: Date.parse('2026-11-21T09:00:00Z') })).toBe(3)
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
