import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { ALIASES } from '../scripts/aliases.mjs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { STORE_FILE_NAME } from '@main/store/board-store'
import { TEMP_SUFFIX } from '@main/store/durable-write'
import { parseStoreText } from '@shared/store/store-format'
import { seededRandom } from '../bench/boards'
import { SLOT_COUNT, counterOf, inconsistency } from './crash-model'

/** How many times the writer is killed; CRASH_KILLS raises it for a longer soak. */
const KILLS = Number(process.env.CRASH_KILLS ?? 200)
const SEED = Number(process.env.CRASH_SEED ?? 20261123)

let work = ''
let writer = ''

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'foothold-crash-'))
  // The writer runs as plain Node, like the bundled main process: build it into one file first.
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: ALIASES },
    build: {
      ssr: join(import.meta.dirname, 'crash-writer.ts'),
      outDir: join(work, 'writer'),
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'crash-writer.mjs' } },
    },
    ssr: { noExternal: true },
  })
  writer = join(work, 'writer', 'crash-writer.mjs')
}, 60_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

interface Run {
  lastAck: number
  startedAt: number
}

/** Starts the writer, lets it write for `lifeMs` after it is ready, then kills it with SIGKILL. */
function runAndKill(dataFolder: string, lifeMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataFolder], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let lastAck = -1
    let startedAt = -1
    let buffered = ''
    let errors = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const [word, value] = line.split(' ')
        if (word === 'ready') {
          startedAt = Number(value)
          lastAck = startedAt
          setTimeout(() => child.kill('SIGKILL'), lifeMs)
        } else if (word === 'ack') {
          lastAck = Math.max(lastAck, Number(value))
        }
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself: ${errors}`))
      else resolve({ lastAck, startedAt })
    })
  })
}

test(`the store survives ${KILLS} kills mid-write with every acknowledged write intact`, async () => {
  const dataFolder = join(work, 'data')
  const next = seededRandom(SEED)
  let survived = 0
  let totalAcked = 0
  let leftoverTemps = 0
  for (let kill = 1; kill <= KILLS; kill++) {
    // Mostly short lives, so kills land at every point of a write; some long ones too.
    const lifeMs = next() < 0.8 ? Math.floor(next() * 40) : 40 + Math.floor(next() * 200)
    const run = await runAndKill(dataFolder, lifeMs)
    const names = await readdir(dataFolder)
    leftoverTemps += names.filter((n) => n.endsWith(TEMP_SUFFIX)).length

    const parsed = parseStoreText(await readFile(join(dataFolder, STORE_FILE_NAME), 'utf8'))
    if (!parsed.ok)
      throw new Error(`kill ${kill}: file unreadable: ${JSON.stringify(parsed.problem)}`)
    const counter = counterOf(parsed.data)
    expect(counter, `kill ${kill}: acknowledged write ${run.lastAck} lost`).toBeGreaterThanOrEqual(
      run.lastAck,
    )
    expect(inconsistency(parsed.data, SLOT_COUNT), `kill ${kill}`).toBeNull()
    totalAcked += Math.max(0, run.lastAck - run.startedAt)
    survived++
  }
  // The next start sweeps what the kills left behind.
  await runAndKill(dataFolder, 20)
  const after = (await readdir(dataFolder)).filter((n) => n.endsWith(TEMP_SUFFIX))
  expect(after.length).toBeLessThanOrEqual(1)

  console.log(
    `crash test: ${survived}/${KILLS} kills survived (seed ${SEED}); ${totalAcked} acknowledged writes checked; ` +
      `${leftoverTemps} temp files left by kills, swept at the next start`,
  )
  expect(survived).toBe(KILLS)
}, 600_000)
