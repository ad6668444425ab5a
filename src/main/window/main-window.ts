import { join } from 'node:path'
import { BrowserWindow, nativeTheme } from 'electron'

/** Matches the renderer's page background so the window never flashes white or black. */
const BACKGROUND = { light: '#f5f6f8', dark: '#17181c' }

export function createMainWindow(entryUrl: string, { show }: { show: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1320,
    height: 840,
    minWidth: 900,
    minHeight: 560,
    title: 'Foothold',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      // Electron's defaults, spelt out so a review (and main-window.test.ts) sees them: the page
      // is sandboxed and isolated from Node and from the preload's world, and cannot embed
      // webviews, run insecure content or switch on experimental web platform features.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Drafts are written here; suggestions come from the right-click menu (edit-menu.ts).
      spellcheck: true,
    },
  })
  if (show) window.once('ready-to-show', () => window.show())
  void window.loadURL(entryUrl)
  return window
}
