import { DATA_DIR_FLAG, resolveDataFolder } from '../paths'

export interface CliOptions {
  dataFolder: string
  /** 0: a free one. */
  port: number
  open: boolean
}

export const USAGE = `Usage: npm run start:browser -- [--data-dir=<folder>] [--port=<number>] [--no-open]

  --data-dir=<folder>  where the board lives (default: the desktop app's own data folder)
  --port=<number>      the port on 127.0.0.1 to serve on (default: a free one)
  --no-open            print the address without opening the browser`

/** The browser edition's command line, or the one line that says what is wrong with it. */
export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultDataFolder: string,
): { ok: true; options: CliOptions } | { ok: false; message: string } | { ok: 'help' } {
  let port = 0
  let open = true
  const dataArgs: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, null]
    const value = () => inline ?? argv[++i]
    switch (name) {
      case '--help':
      case '-h':
        return { ok: 'help' }
      case '--no-open':
        open = false
        break
      case '--port': {
        const text = value()
        const number = Number(text)
        if (!text || !/^\d+$/.test(text) || number > 65535) {
          return {
            ok: false,
            message: `--port takes a number from 0 to 65535, not "${text ?? ''}"`,
          }
        }
        port = number
        break
      }
      case DATA_DIR_FLAG: {
        const folder = value()
        if (!folder) return { ok: false, message: `${DATA_DIR_FLAG} takes a folder` }
        dataArgs.push(`${DATA_DIR_FLAG}=${folder}`)
        break
      }
      default:
        return { ok: false, message: `Unknown option ${arg}. ${USAGE}` }
    }
  }
  return {
    ok: true,
    options: { dataFolder: resolveDataFolder(dataArgs, env, defaultDataFolder), port, open },
  }
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=')
  return [arg.slice(0, at), arg.slice(at + 1)]
}
