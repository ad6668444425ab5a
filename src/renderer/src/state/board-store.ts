import { createStore, type StoreApi } from 'zustand/vanilla'
import type { FootholdApi } from '@shared/ipc/contract'
import { boardUndoers, createBoardSlice, type BoardSlice } from './board-slice'
import { createDataSlice, dataUndoers, type DataSlice } from './data-slice'
import { createDraftsSlice, draftUndoers, type DraftsSlice } from './drafts-slice'
import { createFollowUpsSlice, followUpUndoers, type FollowUpsSlice } from './follow-ups-slice'
import { createLoadSlice, type LoadSlice } from './load-slice'
import { createNavigationSlice, type NavigationSlice, type UndoHandlers } from './navigation-slice'
import { createSettingsSlice, type SettingsSlice } from './settings-slice'
import type { SliceKit } from './slice-kit'

// What the features use of the slices' own exports, from the store's one front door.
export type { SnoozeChoice } from './follow-ups-slice'
export { noticeId } from './load-slice'
export type { Toast } from './navigation-slice'

/*
 * The one store of the window, made of one slice per feature area. Each slice may use the slices
 * before it in this list, never one after it: navigation and toasts, the board and its moves,
 * settings, follow-ups, drafts, loading the board, and its data (backups, import, export). The
 * one call back up, a toast's Undo, goes through the handlers each slice hands in (UndoHandlers).
 */
export type BoardState = NavigationSlice &
  BoardSlice &
  SettingsSlice &
  FollowUpsSlice &
  DraftsSlice &
  LoadSlice &
  DataSlice

export type BoardActions = BoardState['actions']

export type BoardStore = StoreApi<BoardState>

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
  let seq = 0

  return createStore<BoardState>()((set, get) => {
    const kit: SliceKit<BoardState> = { set, get, api, now, nextSeq: () => ++seq }
    const undoers: UndoHandlers = {
      ...boardUndoers(kit),
      ...followUpUndoers(kit),
      ...draftUndoers(kit),
      ...dataUndoers(kit),
    }
    const navigation = createNavigationSlice(kit, undoers)
    const board = createBoardSlice(kit)
    const settings = createSettingsSlice(kit, localTimeZone)
    const followUps = createFollowUpsSlice(kit)
    const drafts = createDraftsSlice(kit)
    const load = createLoadSlice(kit, afterPaint)
    const data = createDataSlice(kit)
    return {
      ...navigation,
      ...board,
      ...settings,
      ...followUps,
      ...drafts,
      ...load,
      ...data,
      actions: {
        ...navigation.actions,
        ...board.actions,
        ...settings.actions,
        ...followUps.actions,
        ...drafts.actions,
        ...load.actions,
        ...data.actions,
      },
    }
  })
}
