import { createStore, type StoreApi } from 'zustand/vanilla'
import { describeMove, moveCard as applyMove } from '../../../shared/domain/board'
import {
  STAGE_LABELS,
  type Card,
  type InterviewDetails,
  type Outcome,
  type Stage,
} from '../../../shared/domain/interview'
import { defaultSettings, type Settings } from '../../../shared/domain/settings'
import { DESKTOP_HOST } from '../../../shared/ipc/host-info'
import type {
  BackupList,
  BackupSummary,
  BoardReplaced,
  BoardSnapshot,
  CardsImported,
  CsvFile,
  ExportedFile,
  FootholdApi,
  HostInfo,
  OpenCardRequest,
  RequestOf,
  StoreNotice,
  StoreStatus,
} from '../../../shared/ipc/contract'
import type { IpcResult } from '../../../shared/ipc/result'
import type { ImportedInterview } from '../../../shared/import/interviews'
import { importUndoneMessage, importedCardsMessage } from '../import/import-text'
import type { ReminderNotice } from '../../../shared/cadence/reminder-text'
import { formatDueDateTime } from '../common/due-format'
import {
  copiedMessage,
  mailAppMessage,
  resetMessage,
  RESTORED_MESSAGE,
} from '../drafts/draft-messages'
import {
  backupTime,
  exportedMessage,
  importedMessage,
  restoredMessage,
} from '../settings/data-text'
import { calendarExportedMessage, csvExportedMessage } from '../settings/export-text'
import { markSentMessage, repliedMessage, savedMessage } from './follow-up-messages'
import { countsOnTheWay, keepChangesSinceFirstScreen, type BoardData } from './first-screen'
import type { BoardCounts } from '../../../shared/board-view/first-screen'

/** What the Undo button of the current toast will do. */
export type UndoAction =
  | { kind: 'move'; cardId: string; to: Stage; outcome: Outcome | null }
  | { kind: 'restore'; cardId: string }
  /** Brings back the sample interviews "Remove them" took away. */
  | { kind: 'restore-samples'; cardIds: string[] }
  /** Reverts the card's last "sent", "replied" or snooze in main (and a move it caused). */
  | { kind: 'follow-up'; cardId: string }
  /** Puts back the wording a "Reset to template" dropped. */
  | { kind: 'draft'; request: RequestOf<'saveDraft'> }
  /** Removes the cards a spreadsheet import added. */
  | { kind: 'import'; cardIds: string[] }

export type Recipients = 'all' | string[]
export type SnoozeChoice = RequestOf<'snoozeReminder'>['choice']

export interface Toast {
  /** Changes with every new toast, so its auto-dismiss timer restarts. */
  id: number
  message: string
  tone: 'info' | 'error'
  undo: UndoAction | null
}

/** Where the person asked to go; held back while the open card or the settings have unsaved edits. */
export type Navigation =
  | { kind: 'select'; cardId: string | null }
  | { kind: 'new-interview' }
  | { kind: 'settings' }
  | { kind: 'progress' }
  | { kind: 'board' }

/** What fills the window below the top bar. */
export type View = 'board' | 'settings' | 'progress'

export type LoadState =
  { phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; message: string }

