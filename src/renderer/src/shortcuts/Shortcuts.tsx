import { lazy, Suspense } from 'react'
import { closeHelp, useHelp } from './help-state'
import { useShortcuts } from './use-shortcuts'

const HelpOverlay = lazy(() => import('./HelpOverlay'))

/** Listens for the shortcuts and shows the overlay that lists them. */
export function Shortcuts() {
  useShortcuts()
  const open = useHelp((s) => s.open)
  return open ? (
    <Suspense fallback={null}>
      <HelpOverlay onClose={closeHelp} />
    </Suspense>
  ) : null
}
