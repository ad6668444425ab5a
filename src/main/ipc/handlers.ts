import { randomUUID } from 'node:crypto'
import { dirname } from 'node:path'
import type { Card } from '@shared/domain/card'
import { STAGE_LABELS } from '@shared/domain/interview'
import { CardSchema } from '@shared/domain/card'
import { MoveError, createCard, markRestored, moveCard, updateCard } from '@shared/domain/board'
import {
  FollowUpError,
  markReplied,
  sendAndAdvance,
  stageToAdvanceTo,
} from '@shared/cadence/advance'
import { snooze, snoozeRefusal, snoozeUntil } from '@shared/cadence/reminders'
import { visitOf } from '@shared/cadence/visit'
import { firstScreenOf } from '@shared/board-view/first-screen'
import { createPlanCache, type PlanCard } from '@shared/cadence/plan-cache'
import type {
  BoardSnapshot,
  Contract,
  HostInfo,
  FirstScreen,
  Method,
  OpenCardRequest,
  ResponseOf,
} from '@shared/ipc/contract'
import { DESKTOP_HOST } from '@shared/ipc/host-info'
import type { Settings } from '@shared/domain/settings'
import type { StoreData } from '@shared/store/store-format'
import type { z } from 'zod'
import type { Clock } from '../clock'
import type { BoardStore } from '../store/board-store'
import type { FileDialogs } from './data-handlers'
import { createDataHandlers, noDialogs } from './data-handlers'
import { RequestError } from './request-error'
import type { ClipboardWriter } from './draft-handlers'
import { createDraftHandlers } from './draft-handlers'
import { createImportHandlers } from './import-handlers'
import { createOnboardingHandlers } from './onboarding-handlers'

export { RequestError }

export type Handlers = {
  [M in Method]: (request: z.output<Contract[M]['request']>) => Promise<ResponseOf<M>>
}

const RECENTLY_DELETED_LIMIT = 50

export interface HandlerDeps {
  store: BoardStore
  clock: Clock
  newId?: () => string
  /** A card a clicked reminder asked to open before the window was there to do it. */
  takePendingOpen?: () => OpenCardRequest | null
  /** Applies settings that live outside the store (start at login). */
  onSettingsSaved?: (before: Settings, after: Settings) => void
  dialogs?: FileDialogs
  clipboard?: ClipboardWriter
  openExternal?: (url: string) => Promise<void>
  /**
   * True when the person's own click or key press sent the request just now, using it up. Without
   * one (the tests, a host that sees no OS input) every request counts as the person's.
   */
  personAsked?: () => boolean
  /** Opens the file manager with this file selected. */
  showItemInFolder?: (path: string) => void
  /** Plans by card; shared with the reminder scheduler, so a card is planned once in main. */
  planOf?: PlanCard
  /** Which edition answers; the desktop app unless told otherwise. */
  host?: HostInfo
}

