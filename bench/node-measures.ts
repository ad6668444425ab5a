import { randomBytes } from 'node:crypto'
import { open, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createCard } from '@shared/domain/board'
import { boardToCsv } from '@shared/export/csv'
import { parseCsv } from '@shared/import/csv-parse'
import { readInterviews } from '@shared/import/interviews'
import { guessMapping } from '@shared/import/mapping'
import { CardSchema } from '@shared/domain/card'
import type { Card } from '@shared/domain/card'
import type { StoreData } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { ReminderScheduler } from '@main/reminders/scheduler'
import { BoardStore, STORE_FILE_NAME } from '@main/store/board-store'
import { StoreFileAdapter } from '@main/store/store-adapter'
import { BOARD_NOW, boardText, generateBoard } from './boards'
import { legacyParseCsv } from './legacy-csv-parse'
import { sample } from './stats'

const clock = { now: () => BOARD_NOW }
// The app keeps its validation key outside the data folder (validation-key.ts); any key will do here.
const validationKey = randomBytes(32)

/**
 * A full garbage collection, now. The update measure reads the 10 MB file for its baseline each
 * run; without this, collecting those buffers lands on whichever write is timed next.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
})()

/** A card changed the way an edit in the card panel changes it: a new object, a new note. */
function edited(card: Card, n: number): Card {
  return CardSchema.parse({
    ...card,
    notes: `Called back on day ${n}.`,
    updatedAt: new Date(BOARD_NOW.getTime() + n * 1000).toISOString(),
  })
}

function replaceCard(data: StoreData, card: Card): StoreData {
  return { ...data, cards: data.cards.map((c) => (c.id === card.id ? card : c)) }
}

/** writeFile + fsync + rename of bytes already in hand: what any atomic save must cost at least. */
async function rawAtomicWrite(file: string, bytes: Buffer): Promise<void> {
  const temp = `${file}.raw.tmp`
  const handle = await open(temp, 'w', 0o600)
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, file)
}

export interface PairedSample {
  subject: number[]
  baseline: number[]
}

/**
 * One card updated and persisted through the store (validate the card, serialise the board,
 * temp file + fsync + rename + folder fsync), against a raw atomic write of the same bytes.
 * The two alternate so that the disk's mood affects both alike.
 */
export async function measureCardUpdate(
  folder: string,
  cards: number,
  runs: number,
): Promise<PairedSample & { fileBytes: number }> {
  const board = generateBoard({ cards })
  const storeFile = join(folder, STORE_FILE_NAME)
  await writeFile(storeFile, boardText(board))
  const store = await BoardStore.open({
    dataFolder: folder,
    clock,
    defaultTimeZone: 'UTC',
    validationKey,
  })
  const rawFile = join(folder, 'raw.json')
  let n = 0
  let fileBytes = 0
  const subject: number[] = []
  const baseline: number[] = []
  const once = async () => {
    n++
    const id = store.data.cards[(n * 7919) % store.data.cards.length]!.id
    const before = store.data.cards.find((c) => c.id === id)!
    // From an idle store, as when a person makes one change.
    await store.flush()
    collectGarbage()
    const started = performance.now()
    const card = edited(before, n)
    await store.update((data) => replaceCard(data, card))
    const stored = performance.now() - started
    const bytes = await readFile(storeFile)
    fileBytes = bytes.length
    collectGarbage()
    const rawStarted = performance.now()
    await rawAtomicWrite(rawFile, bytes)
    return { stored, raw: performance.now() - rawStarted }
  }
  await once()
  for (let i = 0; i < runs; i++) {
    const { stored, raw } = await once()
    subject.push(stored)
    baseline.push(raw)
  }
  await store.flush()
  return { subject, baseline, fileBytes }
}

/**
 * Start-up: the store file read, parsed and validated (StoreFileAdapter.readDetailed, as
 * BoardStore.open does it), against readFile + JSON.parse of the same file. `written` says who
 * wrote the file: Foothold itself (the normal start) or something else (a restored copy, an edit).
 */
