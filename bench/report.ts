import { CHROMIUM_ARGS } from '../e2e/host/chromium'
import { median, p95 } from './stats'

export interface Environment {
  cpu: string
  cores: number
  memoryGiB: number
  freeMemoryGiB: number
  os: string
  node: string
  chromium: string
  chromiumPath: string
  tempFolder: string
  /** 1-minute load average when the run started (other work on the machine skews figures). */
  load: number
}

export interface Row {
  what: string
  cards?: number
  /** Every measured run. */
  value: number[]
  unit: 'ms' | 'kB'
  baseline?: { label: string; value: number[] }
  /** A ratio is subject ÷ baseline at the same statistic; an absolute budget is the statistic. */
  budget?: {
    kind: 'ratio' | 'absolute'
    of: 'median' | 'p95'
    max: number
    /**
     * What the clock itself adds: requestAnimationFrame timestamps of 60 Hz frames wobble by a
     * few tenths of a millisecond around 16.7, while a missed frame takes 33.3.
     */
    jitter?: number
  }
  /** A second condition on the same row (the drag's longest long task). */
  extra?: { label: string; value: number; max: number }
  note?: string
  skipped?: string
}

export type Verdict = 'within budget' | 'over budget' | 'no budget' | 'skipped'

const stat = (of: 'median' | 'p95', values: number[]) =>
  of === 'p95' ? p95(values) : median(values)
// Figures are shown to 0.1: a budget is met when the figure as shown is within it.
const round = (value: number) => Math.round(value * 10) / 10
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')

export function budgetFigure(row: Row): number | null {
  if (!row.budget || row.value.length === 0) return null
  const subject = stat(row.budget.of, row.value)
  if (row.budget.kind === 'absolute') return subject
  return row.baseline ? subject / stat(row.budget.of, row.baseline.value) : null
}

export function verdictOf(row: Row): Verdict {
  if (row.skipped !== undefined) return 'skipped'
  const figure = budgetFigure(row)
  if (!row.budget || figure === null) return 'no budget'
  const digits = row.budget.kind === 'ratio' ? 100 : 10
  const within =
    Math.round(figure * digits) / digits <= row.budget.max + (row.budget.jitter ?? 0) &&
    (!row.extra || round(row.extra.value) <= row.extra.max)
  return within ? 'within budget' : 'over budget'
}

function describeBudget(row: Row): string {
  if (!row.budget) return '–'
  const { kind, of, max, jitter } = row.budget
  const allowance = jitter ? ` (± ${jitter} ${row.unit} clock jitter)` : ''
  const main =
    kind === 'ratio' ? `${of} ≤ ${max}× baseline` : `${of} ≤ ${max} ${row.unit}${allowance}`
  return row.extra ? `${main}; ${row.extra.label} ≤ ${row.extra.max} ms` : main
}

function cells(row: Row): string[] {
  const size = row.cards === undefined ? '' : row.cards.toLocaleString('en-US')
  if (row.skipped !== undefined) {
    return [row.what, size, '–', '–', '–', '–', '–', `skipped: ${row.skipped}`]
  }
  const figure = budgetFigure(row)
  const ratio = row.budget?.kind === 'ratio' && figure !== null ? `${figure.toFixed(2)}×` : ''
  const baseline = row.baseline
    ? `${fixed(median(row.baseline.value))} / ${fixed(p95(row.baseline.value))}`
    : '–'
  const extra = row.extra ? `; ${row.extra.label} ${fixed(row.extra.value)} ms` : ''
  const note = [row.note, extra.slice(2)].filter(Boolean).join('; ')
  return [
    row.what,
    size,
    `${fixed(median(row.value))} ${row.unit}`,
    `${fixed(p95(row.value))} ${row.unit}`,
    baseline,
    ratio || '–',
    describeBudget(row),
    `${verdictOf(row)}${note ? ` (${note})` : ''}`,
  ]
}

const HEADER = [
  'measure',
  'cards',
  'median',
  'p95',
  'baseline median / p95 (ms)',
  'ratio',
  'budget',
  'verdict',
]

/** A plain-text table for the terminal. */
export function renderTable(rows: Row[]): string {
  const table = [HEADER, ...rows.map(cells)]
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i]!.length)))
  return table
    .map((r) =>
      r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '),
    )
    .join('\n')
}

