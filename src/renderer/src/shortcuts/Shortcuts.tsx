import { Suspense } from 'react'
import { LazyHelpOverlay } from '../screens'
import { closeHelp, useHelp } from './help-state'
import { useShortcuts } from './use-shortcuts'

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