export async function measureStoreLoad(
  folder: string,
  cards: number,
  runs: number,
  written: 'by Foothold' | 'elsewhere',
): Promise<PairedSample> {
  const file = join(folder, STORE_FILE_NAME)
  const board = generateBoard({ cards })
  if (written === 'by Foothold') {
    const store = await BoardStore.open({
      dataFolder: folder,
      clock,
      defaultTimeZone: 'UTC',
      validationKey,
    })
    await store.update(() => board)
    // As when the app quits: the validation record is written then.
    await store.settle()
  } else {
    await writeFile(file, boardText(board))
  }
  const subject = await sample(runs, async () => {
    const started = performance.now()
    const read = await new StoreFileAdapter(file, validationKey).readDetailed()
    if (read?.data.cards.length !== cards) throw new Error('The store did not load the board')
    return performance.now() - started
  })
  const baseline = await sample(runs, async () => {
    const started = performance.now()
    const data = JSON.parse(await readFile(file, 'utf8')) as StoreData
    if (data.cards.length !== cards) throw new Error('Not the board')
    return performance.now() - started
  })
  return { subject, baseline }
}

/**
 * The reminder scheduler's run after one card changed, on a board of `cards` cards. The store is a
 * stand-in holding the data in memory, so that only the scheduler's own work is timed (the real
 * store's disk writes are measured above). Also returns the first, cold, run.
 */
export async function measureReplan(
  cards: number,
  runs: number,
  // The scheduler runs all day, so it is measured warm.
  warmUp: number,
): Promise<{ afterOneChange: number[]; cold: number }> {
  let data: StoreData = generateBoard({ cards })
  const store = {
    get data() {
      return data
    },
    currentStatus: { saving: 'idle', message: null, readOnly: false },
    update: async (change: (d: StoreData) => StoreData) => {
      data = change(data)
    },
  } as unknown as BoardStore
  const scheduler = new ReminderScheduler({
    store,
    clock,
    timers: { setTimeout: () => null, clearTimeout: () => undefined },
    notify: () => undefined,
  })
  let started = performance.now()
  await scheduler.replan()
  const cold = performance.now() - started
  let n = 0
  const afterOneChange = await sample(
    runs,
    async () => {
      n++
      const index = (n * 7919) % data.cards.length
      const card = data.cards[index]!
      // A new interview replaces an old one: a different card, planned from scratch.
      const fresh = createCard(sampleDetails({ company: `Company ${n}` }), card.id, BOARD_NOW)
      data = replaceCard(data, n % 2 ? fresh : edited(card, n))
      started = performance.now()
      await scheduler.replan()
      return performance.now() - started
    },
    warmUp,
  )
  scheduler.stop()
  return { afterOneChange, cold }
}

/**
 * The CSV import of Foothold's own export of a generated board, one row per card: the file's text
 * read into a table with Papa Parse, as the import dialog does, against the hand-written parser it
 * replaced (bench/legacy-csv-parse.ts) on the same text, the two alternating. Both must read the
 * same table. Reading the table's rows into interviews (the dialog's preview) is timed too.
 */
export async function measureCsvImport(
  cards: number,
  runs: number,
): Promise<PairedSample & { fileBytes: number; readRows: number[] }> {
  const board = generateBoard({ cards })
  const text = boardToCsv(board.cards, { ...board.settings, bom: true })
  const tableOf = (parse: typeof parseCsv) => {
    const parsed = parse(text)
    if (!parsed.ok) throw new Error(parsed.problem)
    return parsed.table
  }
  if (JSON.stringify(tableOf(parseCsv)) !== JSON.stringify(tableOf(legacyParseCsv))) {
    throw new Error('The two parsers read the export differently')
  }
  const timed = (work: () => unknown) => {
    collectGarbage()
    const started = performance.now()
    work()
    return performance.now() - started
  }
  const subject: number[] = []
  const baseline: number[] = []
  const readRows: number[] = []
  const table = tableOf(parseCsv)
  const mapping = guessMapping(table.headers)
  let n = 0
  const options = {
    timeZone: board.settings.timeZone,
    dateOrder: null,
    newId: () => `iv-${++n}`,
  }
  for (let i = 0; i <= runs; i++) {
    const pair = [timed(() => tableOf(parseCsv)), timed(() => tableOf(legacyParseCsv))]
    const read = timed(() => readInterviews(table, mapping, options))
    // The first round warms up.
    if (i === 0) continue
    subject.push(pair[0]!)
    baseline.push(pair[1]!)
    readRows.push(read)
  }
  return { subject, baseline, fileBytes: new TextEncoder().encode(text).length, readRows }
}
