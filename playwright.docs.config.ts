import { defineConfig } from '@playwright/test'
import type { HostKind } from './e2e/fixtures'
import base from './playwright.config'

/** Renders the screenshots under docs/screenshots with the browser host. */
export default defineConfig<{ host: HostKind }>({
  ...base,
  testDir: 'e2e/docs',
  testMatch: '**/*.shot.ts',
  projects: [{ name: 'browser', use: { host: 'browser' } }],
})
