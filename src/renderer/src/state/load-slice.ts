import { DESKTOP_HOST } from '@shared/ipc/host-info'
import type { BoardSnapshot, HostInfo, StoreNotice, StoreStatus } from '@shared/ipc/contract'
import type { BoardSlice } from './board-slice'
import { countsOnTheWay, keepChangesSinceFirstScreen, type BoardData } from './first-screen'
import type { FollowUpsSlice } from './follow-ups-slice'
import { showToast, type NavigationSlice } from './navigation-slice'
import type { SettingsSlice } from './settings-slice'
import { byId, type SliceKit } from './slice-kit'

export interface LoadActions {
  /** Loads the board and follows what main pushes; returns the function that stops following. */
  start(): () => void
  reload(): Promise<void>
  /** Loads the board again in place, after its file changed outside Foothold. */
  refresh(notice: StoreNotice | null): Promise<void>
  /** Reads the board from main again, keeping the view; false when main could not answer. */
  loadInPlace(): Promise<boolean>
  dismissNotice(notice: StoreNotice): void
}

/** Loading the board from main, and what main says about its file and itself. */
export interface LoadSlice {
  notices: readonly StoreNotice[]
  status: StoreStatus
  /** Where main keeps the board; null until it is loaded. */
  dataFile: string | null
  /** Which copy of Foothold answers: the browser edition has no file manager or login item. */
  host: HostInfo
  /** Why nothing can be saved any more (the browser edition's server stopped); null while it runs. */
  stopped: string | null
  actions: LoadActions
}

/** A notice's identity: the file it is about, which no other notice shares. */
export function noticeId(notice: StoreNotice): string {
  return `${notice.kind}:${notice.kind === 'read-only' ? notice.file : notice.keptAs}`
}

type Kit = SliceKit<LoadSlice & FollowUpsSlice & SettingsSlice & BoardSlice & NavigationSlice>

/** `afterPaint` resolves once what the store just took in is on screen. */
export function createLoadSlice(kit: Kit, afterPaint: () => Promise<void>): LoadSlice {
  const { set, get, api, now } = kit
  // Main keeps every notice of the session; a dismissed one stays dismissed when the board reloads.
  const dismissed = new Set<string>()
  // Tells a reload's answers from those of a later reload.
  let loads = 0

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

  const actions: LoadActions = {
    start() {
      const { actions: all } = get()
      const stops = [
        api.on('storeStatus', (status) => set({ status })),
        api.on('openCard', (request) => all.openCard(request)),
        api.on('boardChangedOnDisk', ({ notice }) => void actions.refresh(notice)),
        // The person's own change, made in another tab: no message, just the same board.
        api.on('boardChangedElsewhere', () => void actions.loadInPlace()),
        api.on('hostStopped', ({ reason }) =>
          set((s) => ({ stopped: reason, status: { ...s.status, readOnly: true } })),
        ),
        api.on('reminderInApp', (notice) => all.showInAppReminder(notice)),
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
        (error: unknown) => ({ ok: false, unanswered: true, message: String(error) }) as const,
      )
      if (load !== loads) return
      if (!result.ok) {
        set({
          load:
            'unanswered' in result
              ? { phase: 'failed', message: result.message, unanswered: true }
              : { phase: 'failed', message: result.error.message },
        })
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
      if (result.value.openCard) get().actions.openCard(result.value.openCard)
    },

    async refresh(notice) {
      const loaded = await actions.loadInPlace()
      if (loaded && !notice) showToast(kit, { about: 'data', kind: 'changed-on-disk' })
    },

    async loadInPlace() {
      const result = await api.loadBoard()
      if (!result.ok) return false
      set(fromSnapshot(result.value))
      return true
    },

    dismissNotice(notice) {
      dismissed.add(noticeId(notice))
      set((s) => ({ notices: s.notices.filter((n) => n !== notice) }))
    },
  }

  return {
    notices: [],
    status: { saving: 'idle', message: null, readOnly: false },
    dataFile: null,
    host: DESKTOP_HOST,
    stopped: null,
    actions,
  }
}
