import { join } from 'node:path'
import type { BrowserWindow, WebContents } from 'electron'
import {
  Menu,
  Notification,
  Tray,
  app,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  session,
  ClipboardItem,
  clipboard,
  safeStorage,
  shell,
} from 'electron'
import trayIcon from '../../resources/tray.png?asset'
import { APP_ID } from '@shared/app-identity'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import type { Events } from '@shared/ipc/contract'
import { MenuCommandSchema } from '@shared/ipc/menu-command'
import type { EventName } from '@shared/ipc/methods'
import { eventChannelOf } from '@shared/ipc/methods'
import { registerIpc } from './ipc/register'
import { resolveDataFolder } from './paths'
import { lockDataFolder } from './store/data-folder-lock'
import { applyStartAtLogin } from './login-item'
import { createQuitGuard } from './quit-guard'
import { systemClock } from './clock'
import { createTestControl, skipsFirstRun, testControlFrom } from './test-control'
import { createOsNotifier } from './reminders/os-notifier'
import { denyAllPermissions, hardenWebContents } from './security/harden'
import { isTrustedSender } from './security/sender'
import type { UserActivation } from './security/user-activation'
import type { FootholdServices } from './services'
import { startServices } from './services'
import { VALIDATION_KEY_FILE, loadAppValidationKey } from './store/validation-key'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  createAppProtocolHandler,
} from './window/app-protocol'
import { appMenuTemplate } from './window/app-menu'
import { editMenuTemplate } from './window/edit-menu'
import { createMainWindow } from './window/main-window'
import { setUpTray } from './window/tray'
import { createSpellcheck } from './window/spellcheck'

