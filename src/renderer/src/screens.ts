import { lazy } from 'react'
import { loadOpenCard } from './card-panel/CardPanel'
import { loadNewInterviewForm } from './dialogs/NewInterviewDialog'
import { loadProgressView } from './progress/ProgressRoute'
import { loadHelpOverlay } from './shortcuts/Shortcuts'

/*
 * Screens the board does not need to show itself are separate chunks, loaded on first use, so the
 * JS parsed before the first paint is only the board's. Each feature loads its own; the two the
 * app shell shows are here. preloadScreens() fetches them all once the board is up, so opening one
 * stays instant.
 */
const loadSettingsView = () => import('./settings/SettingsView')

const loaders = [
  loadOpenCard,
  loadNewInterviewForm,
  loadSettingsView,
  loadProgressView,
  loadHelpOverlay,
]

export const LazySettingsView = lazy(() =>
  loadSettingsView().then((m) => ({ default: m.SettingsView })),
)

/** Only a first run shows it, so it is not fetched ahead like the others. */
export const LazyOnboardingDialog = lazy(() => import('./onboarding/OnboardingDialog'))

/** Starts loading every screen, when the browser is idle. */
export function preloadScreens(): void {
  const load = () => loaders.forEach((loader) => void loader())
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 2000 })
  else setTimeout(load, 200)
}