function markdownTable(rows: Row[]): string {
  const line = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map((r) => line(cells(r)))].join(
    '\n',
  )
}

/** How many measured runs each measure had (after one warm-up run, unless said otherwise). */
export interface RunCounts {
  each: number
  updates: number
  replans: number
  replanWarmUp: number
  foreignLoads: number
  electron: number
}

export interface RunShape {
  runs: RunCounts
  sizes: { board: number; store: number }
  firstScreenRows: number
  /** No Electron binary here: its start-up was not measured. */
  electronSkipped: boolean
}

/** BENCHMARKS.md: the machine, the figures of this run, and how each one is measured. */
export function renderMarkdown(env: Environment, rows: Row[], shape: RunShape): string {
  const date = new Date().toISOString().slice(0, 10)
  return `# Benchmarks

Measured by \`npm run bench\` on ${date}. Every figure below comes from that run; run it again to
get figures for another machine. Each measurement ran ${shape.runs.each} times after one
unmeasured warm-up run (card updates ${shape.runs.updates} times, so that one slow fsync does not
decide their p95; re-plans ${shape.runs.replans} times, after ${shape.runs.replanWarmUp} warm-up
runs; the load of a file written elsewhere ${shape.runs.foreignLoads} times); the tables give the
median and the 95th percentile (nearest rank). Ratios compare the same statistic of the subject
and of its baseline, both measured in the same run.

## Machine

| | |
| --- | --- |
| CPU | ${env.cpu}, ${env.cores} cores |
| memory | ${env.memoryGiB.toFixed(1)} GiB |
| OS | ${env.os} |
| Node | ${env.node} |
| browser | Chromium ${env.chromium}, headless, \`${CHROMIUM_ARGS.join(' ')}\` |
| disk | the system temp folder (${env.tempFolder}) |
| load average at start | ${env.load.toFixed(2)} |

## Results

${markdownTable(rows)}

${METHODS}
${notes(shape)}`
}

