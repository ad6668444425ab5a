import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launchArguments } from './launcher/arguments.mjs'
import { installedElectron, missingDisplay, platformPath } from './launcher/electron-runtime.mjs'
import { BUILD_OUTPUTS, staleBuild } from './launcher/freshness.mjs'

const made: string[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((f) => rm(f, { recursive: true, force: true })))
})
async function temp(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'foothold-start-'))
  made.push(folder)
  return folder
}

describe('npm start’s options', () => {
  it('gives --data-dir to both editions, resolved from where the command was typed', () => {
    expect(
      launchArguments(['--data-dir=board', '--no-open', '--port', '4100'], '/home/ada'),
    ).toEqual({
      ok: true,
      desktop: ['--data-dir=/home/ada/board'],
      browser: ['--data-dir=/home/ada/board', '--no-open', '--port', '4100'],
    })
    expect(launchArguments(['--data-dir', '/mnt/usb'], '/x')).toMatchObject({
      desktop: ['--data-dir=/mnt/usb'],
    })
    expect(launchArguments(['--frobnicate'], '/x')).toEqual({
      ok: false,
      message: 'Unknown option --frobnicate',
    })
    expect(launchArguments(['--data-dir'], '/x')).toMatchObject({ ok: false })
  })
})

describe('finding Electron', () => {
  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds an Electron, and says so when it does not', async () => {
    const dist = await temp()
    const empty = installedElectron('/nowhere', { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')
    expect(empty).toEqual({
      ok: false,
      reason: `ELECTRON_OVERRIDE_DIST_PATH is ${dist}, but there is no Electron at ${join(dist, 'electron')}`,
    })
    await writeFile(join(dist, 'electron'), '')
    expect(installedElectron('/nowhere', { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toEqual({
      ok: true,
      binary: join(dist, 'electron'),
    })
    expect(platformPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
  })

  it('reads the binary electron’s installer wrote down, and nothing when it has not run', async () => {
    const dir = await temp()
    expect(installedElectron(dir, {}, 'linux')).toBeNull()
    await mkdir(join(dir, 'dist'))
    await writeFile(join(dir, 'path.txt'), 'electron')
    expect(installedElectron(dir, {}, 'linux')).toBeNull()
    await writeFile(join(dir, 'dist', 'electron'), '')
    expect(installedElectron(dir, {}, 'linux')).toEqual({
      ok: true,
      binary: join(dir, 'dist', 'electron'),
    })
  })

  it('knows a Linux session with no display cannot show a window', () => {
    expect(missingDisplay({}, 'linux')).toBe('there is no display to open a window on')
    expect(missingDisplay({ DISPLAY: ':0' }, 'linux')).toBeNull()
    expect(missingDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeNull()
    expect(missingDisplay({}, 'darwin')).toBeNull()
  })
})

describe('building only what is out of date', () => {
  it('builds when an output is missing or any input is newer than the oldest output', async () => {
    const root = await temp()
    await mkdir(join(root, 'src', 'main'), { recursive: true })
    await writeFile(join(root, 'src', 'main', 'index.ts'), '')
    expect(staleBuild(root)).toBe('out/main/index.js is missing')
    for (const output of BUILD_OUTPUTS) {
      await mkdir(join(root, output, '..'), { recursive: true })
      await writeFile(join(root, output), '')
    }
    const past = new Date(Date.now() - 60_000)
    await utimes(join(root, 'src', 'main', 'index.ts'), past, past)
    await utimes(join(root, 'src', 'main'), past, past)
    await utimes(join(root, 'src'), past, past)
    expect(staleBuild(root)).toBeNull()
    // A test is not built: editing one leaves the build fresh.
    await writeFile(join(root, 'src', 'main', 'index.test.ts'), '')
    await utimes(join(root, 'src', 'main'), past, past)
    expect(staleBuild(root)).toBeNull()
    await writeFile(join(root, 'src', 'main', 'index.ts'), 'changed')
    expect(staleBuild(root)).toBe('src changed since the last build')
  })
})

/** Runs `npm start`'s script as npm would, until it prints the address, then presses Ctrl+C. */
function runStart(env: Record<string, string>, dataFolder: string) {
  // This computer's own state folder (the browser edition's key) goes beside the data folder.
  env = { XDG_STATE_HOME: join(dataFolder, '..', 'state'), ...env }
  const child = spawn(
    process.execPath,
    ['scripts/start.mjs', '--no-open', `--data-dir=${dataFolder}`],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise<{ output: string; code: number | null }>((resolve) => {
    child.stdout.on('data', () => {
      if (/Foothold is running at http:\/\/127\.0\.0\.1:\d+\/\?secret=/.test(output))
        child.kill('SIGINT')
    })
    child.on('exit', (code) => resolve({ output, code }))
  })
}

describe('npm start where the desktop app cannot run', () => {
  it('says why in two lines and starts the browser edition when Electron cannot open a window', async () => {
    const dist = await temp()
    const fake = join(dist, 'electron')
    await writeFile(fake, '#!/bin/sh\necho "Missing X server or \\$DISPLAY" >&2\nexit 1\n')
    await chmod(fake, 0o755)
    const { output, code } = await runStart(
      { ELECTRON_OVERRIDE_DIST_PATH: dist, DISPLAY: ':99' },
      await temp(),
    )
    const lines = output.trim().split('\n')
    const at = lines.findIndex((l) => l.startsWith("Foothold's desktop app"))
    expect(lines[at]).toBe(
      "Foothold's desktop app cannot start here: Electron could not open a window (Missing X server or $DISPLAY).",
    )
    expect(lines[at + 1]).toMatch(/ELECTRON_MIRROR .* ELECTRON_OVERRIDE_DIST_PATH .* browser/)
    expect(lines[at + 2]).toMatch(/^Foothold is running at http:\/\/127\.0\.0\.1:\d+\//)
    expect(code).toBe(0)
  }, 60_000)

  it('says when the Electron named by ELECTRON_OVERRIDE_DIST_PATH is not there', async () => {
    const { output } = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: await temp() }, await temp())
    expect(output).toMatch(
      /cannot start here: ELECTRON_OVERRIDE_DIST_PATH is .*, but there is no Electron at/,
    )
    expect(output).toMatch(/Foothold is running at/)
  }, 60_000)

  it.skipIf(existsSync(join('node_modules', 'electron', 'path.txt')))(
    'says in one line why Electron could not be downloaded (skipped where it is installed)',
    async () => {
      // A port nothing listens on: the download is refused at once.
      const port = await new Promise<number>((resolve) => {
        const server = createServer().listen(0, '127.0.0.1', () => {
          const { port } = server.address() as AddressInfo
          server.close(() => resolve(port))
        })
      })
      const { output } = await runStart(
        {
          ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
          ELECTRON_OVERRIDE_DIST_PATH: '',
          DISPLAY: ':99',
        },
        await temp(),
      )
      expect(output).toContain('Getting Electron')
      expect(output).toMatch(
        new RegExp(
          `cannot start here: could not download Electron from 127\\.0\\.0\\.1:${port} \\(.*ECONNREFUSED.*\\)\\.`,
        ),
      )
      // Electron's own stack trace stays out of the way.
      expect(output).not.toMatch(/\n\s+at /)
      expect(output).toMatch(/Foothold is running at/)
    },
    60_000,
  )
})
