import { isAbsolute, resolve } from 'node:path'

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
