import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import type { Events } from '../../src/shared/ipc/contract'
import { MenuCommandSchema } from '../../src/shared/ipc/menu-command'
import type { EventName } from '../../src/shared/ipc/methods'
import { eventChannelOf, methodOfChannel } from '../../src/shared/ipc/methods'
import type { Command } from '../../src/shared/shortcuts'
import { fail } from '../../src/shared/ipc/result'
import { isTrustedSender } from '../../src/main/security/sender'
import type { FootholdServices } from '../../src/main/services'
import { startServices } from '../../src/main/services'
import type { Clock } from '../../src/main/clock'
import type { ReminderNotice } from '../../src/shared/cadence/reminder-text'
import { preloadInitScript } from './electron-shim'
import { serveRenderer } from './static-server'

const OUT = join(process.cwd(), 'out')

export interface HostSession {
  page: Page
  services: FootholdServices
  /** Notifications the scheduler asked for, in order: the OS notifier's stand-in. */
  notifications: ReminderNotice[]
  /** What Electron does when a notification is clicked (the window is already there). */
  clickNotification(notice: ReminderNotice): void
  /** What Foothold put on the clipboard, oldest first: the system clipboard's stand-in. */
  clipboard: Array<{ text: string; html: string }>
  /** Addresses Foothold asked the system to open (mail links). */
  opened: string[]
  /** Files Foothold asked the file manager to show. */
  shownInFolder: string[]
  /** What the next file pickers answer (null: the person cancels). */
  fileDialogs: FileDialogAnswers
  /** What the app menu does when one of its commands is chosen (the browser has no menu). */
  chooseMenuCommand(command: Command): void
  /** What Foothold does when the OS refuses to show a notification (macOS `failed`). */
  failNotification(notice: ReminderNotice): void
  close(): Promise<void>
}

export interface FileDialogAnswers {
  open: string | null
  save: string | null
}

export interface HostOptions {
  /** Fixes "now" for main and page alike; `advanceTo` moves both. */
  clock?: Clock
  /** Scripts for every page, run before the preload (which asks main for the board at once). */
  beforePreload?: readonly string[]
  /** Extra paths for the renderer's server to answer (see serveRenderer). */
  extraRoutes?: (path: string) => Buffer | null
  /** A fresh data folder shows the first-run welcome instead of starting as already welcomed. */
  onboarding?: boolean
}

/**
 * Starts the real main-process services on `dataFolder` in this process, and the built renderer in
 * a Chromium page wired to them the way Electron's IPC would be.
 */
export async function startBrowserHost(
  browser: Browser,
  dataFolder: string,
  { clock, beforePreload = [], extraRoutes, onboarding = false }: HostOptions = {},
): Promise<HostSession> {
  const server = await serveRenderer(join(OUT, 'renderer'), extraRoutes)
  const preload = await readFile(join(OUT, 'preload', 'index.cjs'), 'utf8')
  const context = await browser.newContext({ viewport: { width: 1320, height: 840 } })
  const page = await context.newPage()

  const notifications: ReminderNotice[] = []
  const fileDialogs: FileDialogAnswers = { open: null, save: null }
  const clipboard: Array<{ text: string; html: string }> = []
  const opened: string[] = []
  const emit = <E extends EventName>(name: E, payload: Events[E]) => {
    void page
      .evaluate(
        ([channel, data]) => (globalThis as unknown as HostWindow).__footholdEmit(channel, data),
        [eventChannelOf(name), payload] as const,
      )
      .catch(() => undefined)
  }
  const shownInFolder: string[] = []
  const services = await startServices({
    dataFolder,
    ...(clock ? { clock } : {}),
    notify: (notice) => notifications.push(notice),
    clipboard: { write: (content) => void clipboard.push(content) },
    openExternal: async (url) => void opened.push(url),
    showItemInFolder: (path) => void shownInFolder.push(path),
    skipFirstRun: !onboarding,
    dialogs: {
      chooseImportFile: async () => fileDialogs.open,
      chooseExportFile: async () => fileDialogs.save,
    },
    logError: (error) => console.error('[main]', error),
    emit,
  })

  await page.exposeBinding(
    '__footholdInvoke',
    async (source, channel: string, payload: unknown) => {
      const frame = { url: source.frame.url(), parent: source.frame.parentFrame() }
      if (!isTrustedSender(frame, [server.origin])) {
        return fail('invalid-request', 'Refused a request from an unknown page')
      }
      return services.dispatch(methodOfChannel(channel), payload)
    },
  )
  for (const content of beforePreload) await page.addInitScript({ content })
  await page.addInitScript({ content: preloadInitScript(preload) })
  if (clock) await page.clock.setFixedTime(clock.now())
  await page.goto(`${server.origin}/index.html`)
  // As in the app: reminders start once the board is on screen.
  void page
    .waitForSelector('[data-testid="column-thank-you"]')
    .then(() => services.scheduler.replan())
    .catch(() => undefined)

  return {
    page,
    services,
    notifications,
    fileDialogs,
    clipboard,
    opened,
    shownInFolder,
    clickNotification: (notice) => services.openCard({ cardId: notice.cardId, key: notice.key }),
    failNotification: (notice) => services.showReminderInApp(notice),
    chooseMenuCommand: (command) => emit('menuCommand', MenuCommandSchema.parse({ command })),
    async close() {
      await services.stop()
      await context.close()
      await server.close()
    },
  }
}

interface HostWindow {
  __footholdEmit(channel: string, payload: unknown): void
}
