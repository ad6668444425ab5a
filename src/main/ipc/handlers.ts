import { randomUUID } from 'node:crypto'
import type { Card } from '../../shared/domain/interview'
import { CardSchema } from '../../shared/domain/card'
import {
  MoveError,
  createCard,
  markRestored,
  moveCard,
  updateCard,
} from '../../shared/domain/board'
import type { BoardSnapshot, Contract, Method, ResponseOf } from '../../shared/ipc/contract'
import type { StoreData } from '../../shared/store/store-format'
import type { z } from 'zod'
import type { Clock } from '../clock'
import type { BoardStore } from '../store/board-store'

/** A failure the person caused or can fix, answered as a typed error rather than a crash. */
export class RequestError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-request',
    message: string,
  ) {
    super(message)
  }
}

export type Handlers = {
  [M in Method]: (request: z.output<Contract[M]['request']>) => Promise<ResponseOf<M>>
}

const RECENTLY_DELETED_LIMIT = 50

export interface HandlerDeps {
  store: BoardStore
  clock: Clock
  newId?: () => string
}

/** The behaviour behind every IPC method, free of Electron so it runs under plain Node. */
export function createHandlers({ store, clock, newId = randomUUID }: HandlerDeps): Handlers {
  // Deleted cards stay here for the session so "Undo" can bring them back without trusting the
  // renderer to send a whole card.
  const recentlyDeleted = new Map<string, Card>()

  const findCard = (id: string): Card => {
    const card = store.data.cards.find((c) => c.id === id)
    if (!card) throw new RequestError('not-found', 'That interview no longer exists')
    return card
  }

  const saveCard = async (card: Card): Promise<Card> => {
    const valid = CardSchema.parse(card)
    await store.update((data) => replaceCard(data, valid))
    return valid
  }

  return {
    loadBoard: async (): Promise<BoardSnapshot> => ({
      cards: [...store.data.cards],
      settings: store.data.settings,
      notices: [...store.notices],
      status: store.currentStatus,
      dataFile: store.file,
    }),
    createCard: async ({ details }) => {
      const card = CardSchema.parse(createCard(details, newId(), clock.now()))
      await store.update((data) => ({ ...data, cards: [...data.cards, card] }))
      return card
    },
    updateCard: async ({ id, details }) => saveCard(updateCard(findCard(id), details, clock.now())),
    moveCard: async ({ id, to, outcome }) => {
      try {
        return await saveCard(moveCard(findCard(id), to, outcome, clock.now()))
      } catch (error) {
        if (error instanceof MoveError) throw new RequestError('invalid-request', error.message)
        throw error
      }
    },
    deleteCard: async ({ id }) => {
      const card = findCard(id)
      recentlyDeleted.set(id, card)
      if (recentlyDeleted.size > RECENTLY_DELETED_LIMIT) {
        recentlyDeleted.delete(recentlyDeleted.keys().next().value!)
      }
      await store.update((data) => ({ ...data, cards: data.cards.filter((c) => c.id !== id) }))
      return { id }
    },
    restoreCard: async ({ id }) => {
      const card = recentlyDeleted.get(id)
      if (!card) throw new RequestError('not-found', 'That interview can no longer be restored')
      if (store.data.cards.some((c) => c.id === id)) return findCard(id)
      const restored = markRestored(card, clock.now())
      await store.update((data) => ({ ...data, cards: [...data.cards, restored] }))
      recentlyDeleted.delete(id)
      return restored
    },
    updateSettings: async ({ settings }) => {
      await store.update((data) => ({ ...data, settings }))
      return settings
    },
  }
}

function replaceCard(data: StoreData, card: Card): StoreData {
  return { ...data, cards: data.cards.map((c) => (c.id === card.id ? card : c)) }
}
