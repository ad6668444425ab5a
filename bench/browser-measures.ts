import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { startBrowserHost } from '../e2e/host/browser-host'
import { serveRenderer } from '../e2e/host/static-server'
import { STORE_FILE_NAME } from '@main/store/board-store'
import { boardText, generateBoard } from './boards'

/**
 * Runs in every page before its scripts: notes when the first card is in the page and the frame
 * that shows it has been drawn (a task posted from that frame's requestAnimationFrame runs after
 * its style, layout and paint), the same for the whole board once the app's board stops being busy
 * (the bare page has no such state), and records long tasks.
 */
const PROBE = `(() => {
  const bench = (window.__bench = {
    ready: null, complete: null, firstScreenData: null, boardData: null,
    firstScreenBytes: null, boardBytes: null, longTasks: [], frames: null,
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const afterFrame = (key) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (bench[key] = performance.now());
      channel.port2.postMessage(null);
    });
  const seen = new MutationObserver(() => {
    if (!seen.cardSeen && document.querySelector('[data-testid="card"]')) {
      seen.cardSeen = true;
      afterFrame('ready');
    }
    if (document.querySelector('.board[aria-busy="false"]')) {
      seen.disconnect();
      afterFrame('complete');
    }
  });
  seen.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})()`

/**
 * Also before the bridge: watches the browser edition's socket, noting when the answers to the
 * first screen and to the whole board were in the page, and how many bytes each was.
 */
const SOCKET_PROBE = `(() => {
  const Real = window.WebSocket;
  window.WebSocket = class extends Real {
    constructor(...args) {
      super(...args);
      const asked = new Map();
      const send = this.send.bind(this);
      this.send = (text) => {
        const message = JSON.parse(text);
        if (message.t === 'invoke') asked.set(message.id, message.channel);
        send(text);
      };
      this.addEventListener('message', (event) => {
        const bench = window.__bench;
        const message = JSON.parse(event.data);
        const key = { 'foothold:loadFirstScreen': 'firstScreen', 'foothold:loadBoard': 'board' }[asked.get(message.id)];
        if (message.t !== 'result' || !key || !bench || bench[key + 'Data'] !== null) return;
        bench[key + 'Data'] = performance.now();
        bench[key + 'Bytes'] = event.data.length;
      });
    }
  };
})()`

/** How big the board's two answers were as JSON, in characters: what crosses the socket. */
export interface AnswerBytes {
  firstScreen: number
  board: number
}

interface BenchWindow {
  requestAnimationFrame(callback: (time: number) => void): number
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null
  }
  __bench: {
    ready: number | null
    complete: number | null
    firstScreenData: number | null
    boardData: number | null
    firstScreenBytes: number | null
    boardBytes: number | null
    longTasks: { start: number; duration: number }[]
    frames: number[] | null
  }
}

/** For the app's page: when, after navigation start, more than its first card had arrived. */
export interface BoardTimes {
  /** The first screen's data parsed in the page. */
  firstScreenData: number[]
  /** The whole board's data parsed in the page. */
  boardData: number[]
  /** The frame that drew the whole board (the board no longer busy) done. */
  complete: number[]
  /** The answers' sizes as they crossed the socket, characters of JSON. */
  firstScreenBytes?: number
  boardBytes?: number
}

/**
 * Reloads the page and returns navigation start → first frame with cards drawn, in ms; `times`
 * gets the app page's other moments.
 */
async function timeToBoard(page: Page, times?: BoardTimes): Promise<number> {
  await page.reload({ waitUntil: 'commit' })
  const handle = await page.waitForFunction(
    (app) => {
      const bench = (globalThis as unknown as BenchWindow).__bench
      return bench?.ready && (!app || bench.complete) ? bench : null
    },
    times !== undefined,
    { timeout: 60_000, polling: 50 },
  )
  const bench = (await handle.jsonValue()) as BenchWindow['__bench']
  if (times) {
    times.firstScreenBytes = bench.firstScreenBytes ?? 0
    times.boardBytes = bench.boardBytes ?? 0
    times.firstScreenData.push(bench.firstScreenData ?? Number.NaN)
    times.boardData.push(bench.boardData ?? Number.NaN)
    times.complete.push(bench.complete ?? Number.NaN)
  }
  return bench.ready!
}

/** Waits until the page has had an idle moment, so its work does not slow the next measure. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        (
          globalThis as unknown as {
            requestIdleCallback(callback: () => void, options: { timeout: number }): void
          }
        ).requestIdleCallback(() => resolve(), { timeout: 3000 }),
      ),
  )
  await page.waitForTimeout(300)
}

/** Builds the bare React page (bench/bare) into `outDir`, as the app's renderer is built. */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    root: join(process.cwd(), 'bench', 'bare'),
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true },
  })
}

export interface FirstPaint extends BoardTimes {
  app: number[]
  bare: number[]
}

export interface DragFrames {
  /** requestAnimationFrame-to-requestAnimationFrame times during the drags, ms. */
  frames: number[]
  longTasks: number[]
  /** Which column the card was over at each stop: proves the drag really crossed the board. */
  crossed: string[]
}

