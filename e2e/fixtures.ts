import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, ElectronApplication, Page } from '@playwright/test'
import { test as base, chromium, _electron as electron, expect } from '@playwright/test'
import { STORE_FILE_NAME } from '@main/store/board-store'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import type { Command } from '@shared/shortcuts'
import type { FileDialogAnswers } from './host/browser-host'
import type { Permission, Recorded } from './host/page-recorder'
import { CHROMIUM_ARGS, chromiumPath } from './host/chromium'
import { startBrowserHost } from './host/browser-host'
import { findElectronBinary } from './host/electron-binary'
import type { TestControl as MainTestControl } from '@main/test-control'
import { TEST_CONTROL_ENV, TEST_NOW_ENV, TEST_SKIP_FIRST_RUN_ENV } from '@main/test-control'

export type HostKind = 'browser' | 'electron'

/** One running Foothold, whichever host runs it; specs talk only to this. */
export interface FootholdApp {
  /** Which edition runs: the desktop app (electron) or the browser edition (browser). */
  host: HostKind
  page: Page
  dataFolder: string
  storeFile: string
  /** Quits (flushing writes) and starts again on the same data folder. */
  restart(): Promise<void>
  /** Present when launched with `now`: time then stands still until a spec moves it. */
  time: TimeControl | null
  /** The system clipboard as plain text and HTML. */
  readClipboard(): Promise<{ text: string; html: string }>
  /** The last address Foothold asked the system to open, or null. */
  lastOpenedUrl(): Promise<string | null>
  /** The last file Foothold asked the file manager to show, or null. */
  lastShownInFolder(): Promise<string | null>
  /** Sets what the system's open and save pickers answer from now on (null: cancel). */
  answerFileDialogs(answers: FileDialogAnswers): Promise<void>
  /** Chooses one of the app menu's commands, as a click on the menu item would. */
  chooseMenuCommand(command: Command): Promise<void>
  /**
   * How a message names an export saved at `target`: the file itself in the desktop app, the
   * download (named by Foothold) in the browser edition.
   */
  savedAs(target: string): string | RegExp
  /** The browser edition's server and the browser context of its tab; null in the desktop app. */
  browserEdition: BrowserEditionHandle | null
}

export interface BrowserEditionHandle {
  /** The printed address, with this start's secret. */
  url: string
  origin: string
  dataFolder: string
  /** The tab's browser context: a second tab opened in it shares the first one's cookie. */
  context: BrowserContext
  /** What the page handed to the browser (see page-recorder.ts), read from any of its tabs. */
  recorded(page: Page): Promise<ReturnType<Recorded['read']>>
}

export interface TimeControl {
  /** Moves "now" forward for main and page, then lets the scheduler catch up as after a sleep. */
  advanceTo(iso: string): Promise<void>
  /** The reminders the OS was asked to show, in order. */
  notifications(): Promise<ReminderNotice[]>
  click(notice: ReminderNotice): Promise<void>
  /** The OS refuses to show this reminder, as macOS does when notifications are off. */
  fail(notice: ReminderNotice): Promise<void>
}

