import { lazy } from 'react'

/*
 * Screens the board does not need to show itself are separate chunks, loaded on first use, so the
 * JS parsed before the first paint is only the board's. preloadScreens() fetches them once the
 * board is up, so opening one stays instant.
 */
const loaders = {
  openCard: () => import('./card-panel/OpenCard'),
  newInterview: () => import('./dialogs/NewInterviewForm'),
  settings: () => import('./settings/SettingsView'),
  progress: () => import('./progress/ProgressView'),
  help: () => import('./shortcuts/HelpOverlay'),
}

export const LazyOpenCard = lazy(() => loaders.openCard().then((m) => ({ default: m.OpenCard })))
export const LazyNewInterviewForm = lazy(() =>
  loaders.newInterview().then((m) => ({ default: m.NewInterviewForm })),
)
export const LazySettingsView = lazy(() =>
  loaders.settings().then((m) => ({ default: m.SettingsView })),
)

export const LazyProgressView = lazy(() =>
  loaders.progress().then((m) => ({ default: m.ProgressView })),
)

export const LazyHelpOverlay = lazy(loaders.help)

/** Only a first run shows it, so it is not fetched ahead like the others. */
export const LazyOnboardingDialog = lazy(() => import('./onboarding/OnboardingDialog'))

/** Starts loading every screen, when the browser is idle. */
export function preloadScreens(): void {
  const load = () => Object.values(loaders).forEach((loader) => void loader())
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 2000 })
  else setTimeout(load, 200)
}
