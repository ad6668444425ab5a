import { extname, join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { MenuCommandSchema } from '@shared/ipc/menu-command'
import type { Command } from '@shared/shortcuts'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import type { Clock } from '@main/clock'
import type { BrowserEdition } from '@main/browser-edition/server'
import { startBrowserEdition } from '@main/browser-edition/server'
import { RECORDER_SCRIPT, type Permission, type Recorded } from './page-recorder'

const OUT = join(process.cwd(), 'out')

export interface HostSession {
  page: Page
  context: BrowserContext
  /** The browser edition's server, exactly as `npm run start:browser` runs it. */
  edition: BrowserEdition
  services: BrowserEdition['services']
  /** Reminders the page handed to the browser as notifications, in order. */
  notifications(): Promise<ReminderNotice[]>
  /** Clicks a notification the page showed, as the person would. */
  clickNotification(notice: ReminderNotice): Promise<void>
  /** The browser could not show a notification (its `error` event). */
  failNotification(notice: ReminderNotice): Promise<void>
  /** What the page put on the clipboard, oldest first. */
  clipboard(): Promise<Array<{ text: string; html: string }>>
  /** Addresses the page opened (mail links, web pages). */
  opened(): Promise<string[]>
  /** What the next file picker and download do (null: the person cancels). */
  fileDialogs: FileDialogAnswers
  /** What the app menu does when one of its commands is chosen (the browser has no menu). */
  chooseMenuCommand(command: Command): void
  /** Moves "now" for server and page, then lets the scheduler catch up and the page show it. */
  advanceTo(instant: Date): Promise<void>
  close(): Promise<void>
}

export interface FileDialogAnswers {
  open: string | null
  save: string | null
}

export interface HostOptions {
  /** Fixes "now" for server and page alike; `advanceTo` moves both. */
  clock?: Clock & { set?(instant: Date): void }
  /** Scripts for every page, run before the bridge (which asks for the board at once). */
  beforeBridge?: readonly string[]
  /** A fresh data folder shows the first-run welcome instead of starting as already welcomed. */
  onboarding?: boolean
  /** What the browser answers about notifications; granted unless a spec says otherwise. */
  notifications?: Permission
  viewport?: { width: number; height: number }
}

/**
 * Starts the real browser edition on `dataFolder` (its server in this process, so a spec can move
 * its clock) and opens the printed address in a Chromium page. Notifications, the clipboard and
 * opened links are recorded where the page hands them to the browser; file pickers and downloads
 * are Playwright's own.
 */
export async function startBrowserHost(
  browser: Browser,
  dataFolder: string,
  {
    clock,
    beforeBridge = [],
    onboarding = false,
    notifications = 'granted',
    viewport = { width: 1320, height: 840 },
  }: HostOptions = {},
): Promise<HostSession> {
  const edition = await startBrowserEdition({
    dataFolder,
    rendererRoot: join(OUT, 'renderer'),
    ...(clock ? { clock } : {}),
    skipFirstRun: !onboarding,
    logError: (error) => console.error('[browser edition]', error),
  })
  const context = await browser.newContext({ viewport, acceptDownloads: true })
  const page = await context.newPage()
  const fileDialogs: FileDialogAnswers = { open: null, save: null }
  page.on('filechooser', (chooser) => {
    // No files chosen is what the browser reports when the person closes its picker.
    void chooser
      .setFiles(fileDialogs.open === null ? [] : [fileDialogs.open])
      .catch(() => undefined)
  })
  page.on('download', (download) => {
    const save = fileDialogs.save
    if (save === null) return void download.cancel()
    const extension = extname(download.suggestedFilename())
    const target = save.toLowerCase().endsWith(extension) ? save : `${save}${extension}`
    void download.saveAs(target).catch(() => undefined)
  })
  // On the context, so every tab of it has them.
  await context.addInitScript({ content: RECORDER_SCRIPT(notifications) })
  for (const content of beforeBridge) await context.addInitScript({ content })
  if (clock) await page.clock.setFixedTime(clock.now())
  await page.goto(edition.url)

  const recorded = () =>
    page.evaluate(() =>
      (globalThis as unknown as { __footholdRecorded: Recorded }).__footholdRecorded.read(),
    )
  const onNotification = (key: string, event: 'click' | 'error') =>
    page.evaluate(
      ([k, e]) =>
        (globalThis as unknown as { __footholdRecorded: Recorded }).__footholdRecorded.fire(k, e),
      [key, event] as const,
    )

  return {
    page,
    context,
    edition,
    services: edition.services,
    fileDialogs,
    notifications: async () => (await recorded()).notifications,
    clipboard: async () => (await recorded()).clipboard,
    opened: async () => (await recorded()).opened,
    clickNotification: (notice) => onNotification(notice.key, 'click'),
    failNotification: (notice) => onNotification(notice.key, 'error'),
    chooseMenuCommand: (command) =>
      edition.emit('menuCommand', MenuCommandSchema.parse({ command })),
    async advanceTo(instant) {
      clock?.set?.(instant)
      // Time goes on with every tab closed, too.
      if (!page.isClosed()) await page.clock.setFixedTime(instant)
      await edition.services.scheduler.replan()
      await edition.settled()
    },
    async close() {
      await edition.stop()
      await context.close()
    },
  }
}
