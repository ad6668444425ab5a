import { spawn } from 'node:child_process'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { browserEditionStateFolder, defaultUserDataFolder } from '../paths'
import { VALIDATION_KEY_FILE, loadValidationKeyFile } from '../store/validation-key'
import { DataFolderLockedError } from '../store/data-folder-lock'
import { USAGE, parseCliOptions } from './cli-options'
import { startBrowserEdition } from './server'

/** The command that opens an address in the person's default browser. */
export function browserCommand(
  platform: NodeJS.Platform,
  url: string,
): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] }
  // `start` is a shell built-in; its first quoted argument is a window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] }
  return { command: 'xdg-open', args: [url] }
}

function openInBrowser(url: string): void {
  const { command, args } = browserCommand(process.platform, url)
  const child = spawn(command, args, { stdio: 'ignore', detached: true })
  child.on('error', () =>
    process.stdout.write('Could not open your browser: open the address above yourself.\n'),
  )
  child.unref()
}

async function main(): Promise<void> {
  const parsed = parseCliOptions(
    process.argv.slice(2),
    process.env,
    defaultUserDataFolder(process.platform, process.env, homedir()),
  )
  if (parsed.ok === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`)
    process.exitCode = 2
    return
  }
  const { dataFolder, port, open } = parsed.options
  const stateFolder = browserEditionStateFolder(process.platform, process.env, homedir())
  const validationKey = await loadValidationKeyFile({
    file: join(stateFolder, VALIDATION_KEY_FILE),
    dataFolder,
  }).catch(() => null)
  const edition = await startBrowserEdition({
    dataFolder,
    port,
    validationKey,
    rendererRoot: join(__dirname, '..', 'renderer'),
    logError: (error) => console.error(error),
  })
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    process.stdout.write(`\nStopping Foothold (${signal}) once the last change is saved…\n`)
    edition.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Foothold could not save everything before stopping:', error)
        process.exit(1)
      },
    )
  }
  // Listening before the address is printed: Ctrl+C the moment it appears still saves.
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  process.stdout.write(`Foothold is running at ${edition.url}\n`)
  process.stdout.write(`Your board: ${edition.services.store.file}. Press Ctrl+C to stop.\n`)
  if (open) openInBrowser(edition.url)
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof DataFolderLockedError
      ? `${error.message}\n`
      : `Foothold could not start: ${(error as Error).message}\nYour data folder has not been changed.\n`,
  )
  process.exitCode = 1
})
