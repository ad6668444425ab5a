import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { BoardStoreProvider } from '../state/board-context'
import type { BoardStore } from '../state/board-store'

/** Renders `ui` under `store` into a new element in the page; unmount with `root.unmount()`. */
export async function renderWithStore(
  store: BoardStore,
  ui: ReactNode,
): Promise<{ container: HTMLElement; root: Root }> {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  await act(async () => root.render(<BoardStoreProvider store={store}>{ui}</BoardStoreProvider>))
  return { container, root }
}
