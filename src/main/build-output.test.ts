import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { METHODS, channelOf } from '@shared/ipc/methods'
import { useTempFolders } from './test-support/temp-folder'

// Electron cannot start on every machine that runs the tests, so these checks catch what only
// Electron would hit: a preload that requires a package, a main bundle that fails to load.
const out = join(process.cwd(), 'out')
const tempFolder = useTempFolders()

function requiredModules(source: string): string[] {
  const found = [
    ...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\s*\(?\s*["']([^"']+)["']/g),
  ]
  return [...new Set(found.map((m) => (m[1] ?? m[2])!))].sort()
}

describe('built output', () => {
  beforeAll(() => {
    if (!existsSync(join(out, 'main', 'index.js'))) {
      throw new Error('No build found in out/: run `npm run build` before the unit tests')
    }
  })

  it('preload is CommonJS and requires nothing but electron (a sandboxed preload cannot)', async () => {
    const source = await readFile(join(out, 'preload', 'index.cjs'), 'utf8')
    expect(requiredModules(source)).toEqual(['electron'])
    expect(source).not.toMatch(/^\s*import\s/m)
  })

  it('main bundle needs only electron and Node built-ins (no node_modules ship with the app)', async () => {
    const source = await readFile(join(out, 'main', 'index.js'), 'utf8')
    const external = requiredModules(source).filter(
      (name) => name !== 'electron' && !builtinModules.includes(name.replace(/^node:/, '')),
    )
    expect(external).toEqual([])
  })

  it('main bundle starts under Node with a stand-in electron and sets up a locked-down window', async () => {
    const dataFolder = await tempFolder()
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--require',
        join(__dirname, 'test-support', 'electron-stub.cjs'),
        join(out, 'main', 'index.js'),
        `--data-dir=${dataFolder}`,
      ],
      { env: { ...process.env, STUB_USER_DATA: dataFolder }, timeout: 15_000 },
    )
    const line = stdout.split('\n').find((l) => l.startsWith('ELECTRON_STUB_REPORT '))
    expect(line, stdout).toBeDefined()
    const report = JSON.parse(line!.slice('ELECTRON_STUB_REPORT '.length))

    expect(report.singleInstanceLock).toBe(true)
    expect(report.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(report.ipcChannels.sort()).toEqual(METHODS.map(channelOf).sort())
    const [window] = report.windows
    expect(window.url).toBe('app://foothold/index.html')
    expect(window.readyToShowHandlers).toBeGreaterThanOrEqual(1)
    // The scheduler ran after the first paint and reported the due count for the badge.
    expect(report.badgeCount).toBe(0)
    expect(report.powerEvents).toEqual(['resume', 'unlock-screen'])
    expect(existsSync(report.trayIcon)).toBe(true)
    expect(report.trayTooltip).toBe('Foothold: nothing due')
    expect(window.options.show).toBe(false)
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(window.options.webPreferences.preload).toBe(join(out, 'preload', 'index.cjs'))
    expect(report.menuRoles).not.toContain('toggleDevTools')
    expect(report.permissionGranted).toBe(false)
    // Off before the first window (no dictionary download on Linux or Windows), and kept off for
    // a board whose setting is off.
    if (process.platform !== 'darwin') {
      expect(report.spellcheck).toEqual([{ enabled: false, windowsOpen: 0 }])
    }
    expect(report.permissionCheck).toBe(false)
    // The store's validation key is kept in the user-data folder, sealed by the keychain.
    const sealed = await readFile(join(dataFolder, 'user-data', 'store-validation.key'), 'utf8')
    expect(sealed).toMatch(/^v11=/)

    const responses = report.protocolResponses
    expect(responses['app://foothold/index.html'].status).toBe(200)
    expect(responses['app://foothold/index.html'].csp).toContain("script-src 'self'")
    // out/renderer/../../package.json exists: only the path check stands between it and the page.
    expect(responses['app://foothold/..%2f..%2fpackage.json'].status).toBe(404)
    expect(responses['app://foothold/../../package.json'].status).toBe(404)
    expect(responses['app://foothold/%2e%2e/%2e%2e/package.json'].status).toBe(404)
    expect(responses['app://evil/index.html'].status).toBe(404)
  })

  it('browser edition server needs only Node built-ins, never electron, and starts under plain Node', async () => {
    const file = join(out, 'browser-edition', 'server.cjs')
    const source = await readFile(file, 'utf8')
    // CommonJS, unminified: its comments may say "import", so only require() calls count.
    const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!)
    const external = [...new Set(required)].filter(
      (name) => !builtinModules.includes(name.replace(/^node:/, '')),
    )
    expect(external).toEqual([])
    const { stdout } = await promisify(execFile)(process.execPath, [file, '--help'], {
      timeout: 15_000,
    })
    expect(stdout).toContain('--data-dir=<folder>')
  })

  it('browser edition bridge loads nothing but the renderer’s own chunks', async () => {
    const source = await readFile(join(out, 'renderer', 'browser-edition.js'), 'utf8')
    for (const name of requiredModules(source)) expect(name).toMatch(/^\.\/assets\/[\w-]+\.js$/)
    // The main app never loads it: only the browser edition's server adds it to the page.
    expect(await readFile(join(out, 'renderer', 'index.html'), 'utf8')).not.toContain(
      'browser-edition',
    )
  })
})
