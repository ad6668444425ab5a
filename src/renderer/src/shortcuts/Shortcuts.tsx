import { lazy, Suspense } from 'react'
import { closeHelp, useHelp } from './help-state'
import { useShortcuts } from './use-shortcuts'

/** The overlay is a chunk of its own, fetched once the board is up (see screens.ts). */
export const loadHelpOverlay = () => import('./HelpOverlay')
const LazyHelpOverlay = lazy(loadHelpOverlay)

/** Listens for the shortcuts and shows the overlay that lists them. */
export function Shortcuts() {
  useShortcuts()
  const open = useHelp((s) => s.open)
  return open ? (
    <Suspense fallback={null}>
      <LazyHelpOverlay onClose={closeHelp} />
    </Suspense>
  ) : null
}
