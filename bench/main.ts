import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { format, resolveConfig } from 'prettier'
import { BOARD_SIZES } from './boards'
import { CHROMIUM_ARGS, chromiumPath as defaultChromiumPath } from '../e2e/host/chromium'
import { measureInBrowser } from './browser-measures'
import { measureElectronStartup } from './electron-measures'
import {
  measureCardUpdate,
  measureCsvImport,
  measureReplan,
  measureStoreLoad,
} from './node-measures'
import {
  renderMarkdown,
  renderTable,
  verdictOf,
  type Environment,
  type Row,
  type RunCounts,
} from './report'
import { FIRST_SCREEN_ROWS } from '@shared/board-view/first-screen'
import { median } from './stats'

export interface BenchOptions {
  smoke: boolean
  build: boolean
}

/** Bytes as the table gives sizes: kB and MB of 1,000 and 1,000,000 bytes. */
const kB = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`

/** `npm run bench`: every measurement, a table, and BENCHMARKS.md. See BENCHMARKS.md. */
export async function main(options: BenchOptions): Promise<number> {
  const { smoke } = options
  const sizes = smoke
    ? { board: BOARD_SIZES.small, store: BOARD_SIZES.small }
    : { board: BOARD_SIZES.medium, store: BOARD_SIZES.large }
  const runs: RunCounts = smoke
    ? { each: 1, updates: 2, replans: 5, replanWarmUp: 5, foreignLoads: 1, electron: 1 }
    : { each: 9, updates: 60, replans: 50, replanWarmUp: 5, foreignLoads: 3, electron: 5 }
  const say = (line: string) => process.stdout.write(`${line}\n`)

  if (options.build) {
    say('building the app (npm run build)…')
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' })
  }
  const folder = await mkdtemp(join(tmpdir(), 'foothold-bench-'))
  const chromiumPath = defaultChromiumPath()
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  try {
    const environment: Environment = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: totalmem() / 2 ** 30,
      freeMemoryGiB: freemem() / 2 ** 30,
      os: `${osType()} ${release()}`,
      node: process.version,
      chromium: browser.version(),
      chromiumPath,
      tempFolder: tmpdir(),
      load: loadavg()[0] ?? 0,
    }
    say(describeEnvironment(environment))

    say(`\nbrowser: first board paint and drag, ${sizes.board} cards…`)
    const inBrowser = await measureInBrowser(browser, join(folder, 'browser'), {
      cards: sizes.board,
      runs: runs.each,
      drags: smoke ? 1 : 3,
    })
    say(`store: card update persisted, ${sizes.store} cards…`)
    const update = await measureCardUpdate(
      await mkFolder(folder, 'update'),
      sizes.store,
      runs.updates,
    )
    say(`store: load at start-up, ${sizes.store} cards…`)
    const load = await measureStoreLoad(
      await mkFolder(folder, 'load'),
      sizes.store,
      runs.each,
      'by Foothold',
    )
    const foreignLoad = await measureStoreLoad(
      await mkFolder(folder, 'load-foreign'),
      sizes.store,
      runs.foreignLoads,
      'elsewhere',
    )
    say(`scheduler: re-plan after one change, ${sizes.store} cards…`)
    const replan = await measureReplan(sizes.store, runs.replans, runs.replanWarmUp)
    say(`csv: import of ${sizes.store} rows…`)
    const csvImport = await measureCsvImport(sizes.store, runs.each)
    say('renderer bundle…')
    const bundle = await rendererGzipBytes()
    say('electron start-up…')
    const electron = await measureElectronStartup(folder, sizes.board, runs.electron)

    const frames = inBrowser.drag.frames
    const longest = Math.max(0, ...inBrowser.drag.longTasks)
    const rows: Row[] = [
      {
        what: 'First board paint',
        cards: sizes.board,
        value: inBrowser.firstPaint.app,
        unit: 'ms',
        baseline: { label: 'bare React page, plain divs', value: inBrowser.firstPaint.bare },
        budget: { kind: 'ratio', of: 'median', max: 1.5 },
        note: `the first screen: ${kB(inBrowser.answerBytes.firstScreen)} of JSON, in the page at ${median(inBrowser.firstPaint.firstScreenData).toFixed(0)} ms (median)`,
      },
      {
        what: 'Whole board drawn',
        cards: sizes.board,
        value: inBrowser.firstPaint.complete,
        unit: 'ms',
        baseline: { label: 'bare React page, plain divs', value: inBrowser.firstPaint.bare },
        note: `for information: every card in the window; the whole board: ${kB(inBrowser.answerBytes.board)} of JSON, in the page at ${median(inBrowser.firstPaint.boardData).toFixed(0)} ms (median)`,
      },
      {
        what: 'Drag frame time',
        cards: sizes.board,
        value: frames,
        unit: 'ms',
        budget: { kind: 'absolute', of: 'p95', max: 16.7, jitter: 0.5 },
        extra: { label: 'longest long task', value: longest, max: 50 },
        note: `frames: ${frames.length}; over ${inBrowser.drag.crossed.join(', ')}`,
      },
      {
        what: 'Card update persisted',
        cards: sizes.store,
        value: update.subject,
        unit: 'ms',
        baseline: { label: 'raw writeFile+fsync+rename, same bytes', value: update.baseline },
        budget: { kind: 'ratio', of: 'p95', max: 1.5 },
        note: `the whole file, ${kB(update.fileBytes)}, is written each time`,
      },
      {
        what: 'Re-plan all reminders after one change',
        cards: sizes.store,
        value: replan.afterOneChange,
        unit: 'ms',
        budget: { kind: 'absolute', of: 'p95', max: 20 },
        note: `first (cold) plan of the whole board: ${replan.cold.toFixed(1)} ms`,
      },
      {
        what: 'Store load at start-up',
        cards: sizes.store,
        value: load.subject,
        unit: 'ms',
        baseline: { label: 'readFile + JSON.parse, same file', value: load.baseline },
        budget: { kind: 'ratio', of: 'median', max: 2 },
      },
      {
        what: 'Store load, file written elsewhere',
        cards: sizes.store,
        value: foreignLoad.subject,
        unit: 'ms',
        baseline: { label: 'readFile + JSON.parse, same file', value: foreignLoad.baseline },
        note: 'for information: full schema validation',
      },
      {
        what: 'CSV import: the file read into a table',
        cards: sizes.store,
        value: csvImport.subject,
        unit: 'ms',
        baseline: {
          label: 'the hand-written parser Papa Parse replaced, same text',
          value: csvImport.baseline,
        },
        note: `for information: after (Papa Parse) ÷ before (hand-written) ${(median(csvImport.subject) / median(csvImport.baseline)).toFixed(2)}× at the median, on ${kB(csvImport.fileBytes)} of Foothold's own export; reading the rows into interviews for the preview takes ${median(csvImport.readRows).toFixed(0)} ms more (median)`,
      },
      {
        what: 'Renderer JS loaded to show the board, gzip',
        value: [bundle.startUp / 1000],
        unit: 'kB',
        budget: { kind: 'absolute', of: 'median', max: 150 },
      },
      {
        what: 'Renderer JS, every screen, gzip',
        value: [bundle.total / 1000],
        unit: 'kB',
        note: `for information: ${bundle.lazy} chunks of other screens load on first use or once the board is up`,
      },
      electron === null || 'skipped' in electron
        ? {
            what: 'Electron start-up',
            cards: sizes.board,
            value: [],
            unit: 'ms',
            skipped: electron?.skipped ?? 'not run',
          }
        : {
            what: 'Electron start-up (launch → window shown)',
            cards: sizes.board,
            value: electron.shownMs,
            unit: 'ms',
            note: `memory, all processes: ${median(electron.memoryMB).toFixed(0)} MB median (Electron ${electron.version})`,
          },
    ]
    say('')
    say(renderTable(rows))
    const failed = rows.filter((row) => verdictOf(row) === 'over budget')
    if (!smoke) {
      // Formatted as the repository's Prettier settings want it, so lint passes after a run.
      const file = join(process.cwd(), 'BENCHMARKS.md')
      const markdown = renderMarkdown(environment, rows, {
        runs,
        sizes,
        firstScreenRows: FIRST_SCREEN_ROWS,
        electronSkipped: electron === null || 'skipped' in electron,
      })
      const config = (await resolveConfig(file)) ?? {}
      await writeFile(file, await format(markdown, { ...config, filepath: file }))
      say('\nwrote BENCHMARKS.md')
    } else {
      say('\nsmoke run: small boards, one run each; budgets are not enforced')
    }
    say(
      failed.length === 0
        ? 'every budget met'
        : `over budget: ${failed.map((row) => row.what).join('; ')}`,
    )
    return smoke || failed.length === 0 ? 0 : 1
  } finally {
    await browser.close()
    await rm(folder, { recursive: true, force: true })
  }
}

