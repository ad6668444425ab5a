// Loaded with `node --require` before the built main bundle: stands in for the `electron` module so
// the bundle can start under plain Node, and reports what it asked Electron to do.
const Module = require('node:module')
const path = require('node:path')

const report = { privilegedSchemes: [], ipcChannels: [], windows: [], protocolResponses: {} }
const listeners = {}
let permissionRequestHandler = null
let permissionCheckHandler = null

async function finish() {
  const handler = report.protocolHandler
  delete report.protocolHandler
  for (const url of [
    'app://foothold/index.html',
    'app://foothold/..%2f..%2fpackage.json',
    'app://foothold/../../package.json',
    'app://foothold/%2e%2e/%2e%2e/package.json',
    'app://evil/index.html',
  ]) {
    const response = await handler(new Request(url))
    report.protocolResponses[url] = {
      status: response.status,
      csp: response.headers.get('content-security-policy'),
    }
  }
  await new Promise((resolve) =>
    permissionRequestHandler(null, 'media', (granted) => {
      report.permissionGranted = granted
      resolve()
    }),
  )
  report.permissionCheck = permissionCheckHandler(null, 'notifications')
  process.stdout.write(`ELECTRON_STUB_REPORT ${JSON.stringify(report)}\n`)
  process.exit(0)
}

class BrowserWindow {
  constructor(options) {
    this.options = options
    this.webContents = { send() {}, on() {}, setWindowOpenHandler() {} }
    report.windows.push({ options })
  }
  once(event, fn) {
    if (event !== 'ready-to-show') return
    const window = report.windows.at(-1)
    window.readyToShowHandlers = (window.readyToShowHandlers ?? 0) + 1
    setImmediate(fn)
  }
  loadURL(url) {
    report.windows.at(-1).url = url
    setTimeout(finish, 100)
    return Promise.resolve()
  }
  show() {}
  focus() {}
  on() {}
  isDestroyed() {
    return false
  }
}

const electron = {
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => {
      report.singleInstanceLock = true
      return true
    },
    whenReady: () => Promise.resolve(),
    getPath: () => path.join(process.env.STUB_USER_DATA ?? '.', 'user-data'),
    on: (event, fn) => {
      listeners[event] = fn
    },
    quit() {},
    setBadgeCount: (count) => {
      report.badgeCount = count
    },
    setAppUserModelId() {},
    exit(code) {
      process.exit(code)
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => report.privilegedSchemes.push(...schemes),
    handle: (scheme, handler) => {
      report.protocolScheme = scheme
      report.protocolHandler = handler
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn) => {
        permissionRequestHandler = fn
      },
      setPermissionCheckHandler: (fn) => {
        permissionCheckHandler = fn
      },
      setSpellCheckerEnabled: (enabled) => {
        report.spellcheck = [
          ...(report.spellcheck ?? []),
          { enabled, windowsOpen: report.windows.length },
        ]
      },
    },
  },
  Tray: class {
    constructor(icon) {
      report.trayIcon = icon
    }
    setToolTip(text) {
      report.trayTooltip = text
    }
    setContextMenu() {}
    on() {}
  },
  powerMonitor: {
    on: (event) => {
      report.powerEvents = [...(report.powerEvents ?? []), event]
    },
  },
  Notification: class {
    on() {}
    show() {}
  },
  ipcMain: { handle: (channel) => report.ipcChannels.push(channel) },
  dialog: {
    showErrorBox: (title, message) => {
      process.stdout.write(`ELECTRON_STUB_ERROR ${title}: ${message}\n`)
      process.exit(3)
    },
    showMessageBox: async () => ({ response: 0 }),
  },
  nativeTheme: { shouldUseDarkColors: false },
  // A keychain that seals by reversing the text behind a `v11` prefix, as a Linux keyring would mark it.
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text) => Buffer.from(`v11${[...text].reverse().join('')}`),
    decryptString: (blob) => [...blob.subarray(3).toString()].reverse().join(''),
  },
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      report.menuRoles = JSON.stringify(menu.template)
    },
  },
  BrowserWindow,
}

const originalLoad = Module._load
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return electron
  return originalLoad.call(this, request, parent, isMain)
}
