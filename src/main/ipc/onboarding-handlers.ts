import { dirname } from 'node:path'
import { CardSchema } from '@shared/domain/card'
import type { Card } from '@shared/domain/card'
import type { Settings } from '@shared/domain/settings'
import { escapeHtml } from '@shared/drafts/clipboard'
import { isSample, withoutSamples } from '@shared/sample/is-sample'
import { sampleBoard } from '@shared/sample/sample-board'
import type { Clock } from '../clock'
import type { BoardStore } from '../store/board-store'
import type { ClipboardWriter } from './draft-handlers'
import { RequestError } from './request-error'

export interface OnboardingHandlerDeps {
  store: BoardStore
  clock: Clock
  newId: () => string
  clipboard: ClipboardWriter
  /** Opens the file manager with this file selected (shell.showItemInFolder in the app). */
  showItemInFolder: (path: string) => void
  /** Keeps a removed card for the session, so restoreCard can bring it back. */
  rememberDeleted: (card: Card) => void
  onSettingsSaved: (before: Settings, after: Settings) => void
}

/** The first-run welcome, the sample board, and where the data lives. */
export function createOnboardingHandlers(deps: OnboardingHandlerDeps) {
  const { store, clock, newId } = deps

  /** The sample interviews, planned in `timeZone` so their days match what the person sees. */
  const samplesIn = (timeZone: string): Card[] =>
    sampleBoard(clock.now(), timeZone, newId).map((card) => CardSchema.parse(card))

  return {
    finishOnboarding: async ({
      settings,
      sampleBoard: withSamples,
    }: {
      settings: Settings | null
      sampleBoard: boolean
    }) => {
      const before = store.data.settings
      const after = settings ?? before
      // In the zone just chosen.
      const samples =
        withSamples && !store.data.cards.some(isSample) ? samplesIn(after.timeZone) : []
      await store.update((data) => ({
        ...data,
        onboarded: true,
        settings: after,
        cards: [...data.cards, ...samples],
      }))
      if (settings) deps.onSettingsSaved(before, after)
      return { settings: after, cards: [...store.data.cards] }
    },
    addSampleBoard: async () => {
      if (store.data.cards.some(isSample)) {
        throw new RequestError('invalid-request', 'The sample interviews are already on your board')
      }
      const samples = samplesIn(store.data.settings.timeZone)
      await store.update((data) => ({ ...data, cards: [...data.cards, ...samples] }))
      return samples
    },
    removeSampleCards: async () => {
      const { removed } = withoutSamples(store.data.cards)
      for (const card of removed) deps.rememberDeleted(card)
      const ids = new Set(removed.map((card) => card.id))
      // Filtered again inside the update: a card added meanwhile must stay.
      await store.update((data) => ({ ...data, cards: data.cards.filter((c) => !ids.has(c.id)) }))
      return { ids: [...ids] }
    },
    showDataFolder: async () => {
      deps.showItemInFolder(store.file)
      return { folder: dirname(store.file) }
    },
    copyDataFolderPath: async () => {
      const folder = dirname(store.file)
      await deps.clipboard.write({ text: folder, html: escapeHtml(folder) })
      return { folder }
    },
  }
}
