import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { Menu, Notification, app, dialog, ipcMain, powerMonitor, protocol, session } from 'electron'
import { eventChannelOf } from '../shared/ipc/methods'
import { registerIpc } from './ipc/register'
import { resolveDataFolder } from './paths'
import { createQuitGuard } from './quit-guard'
import { createOsNotifier } from './reminders/os-notifier'
import { denyAllPermissions, hardenWebContents } from './security/harden'
import { isTrustedSender } from './security/sender'
import type { FootholdServices } from './services'
import { startServices } from './services'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  createAppProtocolHandler,
} from './window/app-protocol'
import { appMenuTemplate } from './window/app-menu'
import { createMainWindow } from './window/main-window'

// electron-vite sets this only in `npm run dev`, where the renderer comes from its dev server.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])]

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let mainWindow: BrowserWindow | null = null
let services: FootholdServices | null = null

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(devServerUrl ?? APP_ENTRY_URL)
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')))
  denyAllPermissions(session.defaultSession)
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged }),
    ),
  )
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))

  const dataFolder = resolveDataFolder(process.argv, process.env, app.getPath('userData'))
  const notifier = createOsNotifier({
    create: (options) => new Notification(options),
    onClick: (notice) => {
      showMainWindow()
      services?.openCard({ cardId: notice.cardId, key: notice.key })
    },
    onFailed: (notice, error) => {
      // Notifications are off or refused (unsigned macOS builds): the badge still counts it, and
      // the dock bounces once so the person looks.
      console.warn(`Reminder not shown (${error}): ${notice.title}`)
      app.dock?.bounce('informational')
    },
  })
  const running = await startServices({
    dataFolder,
    emit: (name, payload) => {
      if (mainWindow && !mainWindow.isDestroyed())
        mainWindow.webContents.send(eventChannelOf(name), payload)
    },
    notify: (notice) => notifier.show(notice),
    onDueCount: (count) => app.setBadgeCount(count),
  })
  services = running
  registerIpc(ipcMain, running.dispatch, (frame) => isTrustedSender(frame, trustedOrigins))
  showMainWindow()
  app.on('activate', showMainWindow)
  // Reminders start after the first paint, and catch up after sleep or a locked screen.
  mainWindow?.once('ready-to-show', () => void running.scheduler.replan())
  powerMonitor.on('resume', () => void running.scheduler.replan())
  powerMonitor.on('unlock-screen', () => void running.scheduler.replan())
}

app.on(
  'before-quit',
  createQuitGuard({
    flush: () => services?.flush() ?? Promise.resolve(),
    saveProblem: () => services?.store.currentStatus.message ?? null,
    confirmQuitWithoutSaving: async (detail) => {
      const { response } = await dialog.showMessageBox({
        type: 'warning',
        buttons: ['Keep Foothold open', 'Quit without saving'],
        defaultId: 0,
        cancelId: 0,
        message: 'Foothold has not been able to save your latest changes.',
        detail,
      })
      return response === 1
    },
    showWindow: showMainWindow,
    quit: () => app.quit(),
  }),
)

// Windows shows notifications only for an app whose id matches its Start menu shortcut.
if (process.platform === 'win32') app.setAppUserModelId('app.foothold.desktop')

if (!app.requestSingleInstanceLock()) {
  // Another Foothold owns the data file; it will bring its window forward.
  app.quit()
} else {
  app.on('second-instance', showMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Foothold could not start',
        `${(error as Error).message}\n\nYour data folder has not been changed.`,
      )
      app.exit(1)
    })
}
