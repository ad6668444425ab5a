import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { App } from 'electron'

export interface LoginItemDeps {
  platform: NodeJS.Platform
  app: Pick<App, 'setLoginItemSettings'>
  /** The XDG autostart folder, normally ~/.config/autostart. */
  autostartFolder: string
  /** The command that starts Foothold (the AppImage or installed binary). */
  command: string
}

export const AUTOSTART_FILE = 'foothold.desktop'

/** Desktop entry for XDG autostart; the path is quoted per the Desktop Entry spec. */
export function autostartEntry(command: string): string {
  const quoted = `"${command.replace(/(["`$\\])/g, '\\$1')}"`
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Foothold',
    'Comment=Follow up after job interviews',
    `Exec=${quoted} --hidden`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n')
}

/**
 * Turns "start at login" on or off: the OS's login items on macOS and Windows, an autostart
 * desktop entry on Linux (where Electron has no API for it).
 */
export async function applyStartAtLogin(enabled: boolean, deps: LoginItemDeps): Promise<void> {
  if (deps.platform !== 'linux') {
    deps.app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] })
    return
  }
  const file = join(deps.autostartFolder, AUTOSTART_FILE)
  if (!enabled) {
    await rm(file, { force: true })
    return
  }
  await mkdir(deps.autostartFolder, { recursive: true })
  await writeFile(file, autostartEntry(deps.command), { mode: 0o644 })
}