export interface BoardActions {
  /** Loads the board and follows save status; returns the function that stops following. */
  start(): () => void
  reload(): Promise<void>
  /** Loads the board again in place, after its file changed outside Foothold. */
  refresh(notice: StoreNotice | null): Promise<void>
  /** The backups folder and what each backup holds, newest first. */
  listBackups(): Promise<IpcResult<BackupList>>
  /** Replaces the board with a backup (main keeps the current board as a backup first). */
  restoreBackup(backup: BackupSummary): Promise<IpcResult<BoardReplaced>>
  /** Asks for a JSON file and replaces the board with it; null when the person cancelled. */
  importBoard(): Promise<IpcResult<BoardReplaced | null>>
  /** Asks where to save the board as JSON, and writes it there; null when cancelled. */
  exportBoard(): Promise<IpcResult<{ file: string } | null>>
  /** Asks where to save a spreadsheet (CSV) of the interviews, and writes it; null when cancelled. */
  exportCsv(): Promise<IpcResult<ExportedFile | null>>
  /** Asks where to save the follow-ups still to send as a calendar (.ics); null when cancelled. */
  exportCalendar(): Promise<IpcResult<ExportedFile | null>>
  /** Asks for a spreadsheet (CSV) and returns its text; null when cancelled. */
  readCsvFile(): Promise<IpcResult<CsvFile | null>>
  /** Adds checked interviews as new cards; the toast's Undo takes them all back. */
  importCards(interviews: ImportedInterview[]): Promise<IpcResult<CardsImported>>
  setQuery(query: string): void
  navigate(to: Navigation): void
  setPanelDirty(dirty: boolean): void
  discardAndContinue(): void
  keepEditing(): void
  closeNewInterview(): void
  createCard(details: InterviewDetails): Promise<IpcResult<Card>>
  /** Saves checked settings; the board plans with them from then on. */
  saveSettings(settings: Settings): Promise<IpcResult<Settings>>
  saveCard(id: string, details: InterviewDetails): Promise<IpcResult<Card>>
  /** A drop or a "Move to…" choice: closing asks for an outcome first. */
  requestMove(id: string, to: Stage): void
  /** Opens the outcome dialog, also to change the outcome of a closed card. */
  askOutcome(id: string): void
  confirmClose(outcome: Outcome): void
  cancelClose(): void
  moveCard(id: string, to: Stage, outcome: Outcome | null, undoable?: boolean): Promise<void>
  deleteCard(id: string): Promise<void>
  undo(): Promise<void>
  dismissToast(): void
  dismissNotice(notice: StoreNotice): void
  /** Scrolls a card into view in its column and focuses it if focus has nowhere better to be. */
  reveal(cardId: string): void
  /** Reads the clock again; the clock hook calls it once a minute. */
  tick(): void
  /** Shows only the cards that need action now, or every card again. */
  toggleDueOnly(): void
  /** Resolves true when main recorded it. */
  markSent(id: string, stage: Stage, interviewers: Recipients): Promise<boolean>
  markReplied(id: string): Promise<boolean>
  snooze(id: string, key: string, choice: SnoozeChoice): Promise<boolean>
  /** A reminder was clicked: open the card on that follow-up. */
  openCard(request: OpenCardRequest): void
  /** The panel has scrolled to the follow-up asked for; a later opening of the card will not. */
  followUpFocused(seq: number): void
  dismissInAppReminder(key: string): void
  /** Keeps the person's wording of one draft, quietly: the editor shows Saving… and Saved. */
  saveDraft(request: RequestOf<'saveDraft'>): Promise<IpcResult<Card>>
  /** Back to the template; given the wording it drops, says so with an Undo that restores it. */
  resetDraft(
    request: RequestOf<'resetDraft'>,
    undoTo?: { subject: string; body: string } | null,
  ): Promise<IpcResult<Card>>
  /** Resolves true once the draft is on the clipboard. */
  copyDraft(request: RequestOf<'copyDraft'>): Promise<boolean>
  /** Resolves true once the mail app was asked to open the draft. */
  openInMailApp(request: RequestOf<'openInMailApp'>): Promise<boolean>
  /** Ends the first-run welcome: saves `settings` (null keeps the defaults), maybe with samples. */
  finishOnboarding(request: RequestOf<'finishOnboarding'>): Promise<IpcResult<unknown>>
  addSampleBoard(): Promise<void>
  /** Deletes every sample card in one go, with an Undo that brings them back. */
  removeSampleCards(): Promise<void>
  showDataFolder(): Promise<void>
  copyDataFolderPath(): Promise<void>
}

