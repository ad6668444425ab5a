import { vi, expect } from 'vitest'
import { markReplied, sendAndAdvance } from '@shared/cadence/advance'
import { snooze } from '@shared/cadence/reminders'
import { createCard, moveCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { defaultSettings } from '@shared/domain/settings'
import type {
  BoardSnapshot,
  FootholdApi,
  OpenCardRequest,
  StoreNotice,
  StoreStatus,
} from '@shared/ipc/contract'
import { fail, ok, type IpcResult } from '@shared/ipc/result'
import { boardSnapshot, firstScreenOfSnapshot } from '@shared/test-support/board-snapshot'
import { sampleDetails } from '@shared/test-support/sample-details'
import { createBoardStore } from '../board-store'

/** The slices' tests: an in-memory main process, and a store loaded from it. */

export const NOW = new Date('2026-11-18T09:00:00Z')

export function card(id: string, company: string, overrides: Partial<Card> = {}): Card {
  return {
    ...createCard(sampleDetails({ company }), id, new Date('2026-11-17T16:00:00Z')),
    ...overrides,
  }
}

/** An in-memory main process whose answers a test can hold back or refuse. */
export function fakeApi(
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

export async function loadedStore(cards: Card[], openCard: OpenCardRequest | null = null) {
  const main = fakeApi(cards, openCard)
  const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
  store.getState().actions.start()
  await vi.waitFor(() => expect(store.getState().load.phase).toBe('ready'))
  await vi.waitFor(() => expect(store.getState().onTheWay).toBeNull())
  return { store, main, actions: store.getState().actions }
}

/** Main's whole-board answer, held back until the test lets it go. */
export function holdWholeBoard(main: ReturnType<typeof fakeApi>) {
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
