// Finds Electron's binary for `npm start`, running Electron's own installer when it is missing.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HOOK = fileURLToPath(new URL('./installer-hook.cjs', import.meta.url))

/** Where Electron's executable sits inside its distribution folder, per platform. */
export function platformPath(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/** The binary already on disk, or null: ELECTRON_OVERRIDE_DIST_PATH, then the installed one. */
export function installedElectron(electronDir, env, platform) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, platformPath(platform))
    return existsSync(binary)
      ? { ok: true, binary }
      : {
          ok: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH is ${env.ELECTRON_OVERRIDE_DIST_PATH}, but there is no Electron at ${binary}`,
        }
  }
  try {
    const binary = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8'))
    if (existsSync(binary)) return { ok: true, binary }
  } catch {
    // Not installed yet.
  }
  return null
}

/** The version of the electron package, as its installer would download it. */
export function electronVersion(electronDir) {
  return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
}

/**
 * Runs Electron's installer (its own install.js: the download, checksums and unpacking are
 * Electron's), showing its progress, and resolves with the binary or the one-line reason it failed.
 */
export function installElectron(
  electronDir,
  { env = process.env, platform = process.platform } = {},
) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', HOOK, join(electronDir, 'install.js')], {
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
    })
    let reason = ''
    child.stdio[3].on('data', (chunk) => (reason += chunk))
    child.on('error', (error) => resolve({ ok: false, reason: error.message }))
    child.on('close', (code) => {
      const installed = code === 0 ? installedElectron(electronDir, env, platform) : null
      resolve(
        installed?.ok
          ? installed
          : {
              ok: false,
              reason: reason.trim() || `Electron's installer stopped (exit code ${code})`,
            },
      )
    })
  })
}

/** Why Electron could not open a window here before even trying, or null. */
export function missingDisplay(env, platform) {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return null
  return env.DISPLAY || env.WAYLAND_DISPLAY ? null : 'there is no display to open a window on'
}