// electron-vite sets this only in `npm run dev`, where the renderer comes from its dev server.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])]

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let mainWindow: BrowserWindow | null = null
// The person's clicks in each page, for what only a click may do (open a mail draft).
const activations = new WeakMap<WebContents, UserActivation>()
let services: FootholdServices | null = null
let tray: ReturnType<typeof setUpTray> | null = null
// Closing the window only hides it, so reminders keep firing; a real quit sets this first.
let quitting = false
// Started at login: stay in the tray until the person opens the window.
let startHidden = process.argv.includes('--hidden')

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    const window = createMainWindow(devServerUrl ?? APP_ENTRY_URL, { show: !startHidden })
    // Coming back to Foothold is when an edit made elsewhere (a sync tool) matters most.
    window.on('focus', () => void services?.store.checkDisk())
    window.on('close', (event) => {
      if (quitting) return
      event.preventDefault()
      window.hide()
    })
    mainWindow = window
    return
  }
  startHidden = false
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function sendEvent<E extends EventName>(name: E, payload: Events[E]): void {
  if (mainWindow && !mainWindow.isDestroyed())
    mainWindow.webContents.send(eventChannelOf(name), payload)
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')))
  denyAllPermissions(session.defaultSession)
  // Before any window: on Linux and Windows no dictionary is fetched unless the person asks.
  const spellcheck = createSpellcheck(session.defaultSession, process.platform)
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        isMac: process.platform === 'darwin',
        isPackaged: app.isPackaged,
        onCommand: (command) => {
          showMainWindow()
          sendEvent('menuCommand', MenuCommandSchema.parse({ command }))
        },
      }),
    ),
  )
  app.on('web-contents-created', (_event, contents) => {
    activations.set(
      contents,
      hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url) }),
    )
    contents.on('context-menu', (_menuEvent, params) => {
      const template = editMenuTemplate(params, {
        replaceMisspelling: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      })
      if (template) Menu.buildFromTemplate(template).popup()
    })
  })

  const dataFolder = resolveDataFolder(process.argv, process.env, app.getPath('userData'))
  // One writer per data folder: the browser edition may be serving this board already.
  const lock = await lockDataFolder(dataFolder, { edition: 'desktop', address: null })
  app.on('will-quit', () => lock.releaseNow())
  process.on('exit', () => lock.releaseNow())
  const controlled = testControlFrom(process.env, app.isPackaged)
  const testControl = controlled ? createTestControl(controlled.start) : null
  const openReminder = (notice: ReminderNotice) => {
    showMainWindow()
    services?.openCard({ cardId: notice.cardId, key: notice.key })
  }
  const showReminderInApp = (notice: ReminderNotice) => {
    // Notifications are off or refused (unsigned macOS builds): the window shows the reminder
    // instead, and the dock bounces once so the person looks.
    services?.showReminderInApp(notice)
    app.dock?.bounce('informational')
  }
  const notifier = createOsNotifier({
    platform: process.platform,
    create: (options) => new Notification(options),
    onClick: openReminder,
    onFailed: (notice, error) => {
      console.warn(`Reminder not shown by the system (${error}): ${notice.title}`)
      showReminderInApp(notice)
    },
  })
  // The key lives in the app's own folder, sealed by the OS keychain where there is one; without
  // it, every start validates the whole board (slower, never less safe).
  const validationKey = loadAppValidationKey({
    file: join(app.getPath('userData'), VALIDATION_KEY_FILE),
    dataFolder,
    safeStorage,
  }).catch((error: unknown) => {
    console.warn('No key for the validation record; the board is checked in full at start', error)
    return null
  })
  // The window loads while the store opens: IPC answers wait for the store, not the window for it.
  const starting = validationKey.then((key) =>
    startServices({
      validationKey: key,
      dataFolder,
      clock: testControl?.clock ?? systemClock,
      emit: sendEvent,
      notify: (notice) => (testControl ? testControl.record(notice) : notifier.show(notice)),
      clipboard: {
        write: (content) =>
          clipboard.write([
            new ClipboardItem({ 'text/plain': content.text, 'text/html': content.html }),
          ]),
      },
      openExternal: (url) => shell.openExternal(url),
      personAsked: () =>
        mainWindow ? (activations.get(mainWindow.webContents)?.consume() ?? false) : false,
      showItemInFolder: (path) => shell.showItemInFolder(path),
      skipFirstRun: skipsFirstRun(process.env, app.isPackaged),
      dialogs: {
        async chooseImportFile(kind) {
          const options: Electron.OpenDialogOptions = {
            title: kind.title,
            properties: ['openFile'],
            filters: [{ name: kind.fileType, extensions: [kind.extension] }],
          }
          const { canceled, filePaths } = mainWindow
            ? await dialog.showOpenDialog(mainWindow, options)
            : await dialog.showOpenDialog(options)
          return canceled ? null : (filePaths[0] ?? null)
        },
        async chooseExportFile(suggestedName, kind) {
          const options: Electron.SaveDialogOptions = {
            title: kind.title,
            defaultPath: join(app.getPath('documents'), suggestedName),
            filters: [{ name: kind.fileType, extensions: [kind.extension] }],
          }
          const { canceled, filePath } = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options)
          return canceled || !filePath ? null : filePath
        },
      },
      onSettingsSaved: (before, after) => {
        if (before.startAtLogin === after.startAtLogin) return
        void applyStartAtLogin(after.startAtLogin, {
          platform: process.platform,
          app,
          autostartFolder: join(app.getPath('appData'), 'autostart'),
          command: process.env.APPIMAGE ?? process.execPath,
        }).catch((error: unknown) => console.error('Could not change start at login', error))
      },
      onDueCount: (count) => {
        app.setBadgeCount(count)
        tray?.setDueCount(count)
      },
    }),
  )
  if (testControl) {
    testControl.connect({
      replan: async () => (await starting).scheduler.replan(),
      click: openReminder,
      fail: showReminderInApp,
    })
    ;(globalThis as { footholdTestControl?: unknown }).footholdTestControl = testControl
  }
  registerIpc(
    ipcMain,
    async (method, payload) => (await starting).dispatch(method, payload),
    (frame) => isTrustedSender(frame, trustedOrigins),
  )
  showMainWindow()
  app.on('activate', showMainWindow)
  // Reminders and the tray start after the first paint; reminders catch up after sleep or a lock.
  mainWindow?.once('ready-to-show', () => {
    // macOS keeps Foothold in the dock instead.
    if (process.platform !== 'darwin') {
      tray = setUpTray({
        tray: new Tray(trayIcon),
        buildMenu: (template) => Menu.buildFromTemplate(template),
        open: showMainWindow,
        quit: () => app.quit(),
      })
    }
    void starting.then((running) => running.scheduler.replan()).catch(() => undefined)
  })
  const running = await starting
  services = running
  const followSpellcheck = () => spellcheck.apply(running.store.data.settings.spellcheck)
  followSpellcheck()
  running.store.subscribe(followSpellcheck)
  powerMonitor.on('resume', () => void running.scheduler.replan())
  powerMonitor.on('unlock-screen', () => void running.scheduler.replan())
}

app.on('before-quit', () => {
  quitting = true
})
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
    showWindow: () => {
      quitting = false
      showMainWindow()
    },
    quit: () => app.quit(),
  }),
)

// Windows shows notifications only for an app whose id matches its Start menu shortcut.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)

if (!app.requestSingleInstanceLock()) {
  // Another Foothold owns the data file; it will bring its window forward.
  app.quit()
} else {
  app.on('second-instance', showMainWindow)
  // Foothold lives on in the tray (or dock) without a window, so reminders still arrive.
  app.on('window-all-closed', () => undefined)
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
