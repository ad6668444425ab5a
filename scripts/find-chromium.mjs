// Which Chromium the end-to-end specs, the benchmark and the icon renderer drive
// (scripts/check-chromium.mjs asks it first thing in `npm test`).
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Where a system Chromium or Chrome usually is, per platform. */
export function systemBrowsers(platform, env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean)
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ])
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ]
}

export const HOW_TO_GET_ONE =
  'No Chromium or Chrome was found for the end-to-end tests. Get one with `npx playwright install chromium` ' +
  'or your system’s package (Debian and Ubuntu: `sudo apt-get install chromium`), or set CHROMIUM_PATH to one.'

/**
 * CHROMIUM_PATH when it is set, else Playwright's own Chromium when it is installed, else a system
 * Chromium or Chrome.
 */
export function findChromium({
  env = process.env,
  platform = process.platform,
  playwrightChromium = null,
  exists = existsSync,
} = {}) {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { ok: true, path: env.CHROMIUM_PATH }
      : {
          ok: false,
          message: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but nothing is there.`,
        }
  }
  const candidates = [playwrightChromium, ...systemBrowsers(platform, env)].filter(Boolean)
  const path = candidates.find((candidate) => exists(candidate))
  return path ? { ok: true, path } : { ok: false, message: HOW_TO_GET_ONE }
}

/** The path Playwright installs its own Chromium at, or null if Playwright is not there. */
export async function playwrightChromiumPath() {
  try {
    const { chromium } = await import('playwright-core')
    return chromium.executablePath()
  } catch {
    return null
  }
}
