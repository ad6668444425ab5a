import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { BoardActions, BoardState, BoardStore } from './board-store'

const BoardStoreContext = createContext<BoardStore | null>(null)

export function BoardStoreProvider({
  store,
  children,
}: {
  store: BoardStore
  children: ReactNode
}) {
  return <BoardStoreContext.Provider value={store}>{children}</BoardStoreContext.Provider>
}

export function useBoardStore(): BoardStore {
  const store = useContext(BoardStoreContext)
  if (!store) throw new Error('useBoardStore needs a <BoardStoreProvider>')
  return store
}

/** Subscribes to one slice; the component re-renders only when that slice changes. */
export function useBoard<T>(selector: (state: BoardState) => T): T {
  return useStore(useBoardStore(), selector)
}

const selectActions = (state: BoardState) => state.actions

/** The store's actions: one stable object, so using them never causes a re-render. */
export function useBoardActions(): BoardActions {
  return useBoard(selectActions)
}
