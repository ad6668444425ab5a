import { defineConfig } from '@playwright/test'
import type { HostKind } from './e2e/fixtures'

/**
 * The same specs run on two hosts (see DESIGN.md): the browser host always, the electron host where
 * an Electron binary exists; without one its specs are reported as skipped with the reason.
 */
export default defineConfig<{ host: HostKind }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Its "paths" give the specs the same @shared / @main aliases as the app.
  tsconfig: './tsconfig.node.json',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'browser', use: { host: 'browser' } },
    { name: 'electron', use: { host: 'electron' } },
  ],
})
