import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

const created: BrowserWindowConstructorOptions[] = []
vi.mock('electron', () => ({
  nativeTheme: { shouldUseDarkColors: false },
  BrowserWindow: class {
    constructor(options: BrowserWindowConstructorOptions) {
      created.push(options)
    }
    once() {}
    loadURL() {
      return Promise.resolve()
    }
  },
}))

describe('createMainWindow', () => {
  it('keeps every guard of Electron’s security checklist on the renderer', async () => {
    const { createMainWindow } = await import('./main-window')
    createMainWindow('app://foothold/index.html', { show: false })
    const preferences = created[0]?.webPreferences
    expect(preferences).toMatchObject({
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
    })
    expect(preferences).not.toHaveProperty('enableBlinkFeatures')
    expect(preferences?.preload).toMatch(/preload[\\/]index\.cjs$/)
  })
})