export interface LaunchOptions {
  /** Starts with "now" fixed at this instant, for main and page alike. */
  now?: string
  /**
   * A data folder without a board shows the first-run welcome. Off by default: other specs start
   * as someone already welcomed, so the welcome does not stand between them and the board.
   */
  onboarding?: boolean
  /** Browser edition: what the browser answers about notifications (granted unless set). */
  notifications?: Permission
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
      const startAt = options.now ? new Date(options.now) : null
      const onboarding = options.onboarding ?? false
      const start = (folder: string, now: Date | null) =>
        host === 'browser'
          ? startInBrowser(folder, now, onboarding, options.notifications ?? 'granted')
          : startInElectron(folder, now, onboarding)
      let running = await start(dataFolder, startAt)
      stops.push(() => running.stop())
      const app: FootholdApp = {
        host,
        savedAs: (target) => (host === 'browser' ? DOWNLOADED : target),
        get page() {
          return running.page
        },
        get browserEdition() {
          return running.browserEdition
        },
        dataFolder,
        storeFile: join(dataFolder, STORE_FILE_NAME),
        async restart() {
          const now = running.time ? await running.time.now() : null
          await running.stop()
          running = await start(dataFolder, now)
          await waitForBoard(running.page)
        },
        answerFileDialogs: (answers) => running.answerFileDialogs(answers),
        chooseMenuCommand: (command) => running.chooseMenuCommand(command),
        readClipboard: () => running.readClipboard(),
        lastOpenedUrl: () => running.lastOpenedUrl(),
        lastShownInFolder: () => running.lastShownInFolder(),
        time: startAt
          ? {
              advanceTo: (iso) => running.time!.advanceTo(iso),
              notifications: () => running.time!.notifications(),
              click: (notice) => running.time!.click(notice),
              fail: (notice) => running.time!.fail(notice),
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
  browserEdition: BrowserEditionHandle | null
  readClipboard(): Promise<{ text: string; html: string }>
  lastOpenedUrl(): Promise<string | null>
  lastShownInFolder(): Promise<string | null>
  answerFileDialogs(answers: FileDialogAnswers): Promise<void>
  chooseMenuCommand(command: Command): Promise<void>
  /** Present when started with a fixed "now". */
  time: (TimeControl & { now(): Promise<Date> }) | null
  stop(): Promise<void>
}

let sharedBrowser: Promise<Browser> | null = null

/** The browser edition's words for where an export went (see browser-parts.ts). */
const DOWNLOADED = /your browser’s downloads \(foothold-[^()/\\]+\.(json|csv|ics)\)/

/** The one Chromium every browser-host spec shares. */
export function chromiumBrowser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  return sharedBrowser
}

async function startInBrowser(
  dataFolder: string,
  startAt: Date | null,
  onboarding: boolean,
  notifications: Permission,
): Promise<Running> {
  let now = startAt
  const clock = startAt
    ? { now: () => new Date(now!.getTime()), set: (instant: Date) => void (now = instant) }
    : undefined
  const session = await startBrowserHost(await chromiumBrowser(), dataFolder, {
    ...(clock ? { clock } : {}),
    onboarding,
    notifications,
  })
  return {
    page: session.page,
    browserEdition: {
      url: session.edition.url,
      origin: session.edition.origin,
      dataFolder,
      context: session.context,
      recorded: (page) =>
        page.evaluate(() =>
          (globalThis as unknown as { __footholdRecorded: Recorded }).__footholdRecorded.read(),
        ),
    },
    stop: () => session.close(),
    answerFileDialogs: async (answers) => void Object.assign(session.fileDialogs, answers),
    chooseMenuCommand: async (command) => session.chooseMenuCommand(command),
    readClipboard: async () => (await session.clipboard()).at(-1) ?? { text: '', html: '' },
    lastOpenedUrl: async () => (await session.opened()).at(-1) ?? null,
    // A browser cannot open a file manager: the browser edition hides the button.
    lastShownInFolder: async () => null,
    time: clock
      ? {
          now: async () => clock.now(),
          advanceTo: (iso) => session.advanceTo(new Date(iso)),
          notifications: () => session.notifications(),
          click: (notice) => session.clickNotification(notice),
          fail: (notice) => session.failNotification(notice),
        }
      : null,
  }
}

/** The main process's test control (src/main/test-control.ts), as `app.evaluate` sees it. */
interface MainGlobals {
  footholdTestControl: MainTestControl
}

async function startInElectron(
  dataFolder: string,
  startAt: Date | null,
  onboarding: boolean,
): Promise<Running> {
  const binary = findElectronBinary()
  if (!binary.found) throw new Error(binary.reason)
  const app: ElectronApplication = await electron.launch({
    executablePath: binary.path,
    args: [join(process.cwd(), 'out', 'main', 'index.js'), `--data-dir=${dataFolder}`],
    env: {
      ...process.env,
      ...(startAt
        ? { [TEST_CONTROL_ENV]: '1', [TEST_NOW_ENV]: startAt.toISOString() }
        : { [TEST_CONTROL_ENV]: '' }),
      [TEST_SKIP_FIRST_RUN_ENV]: onboarding ? '' : '1',
    },
  })
  // The real shell would start a mail app or a browser; specs read what it was asked instead.
  await app.evaluate(({ shell }) => {
    const recorder = globalThis as unknown as { footholdOpened: string[]; footholdShown: string[] }
    recorder.footholdOpened = []
    recorder.footholdShown = []
    shell.openExternal = async (url: string) => void recorder.footholdOpened.push(url)
    shell.showItemInFolder = (path: string) => void recorder.footholdShown.push(path)
  })
  const page = await app.firstWindow()
  if (startAt) {
    // The page keeps its own clock for due dates; it must agree with main's from the first paint.
    await page.clock.setFixedTime(startAt)
    await page.reload()
  }
  // Each function below runs in Electron's main process: it reaches the control as a global.
  return {
    page,
    browserEdition: null,
    stop: () => app.close(),
    readClipboard: () =>
      app.evaluate(async ({ clipboard }) => {
        const [item] = await clipboard.read()
        const read = async (type: string) =>
          item?.types.includes(type) ? ((await item.getType(type)) as Blob).text() : ''
        return { text: await read('text/plain'), html: await read('text/html') }
      }),
    lastOpenedUrl: () =>
      app.evaluate(() => {
        const recorder = globalThis as unknown as { footholdOpened: string[] }
        return recorder.footholdOpened.at(-1) ?? null
      }),
    chooseMenuCommand: (command) =>
      app.evaluate(({ Menu }, id) => {
        const item = Menu.getApplicationMenu()?.getMenuItemById(id)
        if (!item) throw new Error(`No menu item ${id}`)
        item.click()
      }, command),
    lastShownInFolder: () =>
      app.evaluate(() => {
        const recorder = globalThis as unknown as { footholdShown: string[] }
        return recorder.footholdShown.at(-1) ?? null
      }),
    answerFileDialogs: (answers) =>
      app.evaluate(({ dialog }, { open, save }) => {
        dialog.showOpenDialog = (async () => ({
          canceled: open === null,
          filePaths: open === null ? [] : [open],
        })) as typeof dialog.showOpenDialog
        dialog.showSaveDialog = (async () => ({
          canceled: save === null,
          filePath: save ?? '',
        })) as typeof dialog.showSaveDialog
      }, answers),
    time: startAt
      ? {
          now: async () =>
            new Date(
              await app.evaluate(() =>
                (globalThis as unknown as MainGlobals).footholdTestControl.clock
                  .now()
                  .toISOString(),
              ),
            ),
          async advanceTo(iso) {
            await page.clock.setFixedTime(new Date(iso))
            await app.evaluate(
              (_electron, at) =>
                (globalThis as unknown as MainGlobals).footholdTestControl.advanceTo(at),
              iso,
            )
          },
          notifications: () =>
            app.evaluate(() =>
              (globalThis as unknown as MainGlobals).footholdTestControl.notifications(),
            ),
          click: (notice) =>
            app.evaluate(
              (_electron, key) =>
                (globalThis as unknown as MainGlobals).footholdTestControl.click(key),
              notice.key,
            ),
          fail: (notice) =>
            app.evaluate(
              (_electron, key) =>
                (globalThis as unknown as MainGlobals).footholdTestControl.fail(key),
              notice.key,
            ),
        }
      : null,
  }
}

async function waitForBoard(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="column-thank-you"]')).toBeVisible()
}

/** Puts raw bytes where the store file lives, as a crash, a sync tool or a person might. */
export async function writeStoreFile(dataFolder: string, content: string | Buffer): Promise<void> {
  await writeFile(join(dataFolder, STORE_FILE_NAME), content)
}

export { expect }
