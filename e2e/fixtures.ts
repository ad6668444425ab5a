import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, ElectronApplication, Page } from '@playwright/test'
import { test as base, chromium, _electron as electron, expect } from '@playwright/test'
import type { Clock } from '../src/main/clock'
import { STORE_FILE_NAME } from '../src/main/store/board-store'
import type { ReminderNotice } from '../src/shared/cadence/reminder-text'
import type { HostSession } from './host/browser-host'
import { startBrowserHost } from './host/browser-host'
import { findElectronBinary } from './host/electron-binary'

export type HostKind = 'browser' | 'electron'

/** One running Foothold, whichever host runs it; specs talk only to this. */
export interface FootholdApp {
  page: Page
  dataFolder: string
  storeFile: string
  /** Quits (flushing writes) and starts again on the same data folder. */
  restart(): Promise<void>
  /** Present only where time can be moved (the browser host's injected clock). */
  time: TimeControl | null
}

export interface TimeControl {
  /** Moves "now" forward for main and page, then lets the scheduler catch up as after a sleep. */
  advanceTo(iso: string): Promise<void>
  notifications(): ReminderNotice[]
  click(notice: ReminderNotice): Promise<void>
}

export interface LaunchOptions {
  /** Starts with "now" fixed at this instant (browser host only). */
  now?: string
}

interface Fixtures {
  dataFolder: string
  /** Starts Foothold; call it after preparing the data folder. */
  launch: (options?: LaunchOptions) => Promise<FootholdApp>
}

interface Options {
  host: HostKind
  /** Skips every spec on the electron host when no binary exists, saying why. */
  electronAvailable: void
}

export const test = base.extend<Fixtures & Options>({
  host: ['browser', { option: true }],

  electronAvailable: [
    async ({ host }, use, testInfo) => {
      if (host === 'electron') {
        const binary = findElectronBinary()
        testInfo.skip(!binary.found, binary.found ? '' : `electron host: ${binary.reason}`)
      }
      await use()
    },
    { auto: true },
  ],

  dataFolder: async ({}, use, testInfo) => {
    const folder = testInfo.outputPath('data')
    await mkdir(folder, { recursive: true })
    await use(folder)
  },

  launch: async ({ host, dataFolder }, use) => {
    const stops: Array<() => Promise<void>> = []
    const launch = async (options: LaunchOptions = {}): Promise<FootholdApp> => {
      let now = options.now ? new Date(options.now) : null
      const clock = now ? { now: () => new Date(now!.getTime()) } : undefined
      const start = (folder: string) =>
        host === 'browser' ? startInBrowser(folder, clock) : startInElectron(folder)
      let running = await start(dataFolder)
      stops.push(() => running.stop())
      const app: FootholdApp = {
        get page() {
          return running.page
        },
        dataFolder,
        storeFile: join(dataFolder, STORE_FILE_NAME),
        async restart() {
          await running.stop()
          running = await start(dataFolder)
          await waitForBoard(running.page)
        },
        time:
          clock && host === 'browser'
            ? {
                async advanceTo(iso) {
                  now = new Date(iso)
                  await running.page.clock.setFixedTime(now)
                  await running.session!.services.scheduler.replan()
                },
                notifications: () => [...running.session!.notifications],
                async click(notice) {
                  running.session!.clickNotification(notice)
                },
              }
            : null,
      }
      await waitForBoard(app.page)
      return app
    }
    await use(launch)
    for (const stop of stops.reverse()) await stop().catch(() => undefined)
  },
})

interface Running {
  page: Page
  session?: HostSession
  stop(): Promise<void>
}

let sharedBrowser: Promise<Browser> | null = null

async function startInBrowser(dataFolder: string, clock?: Clock): Promise<Running> {
  sharedBrowser ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const session = await startBrowserHost(await sharedBrowser, dataFolder, clock ? { clock } : {})
  return { page: session.page, session, stop: () => session.close() }
}

async function startInElectron(dataFolder: string): Promise<Running> {
  const binary = findElectronBinary()
  if (!binary.found) throw new Error(binary.reason)
  const app: ElectronApplication = await electron.launch({
    executablePath: binary.path,
    args: [join(process.cwd(), 'out', 'main', 'index.js'), `--data-dir=${dataFolder}`],
  })
  const page = await app.firstWindow()
  return { page, stop: () => app.close() }
}

async function waitForBoard(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="column-thank-you"]')).toBeVisible()
}

/** Puts raw bytes where the store file lives, as a crash, a sync tool or a person might. */
export async function writeStoreFile(dataFolder: string, content: string | Buffer): Promise<void> {
  await writeFile(join(dataFolder, STORE_FILE_NAME), content)
}

export { expect }
