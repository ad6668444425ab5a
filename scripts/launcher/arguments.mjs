// What `npm start -- …` was given, for the desktop app and for the browser edition.
import { isAbsolute, resolve } from 'node:path'

const DATA_DIR = '--data-dir'
const BROWSER_ONLY = ['--port', '--no-open']

/**
 * Splits the arguments after `npm start --` into the desktop app's and the browser edition's.
 * npm runs scripts in the project folder, so a relative --data-dir is resolved against the folder
 * the person typed the command in (npm's INIT_CWD), as the packaged app would resolve it.
 */
export function launchArguments(argv, cwd) {
  const browser = []
  const desktop = []
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]
    const [name] = arg.split('=', 1)
    if (name === DATA_DIR) {
      let folder = arg.includes('=') ? arg.slice(DATA_DIR.length + 1) : argv[++i]
      if (folder === undefined) return { ok: false, message: `${DATA_DIR} takes a folder` }
      if (!isAbsolute(folder)) folder = resolve(cwd, folder)
      arg = `${DATA_DIR}=${folder}`
      desktop.push(arg)
      browser.push(arg)
    } else if (BROWSER_ONLY.includes(name)) {
      browser.push(arg)
      if (name === '--port' && !arg.includes('=') && argv[i + 1] !== undefined)
        browser.push(argv[++i])
    } else if (arg === '--help' || arg === '-h') {
      return { ok: 'help' }
    } else {
      return { ok: false, message: `Unknown option ${arg}` }
    }
  }
  return { ok: true, desktop, browser }
}

export const USAGE = `npm start -- [--data-dir=<folder>] [--port=<number>] [--no-open]
npm run start:browser -- [--data-dir=<folder>] [--port=<number>] [--no-open]

  --data-dir=<folder>  where the board lives (default: Foothold's own data folder)
  --port=<number>      browser edition only: the port on 127.0.0.1 (default: a free one)
  --no-open            browser edition only: print the address without opening the browser`
