import { useEffect } from 'react'
import { useBoardActions } from './board-context'

export const TICK_MS = 60_000

/**
 * Keeps the store's "now" fresh: read from Date.now() once a minute, and again when the window comes
 * back (after a sleep a minute can be days). Reading Date.now() lets end-to-end tests set the time
 * with Playwright's page.clock. Mount it once, near the root.
 */
export function useMinuteClock(): void {
  const actions = useBoardActions()
  useEffect(() => {
    actions.tick()
    const timer = setInterval(actions.tick, TICK_MS)
    const onVisible = () => {
      if (document.visibilityState === 'visible') actions.tick()
    }
    window.addEventListener('focus', actions.tick)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', actions.tick)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [actions])
}