async function mkFolder(parent: string, name: string): Promise<string> {
  const folder = join(parent, name)
  await mkdir(folder, { recursive: true })
  return folder
}

/**
 * The renderer's JS, gzipped: what index.html loads before anything shows (its module script and
 * the chunks it preloads), and all of it.
 */
async function rendererGzipBytes(): Promise<{ startUp: number; total: number; lazy: number }> {
  const renderer = join(process.cwd(), 'out', 'renderer')
  const html = await readFile(join(renderer, 'index.html'), 'utf8')
  const atStartUp = new Set(
    [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!),
  )
  const sizes = { startUp: 0, total: 0, lazy: 0 }
  for (const name of await readdir(join(renderer, 'assets'))) {
    if (!name.endsWith('.js')) continue
    const bytes = gzipSync(await readFile(join(renderer, 'assets', name)), { level: 9 }).length
    sizes.total += bytes
    if (atStartUp.has(`assets/${name}`)) sizes.startUp += bytes
    else sizes.lazy++
  }
  return sizes
}

function describeEnvironment(env: Environment): string {
  return [
    'environment',
    `  CPU       ${env.cpu}, ${env.cores} cores`,
    `  memory    ${env.memoryGiB.toFixed(1)} GiB (${env.freeMemoryGiB.toFixed(1)} GiB free)`,
    `  OS        ${env.os}`,
    `  load      ${env.load.toFixed(2)} (1-minute average)`,
    `  Node      ${env.node}`,
    `  Chromium  ${env.chromium} (${env.chromiumPath})`,
  ].join('\n')
}