export interface BoardState {
  load: LoadState
  cards: Readonly<Record<string, Card>>
  settings: Settings
  notices: readonly StoreNotice[]
  status: StoreStatus
  query: string
  selectedCardId: string | null
  view: View
  newInterviewOpen: boolean
  /** The card waiting for an outcome before it can move to Closed. */
  closingCardId: string | null
  /** The open card's panel, or the settings view, has unsaved edits. */
  panelDirty: boolean
  pendingNavigation: Navigation | null
  toast: Toast | null
  /** A card a column should scroll to; `seq` tells a repeated request from one already handled. */
  revealRequest: { cardId: string; seq: number } | null
  /** "Now" in ms since the epoch, read from the clock once a minute (see clock.ts). */
  now: number
  /** The "Due" pill's filter: only cards that need action now. */
  dueOnly: boolean
  /** A follow-up row the open card's panel should scroll to and focus. */
  followUpFocus: { cardId: string; key: string | null; seq: number } | null
  /** Reminders the OS would not show (notifications off): the window shows them until dismissed. */
  inAppReminders: readonly ReminderNotice[]
  /** Where main keeps the board; null until it is loaded. */
  dataFile: string | null
  /** False on a first run, until the welcome is finished or skipped. */
  onboarded: boolean
  /** Which copy of Foothold answers: the browser edition has no file manager or login item. */
  host: HostInfo
  /** Why nothing can be saved any more (the browser edition's server stopped); null while it runs. */
  stopped: string | null
  /**
   * Set while the window shows main's first screen (the top of each column) and the rest of the
   * cards are on their way: what those cards add to the counts.
   */
  onTheWay: BoardCounts | null
  actions: BoardActions
}

export type BoardStore = StoreApi<BoardState>

/** A notice's identity: the file it is about, which no other notice shares. */
export function noticeId(notice: StoreNotice): string {
  return `${notice.kind}:${notice.kind === 'read-only' ? notice.file : notice.keptAs}`
}

export interface BoardStoreOptions {
  now?: () => Date
  localTimeZone?: string
  /** Resolves once what the store just took in is on screen (see afterNextPaint). */
  afterPaint?: () => Promise<void>
}

