import { isAbsolute, posix, resolve, win32 } from 'node:path'
import { PRODUCT_NAME } from '@shared/app-identity'

export const DATA_DIR_ENV = 'FOOTHOLD_DATA_DIR'
export const DATA_DIR_FLAG = '--data-dir'

/**
 * Where the board lives: `--data-dir=<path>` wins, then FOOTHOLD_DATA_DIR (a portable install or a
 * test), then the OS user-data folder.
 */
export function resolveDataFolder(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataFolder: string,
): string {
  const flag = argv.find((arg) => arg.startsWith(`${DATA_DIR_FLAG}=`))
  const chosen = flag ? flag.slice(DATA_DIR_FLAG.length + 1) : env[DATA_DIR_ENV]
  if (!chosen) return userDataFolder
  return isAbsolute(chosen) ? chosen : resolve(chosen)
}

/**
 * The folder Electron names `userData` for Foothold, worked out without Electron, so the browser
 * edition opens the same board as the desktop app.
 */
export function defaultUserDataFolder(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  const join = platform === 'win32' ? win32.join : posix.join
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', PRODUCT_NAME)
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME)
    default:
      return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME)
  }
}

/**
 * Where the browser edition keeps what belongs to this computer and never to the board: the key
 * that vouches for the board's last validation. Outside the data folder (which a sync service
 * may write), and on Windows in the local, not the roaming, profile.
 */
export function browserEditionStateFolder(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  const join = platform === 'win32' ? win32.join : posix.join
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', `${PRODUCT_NAME} Browser Edition`)
    case 'win32':
      return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), PRODUCT_NAME)
    default:
      return join(env.XDG_STATE_HOME || join(home, '.local', 'state'), PRODUCT_NAME)
  }
}
