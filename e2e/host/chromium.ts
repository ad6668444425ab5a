import { chromium } from '@playwright/test'
import { findChromium } from '../../scripts/find-chromium.mjs'

/** CHROMIUM_PATH, Playwright's own Chromium, or a system Chromium or Chrome (find-chromium.mjs). */
export function chromiumPath(): string {
  const found = findChromium({ playwrightChromium: chromium.executablePath() })
  if (!found.ok) throw new Error(found.message)
  return found.path
}

/** The arguments the e2e specs and the benchmark give it. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