const METHODS = `## How each figure is measured, and how to reproduce it

\`npm run bench\` builds the app (\`electron-vite build\`), then measures everything below and
rewrites this file; \`npm run bench -- --skip-build\` uses the build in \`out/\`. \`npm run bench:smoke\`
runs the same code on 200-card boards, once each, without enforcing budgets: \`npm test\` runs it so
the benchmark cannot rot. The boards come from \`bench/boards.ts\`: a seeded generator of realistic
boards (companies, positions, interviewers with their channels, topics, decision dates, activity
logs and follow-up progress in every stage) made with the app's own board and cadence operations;
\`src/main/store/generated-boards.test.ts\` validates each size with the store schemas.

- **First board paint** — the browser host of the e2e tests (\`e2e/host/browser-host.ts\`): the
  built renderer served on 127.0.0.1 with the app's CSP, the real main-process services on a data
  folder holding the generated board, reached through \`exposeBinding\` and the shipped preload. A
  script injected before the page's own notes when the first card enters the DOM, then the end of
  the frame that draws it (a task posted from that frame's \`requestAnimationFrame\`), in ms since
  navigation start. What draws that card is the first screen (see below). **Whole board drawn** is
  the same moment for the frame after the board stops being busy (\`aria-busy\` goes false), when
  every card is in the window. The page is reloaded for each run, alternating with the baseline's,
  so main's plan cache is warm, as it is in the app once main has planned the board while the
  window loads. Playwright's binding is slow with large
  answers (see "board transfer"), which Electron's IPC is not, so for this measure each IPC answer
  is made into JSON text in main and fetched by the page from the host's own server, then parsed
  before the preload sees it: about what a structured clone between processes costs. The baseline is \`bench/bare\`: React
  rendering the same number of plain divs, built by Vite the same way and served by the same server,
  measured in the same browser with the same script.
- **Drag frame time** — on the same page, the first Thank-you card is picked up with the mouse
  (Playwright's \`page.mouse\`, i.e. real input events) and carried over Check-in, Final and Closed and
  back, 30 moves per column, then dropped where it started. A \`requestAnimationFrame\` loop in the
  page records frame times; a \`PerformanceObserver\` records long tasks (over 50 ms). The cards
  the pointer was over are listed to show the drag crossed the board. Frame timestamps wobble by
  a few tenths of a millisecond around 16.7 ms, while a missed frame takes 33.3 ms, so the budget
  allows 0.5 ms of clock jitter: a p95 of 16.8 ms still means 95 % of frames were on time.
- **Card update persisted** — \`BoardStore\` on a temp folder holding the generated board: a card is
  edited, validated with \`CardSchema\` (as the IPC handlers do) and the update is awaited until it is
  on disk (serialise, temp file, one \`writev\`, fsync, rename, folder fsync). The baseline writes the very bytes
  of the resulting file with \`writeFile\` + \`fsync\` + \`rename\`; the two alternate. A full
  garbage collection runs before each timed write: the benchmark reads the 10 MB file for its
  baseline every run, and collecting that would otherwise land on whichever write came next.
- **Re-plan all reminders** — \`ReminderScheduler\` over the generated board held in memory; one
  card is replaced (alternately a new interview and an edit) and one scheduler run is timed: plans,
  reminders due, the due count and the next timer.
- **Store load at start-up** — \`StoreFileAdapter.readDetailed()\`, what \`BoardStore.open\` does to
  read the file: read, parse, validate. The baseline is \`readFile\` + \`JSON.parse\` of the same file.
  "Written elsewhere" is the same for a file that Foothold did not write itself.
- **CSV import** — Foothold's own CSV export of the generated board (one row per card, as
  \`boardToCsv\` writes it) read into a table by \`parseCsv\`, which the import dialog runs: Papa
  Parse since the hand-written parser was replaced. The baseline is that hand-written parser, kept
  in \`bench/legacy-csv-parse.ts\` for this comparison only, on the same text; the two alternate,
  after a full garbage collection each, and must read the same table. Reading the table's rows
  into checked interviews (\`readInterviews\`, the dialog's preview) is timed after them.
- **Renderer JS** — the production build's \`.js\` files, each gzipped at level 9; kB are 1,000
  bytes. "Loaded to show the board" is what \`out/renderer/index.html\` loads before anything
  shows: its module script and the chunks it preloads. The card panel, the new interview form,
  Settings, Progress, the CSV import and the shortcut overlay are separate chunks, loaded on first
  use (and fetched once the board is up, so opening them stays instant); "every screen" adds them.
- **Electron start-up** — only where an Electron binary exists (\`e2e/host/electron-binary.ts\`):
  Playwright's \`_electron.launch\` of the built app on the generated board, timed until its main
  window is visible, and the working-set memory of all its processes (\`app.getAppMetrics()\`) then.
  Otherwise the row says why it was skipped.
`