export interface BrowserResults {
  firstPaint: FirstPaint
  answerBytes: AnswerBytes
  drag: DragFrames
  version: string
}

/**
 * The app as the browser host runs it (built renderer, real main-process modules reached through
 * exposeBinding) on a seeded board of `cards` cards, and the bare React page in the same browser.
 */
export async function measureInBrowser(
  browser: Browser,
  folder: string,
  options: { cards: number; runs: number; drags: number },
): Promise<BrowserResults> {
  const dataFolder = join(folder, 'data')
  await mkdir(dataFolder, { recursive: true })
  await writeFile(
    join(dataFolder, STORE_FILE_NAME),
    boardText(generateBoard({ cards: options.cards })),
  )
  const bareDir = join(folder, 'bare')
  await buildBarePage(bareDir)

  // Before the bridge, which asks for the board as soon as it runs.
  const session = await startBrowserHost(browser, dataFolder, {
    beforeBridge: [SOCKET_PROBE, PROBE],
  })
  try {
    const { page } = session
    await page.waitForSelector('[data-testid="card"]', { timeout: 120_000 })
    const server = await serveRenderer(bareDir)
    const barePage = await (
      await browser.newContext({ viewport: { width: 1320, height: 840 } })
    ).newPage()
    await barePage.addInitScript({ content: PROBE })
    await barePage.goto(`${server.origin}/index.html?cards=${options.cards}`)
    // The app and the bare page alternate, so that the machine's mood affects both alike; the
    // first round is a warm-up.
    const times: BoardTimes = { firstScreenData: [], boardData: [], complete: [] }
    const warmUp: BoardTimes = { firstScreenData: [], boardData: [], complete: [] }
    const app: number[] = []
    const bare: number[] = []
    for (let round = 0; round <= options.runs; round++) {
      const measured = round > 0
      const appReady = await timeToBoard(page, measured ? times : warmUp)
      // The app fetches its other screens once the board is up: let that finish first.
      await settle(page)
      const bareReady = await timeToBoard(barePage)
      await settle(barePage)
      if (measured) {
        app.push(appReady)
        bare.push(bareReady)
      }
    }
    await barePage.context().close()
    await server.close()

    const drag: DragFrames = { frames: [], longTasks: [], crossed: [] }
    for (let i = 0; i < options.drags; i++) {
      const one = await dragAcrossBoard(page)
      drag.frames.push(...one.frames)
      drag.longTasks.push(...one.longTasks)
      drag.crossed = one.crossed
    }
    return {
      firstPaint: { app, bare, ...times },
      answerBytes: { firstScreen: times.firstScreenBytes ?? 0, board: times.boardBytes ?? 0 },
      drag,
      version: browser.version(),
    }
  } finally {
    await session.close()
  }
}

const STAGE_ORDER = ['check-in', 'final', 'closed', 'thank-you'] as const

/**
 * Picks up the first Thank-you card with the mouse and carries it over Check-in, Final and Closed
 * and back, in small steps as a hand would, then drops it where it started (so the board is the
 * same for the next drag). Frames are timed by a requestAnimationFrame loop in the page.
 */
async function dragAcrossBoard(page: Page): Promise<DragFrames> {
  const card = page.locator('[data-testid="column-thank-you"] [data-testid="card"]').first()
  const from = (await card.boundingBox())!
  const x0 = from.x + from.width / 2
  const y0 = from.y + from.height / 2
  await page.mouse.move(x0, y0)
  await page.evaluate(() => {
    const page = globalThis as unknown as BenchWindow
    const bench = page.__bench
    bench.longTasks = []
    const frames: number[] = (bench.frames = [])
    const tick = (time: number) => {
      if (bench.frames !== frames) return
      frames.push(time)
      page.requestAnimationFrame(tick)
    }
    page.requestAnimationFrame(tick)
  })
  const started = await page.evaluate(() => performance.now())
  await page.mouse.down()
  await page.mouse.move(x0 + 12, y0 + 4, { steps: 4 })
  const crossed: string[] = []
  for (const stage of STAGE_ORDER) {
    const box = (await page.getByTestId(`column-${stage}`).boundingBox())!
    await page.mouse.move(box.x + box.width / 2, y0 + 40, { steps: 30 })
    crossed.push(
      await page.evaluate(
        () =>
          (globalThis as unknown as BenchWindow).document
            .querySelector('.column--target')
            ?.getAttribute('data-testid') ?? 'its own column',
      ),
    )
  }
  await page.mouse.up()
  await page.waitForTimeout(400)
  const result = await page.evaluate((since) => {
    const bench = (globalThis as unknown as BenchWindow).__bench
    const frames = bench.frames ?? []
    bench.frames = null
    const deltas = frames.slice(1).map((t, i) => t - frames[i]!)
    return {
      frames: deltas,
      longTasks: bench.longTasks.filter((t) => t.start >= since).map((t) => t.duration),
    }
  }, started)
  return { ...result, crossed }
}