/** The behaviour behind every IPC method, free of Electron so it runs under plain Node. */
export function createHandlers({
  store,
  clock,
  newId = randomUUID,
  takePendingOpen = () => null,
  onSettingsSaved = () => undefined,
  dialogs = noDialogs,
  clipboard = { write: () => undefined },
  openExternal = async () => undefined,
  personAsked = () => true,
  showItemInFolder = () => undefined,
  planOf = createPlanCache(),
  host = DESKTOP_HOST,
}: HandlerDeps): Handlers {
  // Deleted cards stay here for the session so "Undo" can bring them back without trusting the
  // renderer to send a whole card.
  const recentlyDeleted = new Map<string, Card>()

  const rememberDeleted = (card: Card) => {
    recentlyDeleted.set(card.id, card)
    if (recentlyDeleted.size > RECENTLY_DELETED_LIMIT) {
      recentlyDeleted.delete(recentlyDeleted.keys().next().value!)
    }
  }

  /** What both answers about the board carry besides its cards. */
  const boardState = () => ({
    settings: store.data.settings,
    notices: [...store.notices],
    status: store.currentStatus,
    dataFile: store.file,
    onboarded: store.data.onboarded,
    host,
  })

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

  // The card as it was before its last move or follow-up action, so that step (and a move it
  // caused) can be undone whole: an undone move is as if it never happened, so what was sent in
  // the stage the card returns to still counts. Dropped once the card changes some other way.
  const beforeFollowUp = new Map<string, { before: Card; after: Card }>()
  const saveUndoable = async (before: Card, after: Card): Promise<Card> => {
    const valid = CardSchema.parse(after)
    // Remembered before the write ends, so an Undo pressed meanwhile finds it.
    beforeFollowUp.set(valid.id, { before, after: valid })
    await store.update((data) => replaceCard(data, valid))
    return valid
  }
  const followUpError = <T>(run: () => T): T => {
    try {
      return run()
    } catch (error) {
      if (error instanceof FollowUpError) throw new RequestError('invalid-request', error.message)
      throw error
    }
  }

  return {
    ...createDataHandlers(store, clock, dialogs),
    ...createDraftHandlers({
      clock,
      findCard,
      saveCard,
      clipboard,
      openExternal,
      personAsked,
    }),
    ...createImportHandlers({ store, clock, dialogs, newId }),
    ...createOnboardingHandlers({
      store,
      clock,
      newId,
      clipboard,
      showItemInFolder: host.canShowInFolder
        ? showItemInFolder
        : () => {
            throw new RequestError(
              'invalid-request',
              `This copy of Foothold runs in your browser, which cannot open a file manager. Your data is in ${dirname(store.file)}.`,
            )
          },
      rememberDeleted,
      onSettingsSaved,
    }),
    loadFirstScreen: async (): Promise<FirstScreen> => ({
      ...boardState(),
      ...firstScreenOf(store.data.cards, store.data.settings, clock.now(), planOf),
    }),
    loadBoard: async (): Promise<BoardSnapshot> => ({
      ...boardState(),
      cards: [...store.data.cards],
      openCard: takePendingOpen(),
    }),
    createCard: async ({ details }) => {
      const card = CardSchema.parse(createCard(details, newId(), clock.now()))
      await store.update((data) => ({ ...data, cards: [...data.cards, card] }))
      return card
    },
    updateCard: async ({ id, details }) => {
      const now = clock.now()
      const edited = updateCard(findCard(id), details, now)
      // Removing the one person not yet written to completes the stage: the card moves on, as it
      // does after the last "sent", rather than sit there with nothing left to send.
      const next = stageToAdvanceTo(edited, edited.followUps)
      return saveCard(next === null ? edited : moveCard(edited, next, null, now))
    },
    moveCard: async ({ id, to, outcome }) => {
      try {
        const card = findCard(id)
        const moved = moveCard(card, to, outcome, clock.now())
        return moved === card ? card : await saveUndoable(card, moved)
      } catch (error) {
        if (error instanceof MoveError) throw new RequestError('invalid-request', error.message)
        throw error
      }
    },
    deleteCard: async ({ id }) => {
      rememberDeleted(findCard(id))
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
    markSent: async ({ id, stage, interviewers }) => {
      const card = findCard(id)
      // Only the stage the card is in has messages to send: a record made elsewhere would be
      // taken for the answer of a later visit (see visit.ts).
      if (stage !== card.stage) {
        throw new RequestError(
          'invalid-request',
          `${card.company} is in ${STAGE_LABELS[card.stage]} now: only the messages of that stage can be marked sent`,
        )
      }
      const next = followUpError(() =>
        sendAndAdvance(card, card.followUps, stage, interviewers, clock.now()),
      )
      const saved = await saveUndoable(card, { ...next.card, followUps: next.followUps })
      return { card: saved, advancedTo: saved.stage !== card.stage ? saved.stage : null }
    },
    markReplied: async ({ id }) => {
      const card = findCard(id)
      return saveUndoable(card, {
        ...card,
        followUps: markReplied(card.followUps, card.stage, clock.now(), visitOf(card, card.stage)),
      })
    },
    snoozeReminder: async ({ id, key, choice }) => {
      const card = findCard(id)
      if (!key.startsWith(`${id}:`)) {
        throw new RequestError('invalid-request', 'That reminder belongs to another card')
      }
      const { settings } = store.data
      const now = clock.now()
      const timed =
        choice.kind === 'custom'
          ? { kind: 'custom' as const, until: new Date(choice.until) }
          : choice
      const until = snoozeUntil(timed, now, card, settings.timeZone, settings.cadence)
      if (!until) {
        const refusal = snoozeRefusal(timed, now, card, settings.timeZone, settings.cadence)
        throw new RequestError('invalid-request', refusal ?? 'Choose a time in the future')
      }
      return saveUndoable(card, { ...card, followUps: snooze(card.followUps, key, until) })
    },
    undoFollowUp: async ({ id }) => {
      const card = findCard(id)
      const last = beforeFollowUp.get(id)
      // Reminders shown meanwhile do not count as a change; anything else does.
      if (!last || last.after.updatedAt !== card.updatedAt || last.after.stage !== card.stage) {
        throw new RequestError('not-found', 'There is nothing to undo for this interview any more')
      }
      beforeFollowUp.delete(id)
      const shownReminders = card.followUps.shownReminders
      return saveCard({ ...last.before, followUps: { ...last.before.followUps, shownReminders } })
    },
    updateSettings: async ({ settings }) => {
      const before = store.data.settings
      await store.update((data) => ({ ...data, settings }))
      onSettingsSaved(before, settings)
      return settings
    },
  }
}

function replaceCard(data: StoreData, card: Card): StoreData {
  return { ...data, cards: data.cards.map((c) => (c.id === card.id ? card : c)) }
}