const notes = (shape: RunShape) => `## What was changed for performance

- **Reminder scheduler** (\`src/main/reminders/scheduler.ts\`, \`src/shared/cadence/plan-cache.ts\`):
  it used to plan every card on every store change. Plans are now cached by card object and
  settings object (every change makes a new card object; new settings start afresh, and a removed
  card is forgotten with it), and each plan is reduced once to numbers and due days, so a run
  compares numbers instead of parsing dates and formatting time zones. Unchanged cards are found by
  position in the new cards array, without a lookup. The renderer shares the same plan cache.
  \`src/main/reminders/scheduler-cache.test.ts\` covers settings changes, card changes and removals,
  and checks that a run finds exactly what \`remindersDue\`, \`countDue\` and \`nextReminderAt\` find.
  A sorted structure for the next due time was not needed: the scan over precomputed numbers is
  well under a millisecond for 5,000 cards.
- **Store writes** (\`src/main/store/store-text.ts\`): each card's serialised bytes are kept by card
  object, so one change to 5,000 cards serialises one card and copies the rest (the output is byte
  for byte \`JSON.stringify(data, null, 1)\`); the file is written from those bytes, without
  re-encoding 10 MB of text.
- **Store load**: validating 5,000 cards with the zod schemas costs several times the JSON parse
  (see "file written elsewhere"). Once editing pauses (and when the app quits), and after
  validating a file it did not write, the store records in \`foothold.json.checked\` a keyed MAC
  (HMAC-SHA-256) of the file's bytes and the validator's identity (format version, a revision
  number and a hash of the schema's JSON Schema). The key is kept outside the data folder
  (\`src/main/store/validation-key.ts\`), so nothing that can only write the data folder can make
  a record that matches. A start-up whose file matches the record parses it without validating
  again; any other content (an edit, a sync tool, a disk error, a restored copy) is validated as
  before. The benchmark runs the store with a key, as the app does.
- **Store writes, second step**: the file's bytes stay in the cached pieces and go to disk with one
  \`writev\`; joining them first meant a fresh 10 MB copy, and later its garbage collection, for
  every save of a 5,000-card board. Hashes and comparisons read the pieces in place.
- **Drag** (\`src/renderer/src/board/drag-state.tsx\`): dnd-kit's \`useDraggable\` and
  \`useDroppable\` re-render every component that calls them whenever a drag starts, crosses a
  column or ends, so every drawn card and every column re-rendered. Now one draggable is lent to
  the card a drag starts on, the four droppables live in components that draw nothing, and cards
  and columns read the drag from a small store by selector. A test
  (\`src/renderer/src/board/drag-renders.test.tsx\`) wraps every card and column in a React
  Profiler, drags a card over two columns and checks that only the lifted card and the columns it
  left and crossed rendered; the old code fails it. The drop-target tint became its own layer,
  faded by opacity alone, so crossing a column no longer repaints its cards for the length of a
  colour transition.
- **First paint**: the card panel, the new interview form, Settings, Progress, the CSV import and
  the shortcut overlay are loaded on first use, so the JS parsed before the board shows is the
  board's own; they are fetched in the background once the whole board is in.
- **First screen sent ahead** (\`src/shared/board-view/first-screen.ts\`): the board used to
  arrive as one answer (the table gives its size), and the window planned every card before it
  could draw one. Now the preload first asks for \`loadFirstScreen\`: main sends the top
  ${shape.firstScreenRows} cards of each column in the column's own order, with the whole board's
  column counts, Due count and sample count. The window draws that at once, with the counts and
  scroll heights of the whole board, marks the board \`aria-busy\`, and only after that frame
  asks for the whole board (asking both at once let the big answer hold up the small one). Main
  plans every card in the background while the window loads (\`src/main/reminders/warm-plans.ts\`),
  sharing the plan cache with the reminder scheduler, so it answers in a few milliseconds. Main
  and window order columns with the same function (\`src/shared/board-view/order.ts\`), and a test
  checks the first screen against the column order worked out from the cadence engine. A change
  made in the window before the rest arrives (a drop, say) is kept when it does
  (\`src/renderer/src/state/first-screen.ts\`), since main read the whole board before that change.

## Electron start-up

Checked against Electron's performance guidance: the main process is one bundle (no \`require\`
of \`node_modules\` at start), the window is created hidden and shown on \`ready-to-show\` with a
background colour matching the theme, the reminder scheduler and the tray start after that first
paint, and the renderer is sandboxed. In particular:

- The window is created at once and loads while the store opens; IPC answers wait for the store
  (\`src/main/index.ts\`), and the preload's early request for the first screen is answered as
  soon as it is open.
- \`BoardStore.open\` no longer waits for the daily backup (the whole board serialised and written
  with fsync): it is taken in the background from the board as opened, and \`flush()\` waits for it.
${
  shape.electronSkipped
    ? `- Electron start-up itself could not be measured on this machine (see the table); the
  benchmark measures it wherever an Electron binary is installed.
`
    : ''
}
## Known limits when this was written

- **Whole board drawn** comes after the first paint (see the table): the whole board is asked
  for only once the first screen is on screen, then crosses the host's binding and HTTP as JSON,
  and the window plans every card and renders. The board can be read and used meanwhile: cards
  open, and a change made then is kept. Electron passes the same answer as a structured clone,
  which costs a fraction of this host's transfer, but that could not be measured here.
- **Card update persisted**: every save still writes the whole file (its size is in the table);
  the fsync of that file is most of the cost of both the save and the baseline. Writing only the
  changed cards (an append log, or one file per card) would change the file format.
- **Renderer JS**: the budget is applied to what the board needs to show itself. Every screen
  together is larger (see the table); those chunks load on first use, or once the board is up.
`