/**
 * Once the next frame has been drawn: React renders a store change at once, so by then it shows.
 * A hidden window may draw no frames, so it waits 100 ms at most; where nothing draws, not at all.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
}

export function createBoardStore(api: FootholdApi, options: BoardStoreOptions = {}): BoardStore {
  const now = options.now ?? (() => new Date())
  const localTimeZone = options.localTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const afterPaint = options.afterPaint ?? afterNextPaint
  let toastCounter = 0
  // Main keeps every notice of the session; a dismissed one stays dismissed when the board reloads.
  const dismissed = new Set<string>()
  let revealCounter = 0
  let focusCounter = 0
  // Tells a reload's answers from those of a later reload.
  let loads = 0

  return createStore<BoardState>()((set, get) => {
    const putCard = (card: Card) => set((s) => ({ cards: { ...s.cards, [card.id]: card } }))

    /** A card main answered with, unless it was deleted or a later answer is already in. */
    const putAnswer = (card: Card) => {
      const current = get().cards[card.id]
      if (current && current.updatedAt <= card.updatedAt) putCard(card)
    }

    const nameOf = (card: Card, interviewerId: string) =>
      card.interviewers.find((i) => i.id === interviewerId)?.name ?? 'them'

    const removeCard = (id: string) =>
      set((s) => {
        const { [id]: _removed, ...cards } = s.cards
        const wasOpen = s.selectedCardId === id
        return {
          cards,
          selectedCardId: wasOpen ? null : s.selectedCardId,
          panelDirty: wasOpen ? false : s.panelDirty,
          pendingNavigation: wasOpen ? null : s.pendingNavigation,
        }
      })

    const showToast = (
      message: string,
      tone: Toast['tone'] = 'info',
      undo: UndoAction | null = null,
    ) => set({ toast: { id: ++toastCounter, message, tone, undo } })

    /** Main's undo of the card's last move or follow-up action: the card exactly as before it. */
    const undoInMain = async (cardId: string): Promise<IpcResult<Card>> => {
      const before = get().cards[cardId]
      const undone = await api.undoFollowUp({ id: cardId })
      if (!undone.ok) return undone
      const card = undone.value
      putCard(card)
      showToast(
        before && before.stage !== card.stage
          ? `Undone — ${card.company} is back in ${STAGE_LABELS[card.stage]}`
          : `Undone — ${card.company} is as it was`,
      )
      return undone
    }

    /** A spreadsheet or calendar export: a toast names the file and what went into it. */
    const exportAs =
      (
        request: () => Promise<IpcResult<ExportedFile | null>>,
        message: (exported: ExportedFile) => string,
      ) =>
      async () => {
        const result = await request()
        if (result.ok && result.value) showToast(message(result.value))
        return result
      }

    /** After a copy or a mail link: keep main's card and say what left Foothold, or why not. */
    const draftLeft = (
      result: IpcResult<Card>,
      interviewerId: string,
      failure: string,
      message: (name: string) => string,
    ) => {
      if (!result.ok) {
        showToast(`${failure}: ${result.error.message}`, 'error')
        return false
      }
      putAnswer(result.value)
      showToast(message(nameOf(result.value, interviewerId)))
      return true
    }

    const go = (to: Navigation) => {
      const left = { panelDirty: false, pendingNavigation: null }
      switch (to.kind) {
        case 'select':
          return set({ ...left, view: 'board', selectedCardId: to.cardId })
        case 'new-interview':
          return set({ ...left, view: 'board', selectedCardId: null, newInterviewOpen: true })
        case 'settings':
          return set({ ...left, view: 'settings', selectedCardId: null })
        case 'progress':
          return set({ ...left, view: 'progress', selectedCardId: null })
        case 'board':
          return set({ ...left, view: 'board' })
      }
    }

    /** What main says of the board besides its cards, less the notices already dismissed. */
    const boardState = ({
      settings,
      notices,
      status,
      dataFile,
      onboarded,
      host,
    }: Omit<BoardSnapshot, 'cards' | 'openCard'>) => ({
      onboarded,
      host,
      settings,
      notices: notices.filter((n) => !dismissed.has(noticeId(n))),
      status,
      dataFile,
    })

    /** The whole board as main answered it. */
    const fromSnapshot = (snapshot: BoardSnapshot) => ({
      ...boardState(snapshot),
      cards: byId(snapshot.cards),
      onTheWay: null,
    })

    /** Reads the board from main again, keeping the view; false when main could not answer. */
    const loadInPlace = async () => {
      const result = await api.loadBoard()
      if (!result.ok) return false
      set(fromSnapshot(result.value))
      return true
    }

    /** After a restore or an import: the new board, and what happened instead of "changed on disk". */
    const showReplaced = async (message: string) => {
      await loadInPlace()
      showToast(message)
    }

    const actions: BoardActions = {
      start() {
        const stops = [
          api.on('storeStatus', (status) => set({ status })),
          api.on('openCard', (request) => actions.openCard(request)),
          api.on('boardChangedOnDisk', ({ notice }) => void actions.refresh(notice)),
          // The person's own change, made in another tab: no message, just the same board.
          api.on('boardChangedElsewhere', () => void loadInPlace()),
          api.on('hostStopped', ({ reason }) =>
            set((s) => ({ stopped: reason, status: { ...s.status, readOnly: true } })),
          ),
          api.on('reminderInApp', (notice) =>
            set((s) => ({
              inAppReminders: [...s.inAppReminders.filter((n) => n.key !== notice.key), notice],
            })),
          ),
        ]
        void actions.reload()
        return () => stops.forEach((stop) => stop())
      },

      async reload() {
        const load = ++loads
        set({ load: { phase: 'loading' } })
        // The small first screen is drawn before the whole board is asked for, so that taking in
        // thousands of cards cannot hold up that first picture.
        let shown: BoardData | null = null
        const first = await api.loadFirstScreen().catch(() => null)
        if (load !== loads) return
        if (first?.ok) {
          const { cards, counts, ...rest } = first.value
          const at = now()
          set({
            ...boardState(rest),
            cards: byId(cards),
            onTheWay: countsOnTheWay(counts, cards, rest.settings, at),
            load: { phase: 'ready' },
            now: at.getTime(),
          })
          shown = { cards: get().cards, settings: get().settings }
          await afterPaint()
        }
        const result = await api.loadBoard().catch(
          // Not an answer from main at all (it was not listening yet): say so, and offer a retry.
          (error: unknown) =>
            ({ ok: false, error: { message: `no answer (${String(error)})` } }) as const,
        )
        if (load !== loads) return
        if (!result.ok) {
          set({ load: { phase: 'failed', message: result.error.message } })
          return
        }
        const snapshot = fromSnapshot(result.value)
        set({
          ...snapshot,
          ...(shown ? keepChangesSinceFirstScreen(snapshot, shown, get()) : {}),
          load: { phase: 'ready' },
          now: now().getTime(),
        })
        // A reminder clicked before the window was ready.
        if (result.value.openCard) actions.openCard(result.value.openCard)
      },

      async refresh(notice) {
        const loaded = await loadInPlace()
        if (loaded && !notice)
          showToast('Your board changed on disk outside Foothold, and has been reloaded.')
      },

      listBackups: () => api.listBackups(),

      async restoreBackup(backup) {
        // Named as the list showed it, before the restored settings bring their own zone.
        const when = backupTime(backup.takenAt, get().settings.timeZone, now())
        const result = await api.restoreBackup({ name: backup.name })
        if (result.ok) await showReplaced(restoredMessage(when, result.value))
        return result
      },

      async importBoard() {
        const result = await api.importBoard()
        if (result.ok && result.value) await showReplaced(importedMessage(result.value))
        return result
      },

      async exportBoard() {
        const result = await api.exportBoard()
        if (result.ok && result.value) showToast(exportedMessage(result.value.file))
        return result
      },

      exportCsv: exportAs(() => api.exportCsv(), csvExportedMessage),
      exportCalendar: exportAs(() => api.exportCalendar(), calendarExportedMessage),

      readCsvFile: () => api.readCsvFile(),

      async importCards(interviews) {
        const result = await api.importCards({ interviews })
        if (result.ok) {
          const { cards } = result.value
          set((s) => ({
            cards: { ...s.cards, ...byId(cards) },
          }))
          showToast(importedCardsMessage(cards.length), 'info', {
            kind: 'import',
            cardIds: cards.map((c) => c.id),
          })
        }
        return result
      },

      setQuery: (query) => set({ query }),

      navigate(to) {
        const { panelDirty, selectedCardId, view } = get()
        const staysOnCard = to.kind === 'select' && to.cardId === selectedCardId && view === 'board'
        const staysOnView = to.kind === view
        if (staysOnCard || staysOnView) return
        const editing = view === 'settings' || selectedCardId !== null
        if (panelDirty && editing) set({ pendingNavigation: to })
        else go(to)
      },

      setPanelDirty: (panelDirty) => set({ panelDirty }),

      discardAndContinue() {
        const next = get().pendingNavigation
        if (next) go(next)
      },

      keepEditing: () => set({ pendingNavigation: null }),

      closeNewInterview: () => set({ newInterviewOpen: false }),

      async createCard(details) {
        const result = await api.createCard({ details })
        if (result.ok) {
          putCard(result.value)
          showToast(`Added ${result.value.company} to Thank-you`)
          actions.reveal(result.value.id)
        }
        return result
      },

      async saveSettings(settings) {
        const result = await api.updateSettings({ settings })
        if (result.ok) {
          // A new settings object starts the plan cache afresh: every card plans with the new cadence.
          set({ settings: result.value })
          showToast('Settings saved')
        } else {
          showToast(`Couldn't save your settings: ${result.error.message}`, 'error')
        }
        return result
      },

      async saveCard(id, details) {
        const before = get().cards[id]
        const result = await api.updateCard({ id, details })
        if (result.ok) {
          putCard(result.value)
          showToast(savedMessage(before ?? result.value, result.value))
        }
        return result
      },

      requestMove(id, to) {
        const card = get().cards[id]
        if (!card || card.stage === to) return
        if (to === 'closed') actions.askOutcome(id)
        else void actions.moveCard(id, to, null)
      },

      askOutcome: (id) => set({ closingCardId: id }),

      confirmClose(outcome) {
        const id = get().closingCardId
        set({ closingCardId: null })
        if (id !== null) void actions.moveCard(id, 'closed', outcome)
      },

      cancelClose: () => set({ closingCardId: null }),

      // Optimistic: the card moves at once; if main refuses, it goes back and the reason is shown.
      async moveCard(id, to, outcome, undoable = true) {
        const before = get().cards[id]
        if (!before || (before.stage === to && before.outcome === outcome)) return
        let moved: Card
        try {
          moved = applyMove(before, to, outcome, now())
        } catch (error) {
          showToast((error as Error).message, 'error')
          return
        }
        putCard(moved)
        showToast(
          describeMove(before, to, outcome),
          'info',
          undoable ? { kind: 'move', cardId: id, to: before.stage, outcome: before.outcome } : null,
        )
        const result = await api.moveCard({ id, to, outcome })
        // A later change to the same card wins over this answer.
        if (get().cards[id] !== moved) return
        if (result.ok) {
          putCard(result.value)
        } else {
          putCard(before)
          showToast(`Couldn't move ${before.company}: ${result.error.message}`, 'error')
        }
      },

      async deleteCard(id) {
        const card = get().cards[id]
        if (!card) return
        removeCard(id)
        showToast(`Deleted ${card.company}`, 'info', { kind: 'restore', cardId: id })
        const result = await api.deleteCard({ id })
        if (!result.ok) {
          if (!get().cards[id]) putCard(card)
          showToast(`Couldn't delete ${card.company}: ${result.error.message}`, 'error')
        }
      },

      async undo() {
        const undo = get().toast?.undo
        if (!undo) return
        set({ toast: null })
        if (undo.kind === 'move') {
          // Main puts the card back as it was, so what was sent in the stage it returns to still
          // counts. If main no longer can (it restarted meanwhile), the card is moved back anew.
          const undone = await undoInMain(undo.cardId)
          if (!undone.ok) await actions.moveCard(undo.cardId, undo.to, undo.outcome, false)
          return
        }
        if (undo.kind === 'draft') {
          const saved = await actions.saveDraft(undo.request)
          if (saved.ok) showToast(RESTORED_MESSAGE)
          else showToast(`Couldn't undo: ${saved.error.message}`, 'error')
          return
        }
        if (undo.kind === 'import') {
          const undone = await api.undoImport()
          if (!undone.ok) {
            showToast(`Couldn't undo the import: ${undone.error.message}`, 'error')
            return
          }
          undo.cardIds.forEach(removeCard)
          showToast(importUndoneMessage(undone.value.removed))
          return
        }
        if (undo.kind === 'follow-up') {
          const undone = await undoInMain(undo.cardId)
          if (!undone.ok) showToast(`Couldn't undo: ${undone.error.message}`, 'error')
          return
        }
        if (undo.kind === 'restore-samples') {
          for (const id of undo.cardIds) {
            const restored = await api.restoreCard({ id })
            if (restored.ok) putCard(restored.value)
          }
          showToast('The sample interviews are back')
          return
        }
        const result = await api.restoreCard({ id: undo.cardId })
        if (result.ok) {
          putCard(result.value)
          showToast(`Restored ${result.value.company}`)
        } else {
          showToast(`Couldn't restore the card: ${result.error.message}`, 'error')
        }
      },

      dismissToast: () => set({ toast: null }),

      async finishOnboarding(request) {
        const result = await api.finishOnboarding(request)
        if (result.ok) {
          const { settings, cards } = result.value
          set({ onboarded: true, settings, cards: byId(cards) })
        }
        return result
      },

      async addSampleBoard() {
        const result = await api.addSampleBoard()
        if (!result.ok)
          return showToast(`Couldn't add the samples: ${result.error.message}`, 'error')
        result.value.forEach(putCard)
        // Through navigate, so unsaved Settings edits are asked about, not dropped.
        actions.navigate({ kind: 'board' })
        showToast('Added sample interviews to your board')
      },

      async removeSampleCards() {
        const result = await api.removeSampleCards()
        if (!result.ok) return showToast(`Couldn't remove them: ${result.error.message}`, 'error')
        const { ids } = result.value
        ids.forEach(removeCard)
        // Main removed those still on their way too.
        set((s) => (s.onTheWay ? { onTheWay: { ...s.onTheWay, samples: 0 } } : {}))
        showToast('Removed the sample interviews', 'info', {
          kind: 'restore-samples',
          cardIds: ids,
        })
      },

      async showDataFolder() {
        const result = await api.showDataFolder()
        if (!result.ok) showToast(`Couldn't open the folder: ${result.error.message}`, 'error')
      },

      async copyDataFolderPath() {
        const result = await api.copyDataFolderPath()
        if (result.ok) showToast('Copied the data folder’s path')
        else showToast(`Couldn't copy the path: ${result.error.message}`, 'error')
      },

      dismissInAppReminder: (key) =>
        set((s) => ({ inAppReminders: s.inAppReminders.filter((n) => n.key !== key) })),

      dismissNotice(notice) {
        dismissed.add(noticeId(notice))
        set((s) => ({ notices: s.notices.filter((n) => n !== notice) }))
      },

      reveal: (cardId) => set({ revealRequest: { cardId, seq: ++revealCounter } }),

      tick() {
        const at = now().getTime()
        if (at !== get().now) set({ now: at })
      },

      toggleDueOnly: () => set((s) => ({ dueOnly: !s.dueOnly })),

      async markSent(id, stage, interviewers) {
        const card = get().cards[id]
        if (!card) return false
        const result = await api.markSent({ id, stage, interviewers })
        if (!result.ok) {
          showToast(`Couldn't mark it sent: ${result.error.message}`, 'error')
          return false
        }
        putCard(result.value.card)
        const message = markSentMessage(card, stage, interviewers, result.value.advancedTo)
        showToast(message, 'info', { kind: 'follow-up', cardId: id })
        return true
      },

      async markReplied(id) {
        const card = get().cards[id]
        if (!card) return false
        const result = await api.markReplied({ id })
        if (!result.ok) {
          showToast(`Couldn't note the reply: ${result.error.message}`, 'error')
          return false
        }
        putCard(result.value)
        showToast(repliedMessage(card), 'info', { kind: 'follow-up', cardId: id })
        return true
      },

      async snooze(id, key, choice) {
        const result = await api.snoozeReminder({ id, key, choice })
        if (!result.ok) {
          showToast(`Couldn't snooze: ${result.error.message}`, 'error')
          return false
        }
        putCard(result.value)
        const until = result.value.followUps.snoozes.find((s) => s.key === key)?.until
        const { timeZone } = get().settings
        showToast(
          until ? `Snoozed until ${formatDueDateTime(until, timeZone)}` : 'Snoozed',
          'info',
          { kind: 'follow-up', cardId: id },
        )
        return true
      },

      openCard({ cardId, key }) {
        // A click on a reminder often comes after a sleep: read the clock before showing what is due.
        actions.tick()
        if (!get().cards[cardId]) {
          // Not in yet: main also hands the request to the whole board's answer, which opens it.
          if (get().load.phase !== 'ready' || get().onTheWay) return
          showToast('That interview is no longer on the board', 'error')
          return
        }
        actions.navigate({ kind: 'select', cardId })
        set({ followUpFocus: { cardId, key, seq: ++focusCounter } })
      },

      followUpFocused(seq) {
        if (get().followUpFocus?.seq === seq) set({ followUpFocus: null })
      },

      async saveDraft(request) {
        const result = await api.saveDraft(request)
        if (result.ok) putAnswer(result.value)
        return result
      },

      async resetDraft(request, undoTo = null) {
        const result = await api.resetDraft(request)
        if (!result.ok) {
          showToast(`Couldn't reset the draft: ${result.error.message}`, 'error')
          return result
        }
        putAnswer(result.value)
        if (undoTo) {
          const name = nameOf(result.value, request.interviewerId)
          showToast(resetMessage(request.channel, name), 'info', {
            kind: 'draft',
            request: { ...request, ...undoTo },
          })
        }
        return result
      },

      async copyDraft(request) {
        const result = await api.copyDraft(request)
        return draftLeft(result, request.interviewerId, "Couldn't copy the draft", (name) =>
          copiedMessage(request.part, request.channel, name),
        )
      },

      async openInMailApp(request) {
        const result = await api.openInMailApp(request)
        const card: IpcResult<Card> = result.ok ? { ok: true, value: result.value.card } : result
        const shortened = result.ok && result.value.shortened
        return draftLeft(card, request.interviewerId, "Couldn't open your mail app", (name) =>
          mailAppMessage(name, shortened),
        )
      },
    }

    return {
      load: { phase: 'loading' },
      cards: {},
      settings: defaultSettings(localTimeZone),
      notices: [],
      status: { saving: 'idle', message: null, readOnly: false },
      query: '',
      selectedCardId: null,
      view: 'board',
      newInterviewOpen: false,
      closingCardId: null,
      panelDirty: false,
      pendingNavigation: null,
      toast: null,
      revealRequest: null,
      now: now().getTime(),
      dueOnly: false,
      followUpFocus: null,
      inAppReminders: [],
      dataFile: null,
      onboarded: true,
      host: DESKTOP_HOST,
      stopped: null,
      onTheWay: null,
      actions,
    }
  })
}

function byId(cards: readonly Card[]): Record<string, Card> {
  return Object.fromEntries(cards.map((card) => [card.id, card]))
}
