// `npm start` and `npm run start:browser`: build what is out of date, then open Foothold — the
// desktop app when Electron can run here, else the browser edition, saying why in a line or two.
//
//   node scripts/start.mjs [--browser] [-- options for Foothold]
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { USAGE, launchArguments } from './launcher/arguments.mjs'
import {
  electronVersion,
  installElectron,
  installedElectron,
  missingDisplay,
} from './launcher/electron-runtime.mjs'
import { staleBuild } from './launcher/freshness.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')
// Electron that exits this soon after starting never opened its window.
const EARLY_EXIT_MS = 20_000
const MIN_NODE = [22, 12]

const say = (line) => process.stdout.write(`${line}\n`)

function nodeTooOld() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  return major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])
}

function build() {
  const why = staleBuild(root)
  if (!why) return
  say(`Building Foothold (${why})…`)
  const npm = process.env.npm_execpath
  const options = {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FOOTHOLD_QUIET_BUILD: '1' },
  }
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], options)
    : spawnSync('npm', ['run', 'build', '--silent'], { ...options, shell: true })
  if (result.status !== 0) {
    process.stderr.write('The build failed (see above); Foothold was not started.\n')
    process.exit(result.status ?? 1)
  }
}

/** Runs a child to its end, passing Ctrl+C and termination on, and exits with its code. */
function runToEnd(child) {
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function startBrowserEdition(args) {
  runToEnd(
    spawn(process.execPath, [join(root, 'out', 'browser-edition', 'server.cjs'), ...args], {
      cwd: root,
      stdio: 'inherit',
    }),
  )
}

function fallBack(reason, args) {
  say(`Foothold's desktop app cannot start here: ${reason}.`)
  say(
    'To get it, set ELECTRON_MIRROR to a mirror of Electron’s downloads, or ELECTRON_OVERRIDE_DIST_PATH ' +
      'to an Electron already on disk. Meanwhile, the same Foothold runs in your browser:',
  )
  startBrowserEdition(args)
}

async function electronBinary() {
  if (nodeTooOld()) {
    return {
      ok: false,
      reason: `Electron needs Node.js ${MIN_NODE.join('.')} or newer, and this is ${process.version}`,
    }
  }
  const found = installedElectron(electronDir, process.env, process.platform)
  if (found) return found
  say(`Getting Electron ${electronVersion(electronDir)} for this computer (once)…`)
  return installElectron(electronDir)
}

/** Opens the desktop app; if it stops before it could have shown a window, the browser edition. */
function startDesktop(binary, desktopArgs, browserArgs) {
  const started = Date.now()
  // Electron's own messages still reach the terminal; the last ones say why it stopped.
  const child = spawn(binary, [root, ...desktopArgs], {
    cwd: root,
    stdio: ['inherit', 'inherit', 'pipe'],
  })
  let lastLines = ''
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk)
    lastLines = `${lastLines}${chunk}`.slice(-2000)
  })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('error', (error) =>
    fallBack(`Electron could not be run (${error.message})`, browserArgs),
  )
  child.on('exit', (code, signal) => {
    const failed = code !== 0 || signal !== null
    if (failed && Date.now() - started < EARLY_EXIT_MS) {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      const last = lastLines.trim().split('\n').pop()?.trim()
      fallBack(`Electron could not open a window${last ? ` (${last})` : ''}`, browserArgs)
      return
    }
    process.exit(code ?? 1)
  })
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2)
  const browserOnly = mode === '--browser'
  const parsed = launchArguments(
    browserOnly ? rest : process.argv.slice(2),
    process.env.INIT_CWD ?? process.cwd(),
  )
  if (parsed.ok === 'help') return say(USAGE)
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n${USAGE}\n`)
    process.exit(2)
  }
  build()
  if (browserOnly) return startBrowserEdition(parsed.browser)
  const runtime = await electronBinary()
  if (!runtime.ok) return fallBack(runtime.reason, parsed.browser)
  const noDisplay = missingDisplay(process.env, process.platform)
  if (noDisplay) return fallBack(`Electron is installed, but ${noDisplay}`, parsed.browser)
  startDesktop(runtime.binary, parsed.desktop, parsed.browser)
}

await main()
