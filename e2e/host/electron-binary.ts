import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string }

/**
 * Finds an Electron executable without triggering electron's download-on-first-use, which cannot
 * work offline. ELECTRON_PATH points at one explicitly.
 */
export function findElectronBinary(root = process.cwd()): ElectronBinary {
  const explicit = process.env.ELECTRON_PATH
  if (explicit) {
    return existsSync(explicit)
      ? { found: true, path: explicit }
      : { found: false, reason: `ELECTRON_PATH is set to ${explicit}, but no file is there` }
  }
  const packageDir = join(root, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (existsSync(pathFile)) {
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    if (existsSync(binary)) return { found: true, path: binary }
  }
  return {
    found: false,
    reason:
      'no Electron binary is installed (the electron package downloads it on first use, which needs ' +
      'internet access). Run `npx install-electron` where the internet is reachable, or set ' +
      'ELECTRON_PATH to an Electron executable, to run these specs in real Electron.',
  }
}
