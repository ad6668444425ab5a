import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import type { StoreStatus } from '@shared/ipc/contract'
import { createCard } from '@shared/domain/board'
import { STORE_SCHEMA_VERSION, emptyStore } from '@shared/store/store-format'
import type { StoreData } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { useTempFolders } from '../test-support/temp-folder'
import { createDispatch } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import { Backups } from './backups'
import type { ExternalChange } from './board-store'
import { BoardStore, ReadOnlyStoreError, STORE_FILE_NAME } from './board-store'
import { StoreFileAdapter } from './store-adapter'

const run = promisify(execFile)
const now = new Date('2026-11-23T10:00:00Z')
const clock = { now: () => now }
const tempFolder = useTempFolders()

function open(dataFolder: string, extra: Partial<Parameters<typeof BoardStore.open>[0]> = {}) {
  return BoardStore.open({ dataFolder, clock, defaultTimeZone: 'Europe/Berlin', ...extra })
}

function boardWith(...companies: string[]): StoreData {
  return {
    ...emptyStore('Europe/Berlin'),
    cards: companies.map((company, i) => createCard(sampleDetails({ company }), `card-${i}`, now)),
  }
}

/** A file as a process that ran before this one left it. */
async function leftByEarlierProcess(file: string, text: string): Promise<void> {
  await writeFile(file, text)
  const anHourBefore = new Date(performance.timeOrigin - 3600_000)
  await utimes(file, anHourBefore, anHourBefore)
}

async function readStore(folder: string): Promise<StoreData> {
  return JSON.parse(await readFile(join(folder, STORE_FILE_NAME), 'utf8')) as StoreData
}

describe('BoardStore', () => {
  it('starts an empty board in a new folder and writes nothing until something changes', async () => {
    const folder = await tempFolder()
    const store = await open(join(folder, 'nested', 'data'))
    expect(store.data.cards).toEqual([])
    expect(store.data.settings.timeZone).toBe('Europe/Berlin')
    expect(store.notices).toEqual([])
    expect(await readdir(join(folder, 'nested', 'data'))).toEqual([])
  })

  it('only a folder with no board file is a first run', async () => {
    expect((await open(await tempFolder())).data.onboarded).toBe(false)
    expect((await open(await tempFolder(), { skipFirstRun: true })).data.onboarded).toBe(true)
    const folder = await tempFolder()
    await writeFile(join(folder, STORE_FILE_NAME), 'not json')
    expect((await open(folder)).data.onboarded).toBe(true)
  })

  it('persists an update to disk before it resolves, and a new store reads it back', async () => {
    const folder = await tempFolder()
    const store = await open(folder)
    await store.update(() => boardWith('Acme'))
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Acme'])
    const reopened = await open(folder)
    expect(reopened.data).toEqual(store.data)
    expect(reopened.data.schemaVersion).toBe(STORE_SCHEMA_VERSION)
  })

  it('really writes under NODE_ENV=test, unlike lowdb presets', async () => {
    expect(process.env.NODE_ENV).toBe('test')
    const folder = await tempFolder()
    await (await open(folder)).update(() => boardWith('Written'))
    expect((await readStore(folder)).cards[0]?.company).toBe('Written')
  })

  it('coalesces updates made together into fewer writes and keeps the last state', async () => {
    const folder = await tempFolder()
    const store = await open(folder)
    const write = vi.spyOn(StoreFileAdapter.prototype, 'write')
    const updates = ['A', 'B', 'C', 'D', 'E'].map((company) =>
      store.update((data) => ({
        ...data,
        cards: [...data.cards, ...boardWith(company).cards.map((c) => ({ ...c, id: company }))],
      })),
    )
    await Promise.all(updates)
    expect(write.mock.calls.length).toBeLessThan(updates.length)
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['A', 'B', 'C', 'D', 'E'])
  })

  it('flush waits for every pending write', async () => {
    const folder = await tempFolder()
    const store = await open(folder)
    void store.update(() => boardWith('Flushed'))
    await store.flush()
    expect((await readStore(folder)).cards[0]?.company).toBe('Flushed')
  })

  it('reports a failed write, retries it, and resolves once the disk accepts it', async () => {
    const folder = await tempFolder()
    const statuses: StoreStatus[] = []
    const store = await open(folder, {
      onStatus: (s) => statuses.push(s),
      retryDelayMs: 20,
      maxRetryDelayMs: 40,
    })
    await store.update(() => boardWith('Before'))
    // A folder where the file should be makes the final rename fail, as a full or locked disk would.
    const file = join(folder, STORE_FILE_NAME)
    await rm(file)
    await mkdir(join(file, 'blocker'), { recursive: true })
    let settled = false
    const pending = store.update(() => boardWith('After')).then(() => (settled = true))
    await vi.waitFor(() => expect(statuses.at(-1)?.saving).toBe('failed'))
    expect(statuses.at(-1)?.message).toContain('could not save')
    expect(settled).toBe(false)
    await rm(file, { recursive: true })
    await pending
    expect((await readStore(folder)).cards[0]?.company).toBe('After')
    expect(statuses.at(-1)).toEqual({ saving: 'idle', message: null, readOnly: false })
  })

  it('leaves no temp files behind, and sweeps ones a crash left', async () => {
    const folder = await tempFolder()
    const left = [
      join(folder, `${STORE_FILE_NAME}.999-deadbeef.tmp`),
      join(folder, `${STORE_FILE_NAME}.checked.999-deadbeef.tmp`),
      join(folder, 'backups', `foothold-20261122T100000Z.json.999-deadbeef.tmp`),
    ]
    await mkdir(join(folder, 'backups'))
    for (const temp of left) await leftByEarlierProcess(temp, '{"half')
    const store = await open(folder, { validationKey: randomBytes(32) })
    await store.update(() => boardWith('Clean'))
    await store.settle()
    // The store file, its record of having been validated (store-text.ts), and the backups.
    expect((await readdir(folder)).sort()).toEqual([
      'backups',
      STORE_FILE_NAME,
      `${STORE_FILE_NAME}.checked`,
    ])
    expect(await readdir(join(folder, 'backups'))).toHaveLength(1)
  })

  it('leaves alone a temp file newer than itself: another process may be writing it', async () => {
    const folder = await tempFolder()
    const inFlight = join(folder, `${STORE_FILE_NAME}.4242-cafebabe.tmp`)
    await writeFile(inFlight, '{"being written')
    await open(folder)
    expect(await readFile(inFlight, 'utf8')).toBe('{"being written')
  })

  it('never lists a temp file in the backups folder as a backup', async () => {
    const folder = await tempFolder()
    const backups = new Backups(folder)
    await backups.takeIfDue(boardWith('Kept'), new Date('2026-11-20T09:00:00Z'))
    await writeFile(join(backups.folder, 'foothold-20261122T090000Z.json.1-ab.tmp'), '{"half')
    await writeFile(join(backups.folder, 'foothold-20261121T090000Z.json.tmp'), '{}')
    expect((await backups.list()).map((b) => b.takenAt)).toEqual([new Date('2026-11-20T09:00:00Z')])
  })
})

describe('BoardStore recovery from a bad file', () => {
  const badFiles: Array<[string, string | Buffer]> = [
    ['truncated JSON', '{"schemaVersion":1,"settings":{"yourName":"A'],
    ['an empty file', ''],
    ['NUL bytes', Buffer.alloc(64)],
    ['wrong types', JSON.stringify({ schemaVersion: 1, settings: { yourName: 7 }, cards: 'many' })],
    ['an unknown old schema version', JSON.stringify({ schemaVersion: 0, cards: [] })],
    [
      'settings that are wrong',
      JSON.stringify({
        ...boardWith('X'),
        settings: { ...emptyStore('UTC').settings, timeZone: 1 },
      }),
    ],
  ]

  it.each(badFiles)(
    'keeps %s aside untouched and starts an empty board when there is no backup',
    async (_name, content) => {
      const folder = await tempFolder()
      await writeFile(join(folder, STORE_FILE_NAME), content)
      const store = await open(folder)
      await store.flush()
      expect(store.data.cards).toEqual([])
      const [notice] = store.notices
      expect(notice?.kind).toBe('recovered')
      if (notice?.kind !== 'recovered') return
      expect(notice.keptAs).toBe(join(folder, 'foothold.corrupt-20261123T100000Z.json'))
      expect(notice.loadedFrom).toBeNull()
      expect(await readFile(notice.keptAs)).toEqual(Buffer.from(content))
      // The fresh board is on disk and valid, so the next start is clean.
      expect((await readStore(folder)).cards).toEqual([])
      expect((await open(folder)).notices).toEqual([])
    },
  )

  it('moves a folder standing where the file should be aside, rather than failing to start', async () => {
    const folder = await tempFolder()
    await mkdir(join(folder, STORE_FILE_NAME, 'inside'), { recursive: true })
    const store = await open(folder)
    expect(store.notices[0]).toMatchObject({
      kind: 'recovered',
      problem: expect.stringContaining('EISDIR'),
    })
    await store.flush()
    expect((await readStore(folder)).cards).toEqual([])
  })

  it('never overwrites an earlier kept file, even within the same second', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, STORE_FILE_NAME), 'first bad')
    await (await open(folder)).flush()
    await writeFile(join(folder, STORE_FILE_NAME), 'second bad')
    const second = await open(folder)
    await second.flush()
    const kept = second.notices[0]
    expect(kept?.kind === 'recovered' && kept.keptAs).toBe(
      join(folder, 'foothold.corrupt-20261123T100000Z-2.json'),
    )
    expect(await readFile(join(folder, 'foothold.corrupt-20261123T100000Z.json'), 'utf8')).toBe(
      'first bad',
    )
    expect(await readFile(join(folder, 'foothold.corrupt-20261123T100000Z-2.json'), 'utf8')).toBe(
      'second bad',
    )
  })

  it('opens at once even when the recovered board cannot be written, and says so', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, STORE_FILE_NAME), '{broken')
    const write = vi
      .spyOn(StoreFileAdapter.prototype, 'write')
      .mockRejectedValue(Object.assign(new Error('no space'), { code: 'ENOSPC' }))
    const statuses: StoreStatus[] = []
    const store = await open(folder, { onStatus: (s) => statuses.push(s), retryDelayMs: 5 })
    expect(store.notices[0]?.kind).toBe('recovered')
    await vi.waitFor(() =>
      expect(statuses.at(-1)).toMatchObject({
        saving: 'failed',
        message: expect.stringContaining('ENOSPC'),
      }),
    )
    write.mockRestore()
    await store.flush()
    expect((await readStore(folder)).cards).toEqual([])
  })

  it('still recovers when a file stands where the backups folder should be', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, 'backups'), 'not a folder')
    await writeFile(join(folder, STORE_FILE_NAME), '')
    const store = await open(folder)
    expect(store.notices[0]).toMatchObject({ kind: 'recovered', loadedFrom: null })
  })

  it('loads the newest valid backup, skipping a broken newer one', async () => {
    const folder = await tempFolder()
    const backups = new Backups(folder)
    await backups.takeIfDue(boardWith('Older'), new Date('2026-11-20T09:00:00Z'))
    await backups.takeIfDue(boardWith('Newest good'), new Date('2026-11-21T09:00:00Z'))
    const broken = await backups.takeIfDue(boardWith('x'), new Date('2026-11-22T09:00:00Z'))
    await writeFile(broken!.file, '{oops')
    await writeFile(join(folder, STORE_FILE_NAME), 'not json at all')
    const store = await open(folder)
    await store.flush()
    expect(store.data.cards.map((c) => c.company)).toEqual(['Newest good'])
    expect(store.notices[0]).toMatchObject({
      kind: 'recovered',
      loadedFrom: join(folder, 'backups', 'foothold-20261121T090000Z.json'),
    })
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Newest good'])
  })

  it('opens a file from a newer Foothold read-only and never touches it', async () => {
    const folder = await tempFolder()
    const future = JSON.stringify({ schemaVersion: STORE_SCHEMA_VERSION + 1, whatever: true })
    await writeFile(join(folder, STORE_FILE_NAME), future)
    const store = await open(folder)
    expect(store.notices[0]).toMatchObject({ kind: 'read-only' })
    expect(store.currentStatus.readOnly).toBe(true)
    await expect(store.update(() => boardWith('Nope'))).rejects.toBeInstanceOf(ReadOnlyStoreError)
    expect(await readFile(join(folder, STORE_FILE_NAME), 'utf8')).toBe(future)
    expect(await readdir(folder)).toEqual([STORE_FILE_NAME])
  })
})

describe('Backups', () => {
  it('takes at most one a day and keeps the newest seven', async () => {
    const folder = await tempFolder()
    const backups = new Backups(folder)
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9))
    for (let n = 1; n <= 10; n++) {
      expect(await backups.takeIfDue(boardWith(`Day ${n}`), day(n))).not.toBeNull()
      expect(
        await backups.takeIfDue(boardWith('Same day'), new Date(day(n).getTime() + 3600_000)),
      ).toBeNull()
    }
    const kept = await backups.list()
    expect(kept).toHaveLength(7)
    expect(kept[0]?.takenAt).toEqual(day(10))
    expect(kept.at(-1)?.takenAt).toEqual(day(4))
  })

  it('is taken again while the app keeps running, once a day has passed', async () => {
    const folder = await tempFolder()
    let time = new Date('2026-11-23T10:00:00Z')
    const store = await BoardStore.open({
      dataFolder: folder,
      clock: { now: () => time },
      defaultTimeZone: 'UTC',
    })
    await store.update(() => boardWith('Day one'))
    await store.flush()
    expect(await new Backups(folder).list()).toHaveLength(1)
    time = new Date('2026-11-23T18:00:00Z')
    await store.update(() => boardWith('Same day'))
    await store.flush()
    expect(await new Backups(folder).list()).toHaveLength(1)
    time = new Date('2026-11-24T11:00:00Z')
    await store.update(() => boardWith('Day two'))
    await store.flush()
    const [newest] = await new Backups(folder).list()
    expect(newest?.takenAt).toEqual(time)
    expect(JSON.parse(await readFile(newest!.file, 'utf8')).cards[0].company).toBe('Day two')
  })

  it('is taken at start-up from a valid board, holding the board as it was opened', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, STORE_FILE_NAME), JSON.stringify(boardWith('Backed up')))
    const store = await open(folder)
    // The window does not wait for the backup; a change made at once does not leak into it.
    void store.update((data) => ({ ...data, cards: [] }))
    await store.flush()
    const [backup] = await new Backups(folder).list()
    expect(JSON.parse(await readFile(backup!.file, 'utf8')).cards[0].company).toBe('Backed up')
  })
})

describe('BoardStore format upgrades', () => {
  it('keeps the original file in backups, then writes the upgraded board', async () => {
    const folder = await tempFolder()
    const original = await readFile(
      join(__dirname, '../../shared/store/fixtures/store-v1.json'),
      'utf8',
    )
    await writeFile(join(folder, STORE_FILE_NAME), original)
    const store = await open(folder)
    await store.flush()
    expect(store.notices).toEqual([])
    expect(store.data.cards[0]?.notes).toBe('Ask about the on-call rota')
    expect((await readStore(folder)).schemaVersion).toBe(STORE_SCHEMA_VERSION)
    const backups = await new Backups(folder).list()
    expect(await readFile(backups.at(-1)!.file, 'utf8')).toBe(original)
  })

  it('opens a format 3 board as already past its first run', async () => {
    const folder = await tempFolder()
    const original = await readFile(
      join(__dirname, '../../shared/store/fixtures/store-v3.json'),
      'utf8',
    )
    await writeFile(join(folder, STORE_FILE_NAME), original)
    const store = await open(folder)
    await store.flush()
    expect(store.data.onboarded).toBe(true)
    expect((await readStore(folder)).onboarded).toBe(true)
  })
})

describe('BoardStore and changes made to the file by something else', () => {
  const changes = () => {
    const seen: ExternalChange[] = []
    return { seen, onExternalChange: (change: ExternalChange) => seen.push(change) }
  }

  it('does not mistake its own writes for outside changes', async () => {
    const folder = await tempFolder()
    const watch = changes()
    const store = await open(folder, watch)
    await store.update(() => boardWith('Acme'))
    await store.checkDisk()
    expect(watch.seen).toEqual([])
  })

  it('reloads a valid file changed on disk while nothing is waiting to be saved', async () => {
    const folder = await tempFolder()
    const watch = changes()
    const store = await open(folder, watch)
    await store.update(() => boardWith('Acme'))
    const listener = vi.fn()
    store.subscribe(listener)
    await writeFile(join(folder, STORE_FILE_NAME), JSON.stringify(boardWith('Acme', 'Synced')))
    await store.checkDisk()
    expect(store.data.cards.map((c) => c.company)).toEqual(['Acme', 'Synced'])
    expect(watch.seen).toEqual([{ kind: 'reloaded' }])
    expect(listener).toHaveBeenCalled()
    // The next change builds on the reloaded board, so nothing from outside is overwritten.
    await store.update((data) => ({ ...data, settings: { ...data.settings, yourName: 'Sam' } }))
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Acme', 'Synced'])
    expect(watch.seen).toHaveLength(1)
  })

  it('keeps both when the file and the board changed: the other version becomes a copy', async () => {
    const folder = await tempFolder()
    const watch = changes()
    const store = await open(folder, watch)
    await store.update(() => boardWith('Acme'))
    const theirs = JSON.stringify(boardWith('From the laptop'))
    await writeFile(join(folder, STORE_FILE_NAME), theirs)
    await store.update(() => boardWith('Acme', 'Typed here'))

    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Acme', 'Typed here'])
    const [change] = watch.seen
    expect(change).toMatchObject({ kind: 'conflict', notice: { kind: 'conflict', problem: null } })
    const keptAs = (change as Extract<ExternalChange, { kind: 'conflict' }>).notice
    expect(keptAs.kind === 'conflict' && (await readFile(keptAs.keptAs, 'utf8'))).toBe(theirs)
    expect(store.notices).toContainEqual(keptAs)
  })

  it('keeps an unreadable outside version aside and puts the board back', async () => {
    const folder = await tempFolder()
    const watch = changes()
    const store = await open(folder, watch)
    await store.update(() => boardWith('Acme'))
    await writeFile(join(folder, STORE_FILE_NAME), '{"half a file')
    await store.checkDisk()
    await store.flush()
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Acme'])
    const [change] = watch.seen
    expect(change).toMatchObject({
      kind: 'conflict',
      notice: { problem: expect.stringMatching(/JSON/i) },
    })
  })

  it('writes the board back when the file is deleted', async () => {
    const folder = await tempFolder()
    const store = await open(folder)
    await store.update(() => boardWith('Acme'))
    await rm(join(folder, STORE_FILE_NAME))
    await store.checkDisk()
    await store.flush()
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Acme'])
  })
})

describe('BoardStore started without a file', () => {
  it('keeps a file that appeared meanwhile as a copy rather than writing over it', async () => {
    const folder = await tempFolder()
    const seen: ExternalChange[] = []
    const store = await open(folder, { onExternalChange: (change) => seen.push(change) })
    const theirs = JSON.stringify(boardWith('Restored elsewhere'))
    await writeFile(join(folder, STORE_FILE_NAME), theirs)
    await store.update(() => boardWith('Mine'))
    expect(seen).toMatchObject([{ kind: 'conflict' }])
    const copies = (await readdir(folder)).filter((n) => n.startsWith('foothold.conflict-'))
    expect(await readFile(join(folder, copies[0]!), 'utf8')).toBe(theirs)
  })
})

describe('BoardStore and a file from a newer Foothold arriving while it runs', () => {
  const newer = (store: StoreData) => JSON.stringify({ ...store, schemaVersion: 99 })

  it('stops writing and leaves that file alone, whether or not changes were waiting', async () => {
    for (const waiting of [false, true]) {
      const folder = await tempFolder()
      const seen: ExternalChange[] = []
      const store = await open(folder, { onExternalChange: (change) => seen.push(change) })
      await store.update(() => boardWith('Acme'))
      const theirs = newer(boardWith('Newer work'))
      await writeFile(join(folder, STORE_FILE_NAME), theirs)
      if (waiting) await store.update(() => boardWith('Acme', 'Typed here'))
      else await store.checkDisk()
      await store.flush()
      expect(await readFile(join(folder, STORE_FILE_NAME), 'utf8')).toBe(theirs)
      expect(store.currentStatus.readOnly).toBe(true)
      expect(seen).toMatchObject([{ kind: 'read-only', notice: { kind: 'read-only' } }])
      expect((await readdir(folder)).some((n) => n.startsWith('foothold.conflict-'))).toBe(false)
    }
  })

  it('runs one check at a time: a focus during a poll joins it', async () => {
    const folder = await tempFolder()
    const seen: ExternalChange[] = []
    const store = await open(folder, { onExternalChange: (change) => seen.push(change) })
    await store.update(() => boardWith('Acme'))
    await writeFile(join(folder, STORE_FILE_NAME), JSON.stringify(boardWith('Acme', 'Synced')))
    await Promise.all([store.checkDisk(), store.checkDisk()])
    expect(seen).toEqual([{ kind: 'reloaded' }])
  })
})

describe('BoardStore with cards that cannot be read', () => {
  /** A board file with `bad` in place of the card at each index given. */
  function withBadCards(companies: string[], bad: Record<number, unknown>): string {
    const board = boardWith(...companies)
    const cards = board.cards.map((card, i) => (i in bad ? bad[i] : card))
    return JSON.stringify({ ...board, cards }, null, 1)
  }
  const endsTooEarly = (company: string, position = 'Designer') => ({
    ...createCard(sampleDetails({ company, position }), `bad-${company.replace(/\W/g, '')}`, now),
    time: { start: '2026-11-17T14:00:00.000Z', end: '2026-11-17T13:00:00.000Z', timeZone: 'UTC' },
  })
  const setAsideFiles = async (folder: string) =>
    (await readdir(folder)).filter((name) => name.startsWith('foothold.set-aside-')).sort()

  it('opens with every good card, sets each bad one aside whole, and says which and where', async () => {
    const folder = await tempFolder()
    const text = withBadCards(['Good A', 'x', 'Good B', 'y'], {
      1: endsTooEarly('Broken Co', 'Analyst'),
      3: { id: 'odd', company: 12 },
    })
    await writeFile(join(folder, STORE_FILE_NAME), text)
    const store = await open(folder)
    await store.flush()

    expect(store.data.cards.map((c) => c.company)).toEqual(['Good A', 'Good B'])
    const keptAs = join(folder, 'foothold.set-aside-20261123T100000Z.json')
    expect(store.notices).toEqual([
      {
        kind: 'salvaged',
        count: 2,
        cards: [
          {
            number: 2,
            company: 'Broken Co',
            position: 'Analyst',
            reason: 'time.end: The interview must end after it starts',
          },
          { number: 4, company: null, position: null, reason: expect.stringMatching(/company/) },
        ],
        keptAs,
        file: join(folder, STORE_FILE_NAME),
      },
    ])
    const kept = JSON.parse(await readFile(keptAs, 'utf8'))
    const original = JSON.parse(text) as { cards: unknown[] }
    expect(kept.cards).toEqual([
      { interview: 2, reason: expect.stringContaining('time.end'), card: original.cards[1] },
      { interview: 4, reason: expect.stringContaining('company'), card: original.cards[3] },
    ])
    // The board without them replaces the file, so the next start is clean and sets nothing aside.
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Good A', 'Good B'])
    expect((await open(folder)).notices).toEqual([])
    expect(await setAsideFiles(folder)).toEqual([basename(keptAs)])
  })

  it('never loses the set-aside cards to later saves, or to another salvage in the same second', async () => {
    const folder = await tempFolder()
    const file = join(folder, STORE_FILE_NAME)
    await writeFile(file, withBadCards(['A', 'x'], { 1: endsTooEarly('First') }))
    const store = await open(folder)
    for (const company of ['B', 'C', 'D']) {
      await store.update((data) => ({ ...data, cards: boardWith('A', company).cards }))
    }
    await store.settle()
    await writeFile(file, withBadCards(['A', 'x'], { 1: endsTooEarly('Second') }))
    await (await open(folder)).flush()

    const files = await setAsideFiles(folder)
    expect(files).toEqual([
      'foothold.set-aside-20261123T100000Z-2.json',
      'foothold.set-aside-20261123T100000Z.json',
    ])
    const companies = async (name: string) =>
      JSON.parse(await readFile(join(folder, name), 'utf8')).cards.map(
        (c: { card: { company: string } }) => c.card.company,
      )
    expect(await companies(files[1]!)).toEqual(['First'])
    expect(await companies(files[0]!)).toEqual(['Second'])
  })

  it('opens read-only, showing the good cards and touching nothing, when they cannot be kept aside', async () => {
    const folder = await tempFolder()
    const file = join(folder, STORE_FILE_NAME)
    const text = withBadCards(['Good', 'x'], { 1: endsTooEarly('Broken') })
    await writeFile(file, text)
    // Every name the set-aside file could take is already a folder.
    for (let n = 1; n <= 100; n++) {
      await mkdir(join(folder, `foothold.set-aside-20261123T100000Z${n > 1 ? `-${n}` : ''}.json`))
    }
    const store = await open(folder)
    expect(store.data.cards.map((c) => c.company)).toEqual(['Good'])
    expect(store.currentStatus.readOnly).toBe(true)
    expect(store.notices).toEqual([
      {
        kind: 'read-only',
        problem: '1 interview in the file could not be read, and could not be kept aside (EEXIST)',
        file,
      },
    ])
    await store.settle()
    expect(await readFile(file, 'utf8')).toBe(text)
  })

  it('loads an outside change with a bad card: the rest is loaded, that one kept aside', async () => {
    const folder = await tempFolder()
    const seen: ExternalChange[] = []
    const store = await open(folder, { onExternalChange: (change) => seen.push(change) })
    await store.update(() => boardWith('Acme'))
    await writeFile(
      join(folder, STORE_FILE_NAME),
      withBadCards(['Acme', 'Synced', 'x'], { 2: endsTooEarly('Half-synced') }),
    )
    await store.checkDisk()
    await store.flush()
    expect(store.data.cards.map((c) => c.company)).toEqual(['Acme', 'Synced'])
    expect(seen).toMatchObject([
      {
        kind: 'salvaged',
        notice: { kind: 'salvaged', count: 1, cards: [{ company: 'Half-synced' }] },
      },
    ])
    expect(store.notices).toHaveLength(1)
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Acme', 'Synced'])
    expect(await setAsideFiles(folder)).toHaveLength(1)
  })

  it('still falls back to the newest backup when the file is not a board at all', async () => {
    const folder = await tempFolder()
    await new Backups(folder).takeIfDue(boardWith('Backed up'), new Date('2026-11-22T09:00:00Z'))
    for (const text of ['{"cards": [', JSON.stringify({ ...boardWith('A'), cards: 'many' })]) {
      await writeFile(join(folder, STORE_FILE_NAME), text)
      const store = await open(folder)
      await store.flush()
      expect(store.data.cards.map((c) => c.company)).toEqual(['Backed up'])
      expect(store.notices[0]?.kind).toBe('recovered')
    }
    expect(await setAsideFiles(folder)).toEqual([])
  })
})

describe('BoardStore and a UTF-8 byte-order mark', () => {
  it('reads a board saved with one as that board, and writes it back without one', async () => {
    const folder = await tempFolder()
    const file = join(folder, STORE_FILE_NAME)
    const board = boardWith('Saved in Notepad')
    await writeFile(file, `\uFEFF${JSON.stringify(board, null, 2)}`)
    const store = await open(folder)
    expect(store.notices).toEqual([])
    expect(store.data).toEqual(board)
    expect((await readdir(folder)).some((n) => n.startsWith('foothold.corrupt-'))).toBe(false)
    await store.update((data) => ({ ...data, settings: { ...data.settings, yourName: 'Sam' } }))
    const bytes = await readFile(file)
    expect(bytes.subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect((await readStore(folder)).cards[0]?.company).toBe('Saved in Notepad')
  })
})

describe('BoardStore noticing outside changes, again and again', () => {
  it('notices a second change by another program after a first one', async () => {
    const folder = await tempFolder()
    const seen: ExternalChange[] = []
    const store = await open(folder, { onExternalChange: (change) => seen.push(change) })
    await store.update(() => boardWith('Mine'))
    const file = join(folder, STORE_FILE_NAME)
    await writeFile(file, JSON.stringify(boardWith('First sync')))
    await store.checkDisk()
    expect(store.data.cards[0]?.company).toBe('First sync')
    await writeFile(file, JSON.stringify(boardWith('Second sync', 'More')))
    await store.checkDisk()
    expect(store.data.cards.map((c) => c.company)).toEqual(['Second sync', 'More'])
    expect(seen).toEqual([{ kind: 'reloaded' }, { kind: 'reloaded' }])
    // And a change of its own after them is written over neither, without a conflict.
    await store.update((data) => ({ ...data, settings: { ...data.settings, yourName: 'Sam' } }))
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Second sync', 'More'])
    expect(seen).toHaveLength(2)
  })

  // `touch -r` sets a file's times to the nanosecond; Windows has no such tool.
  it.skipIf(process.platform === 'win32')(
    'sees an outside edit of the same length as its own last write, even with the same times',
    async () => {
      const folder = await tempFolder()
      const store = await open(folder)
      await store.update(() => boardWith('Acme'))
      const file = join(folder, STORE_FILE_NAME)
      const own = await readFile(file, 'utf8')
      for (const [company, keepTimes] of [
        ['Acne', false],
        ['Acma', true],
      ] as const) {
        const edited = own.replace('"company": "Acme"', `"company": "${company}"`)
        expect(edited).toHaveLength(own.length)
        // A sync tool copies the other machine's modification time, which can equal Foothold's own
        // (to the nanosecond, as `touch -r` copies it from a file that kept Foothold's).
        const reference = join(folder, 'times')
        const known = await stat(file)
        if (keepTimes) await run('touch', ['-r', file, reference])
        await writeFile(file, edited)
        if (keepTimes) {
          await run('touch', ['-r', reference, file])
          expect((await stat(file)).mtimeMs).toBe(known.mtimeMs)
          expect((await stat(file)).size).toBe(known.size)
        }
        await store.checkDisk()
        expect(store.data.cards[0]?.company).toBe(company)
      }
    },
  )
})

describe('a read-only board whose file changes or vanishes', () => {
  const newer = JSON.stringify({ ...boardWith('Newer'), schemaVersion: STORE_SCHEMA_VERSION + 1 })

  /** Opened read-only, or turned read-only when a newer Foothold's file arrived while it ran. */
  async function readOnlyStore(how: 'opened' | 'turned', folder: string) {
    const file = join(folder, STORE_FILE_NAME)
    const seen: ExternalChange[] = []
    if (how === 'opened') await writeFile(file, newer)
    const store = await open(folder, { onExternalChange: (change) => seen.push(change) })
    if (how === 'turned') {
      await store.update(() => boardWith('Mine'))
      await writeFile(file, newer)
      await store.checkDisk()
      seen.length = 0
    }
    expect(store.currentStatus.readOnly).toBe(true)
    return { store, seen, file }
  }

  const cases = (['opened', 'turned'] as const).flatMap((how) =>
    ['vanishes', 'is replaced by a valid board', 'is replaced by garbage'].map(
      (what) => [how, what] as const,
    ),
  )

  it.each(cases)('%s read-only, writes nothing when its file %s', async (how, what) => {
    const folder = await tempFolder()
    const { store, seen, file } = await readOnlyStore(how, folder)
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      if (what === 'vanishes') await rm(file)
      else await writeFile(file, what.includes('valid') ? JSON.stringify(boardWith('X')) : '{')
      const before = (await readdir(folder)).sort()
      const after = await readFile(file, 'utf8').catch(() => null)
      await store.checkDisk()
      await store.settle()
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(await readFile(file, 'utf8').catch(() => null)).toBe(after)
      expect((await readdir(folder)).sort()).toEqual(before)
      expect(store.currentStatus.readOnly).toBe(true)
      expect(seen).toEqual([])
      expect(unhandled).not.toHaveBeenCalled()
      await expect(store.update((d) => d)).rejects.toBeInstanceOf(ReadOnlyStoreError)
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})

describe('conflict copies', () => {
  it('never overwrite each other, even two within the same second', async () => {
    const folder = await tempFolder()
    const seen: ExternalChange[] = []
    const store = await open(folder, { onExternalChange: (change) => seen.push(change) })
    await store.update(() => boardWith('Mine'))
    const file = join(folder, STORE_FILE_NAME)
    const theirs = ['From the laptop', 'From the phone'].map((c) => JSON.stringify(boardWith(c)))
    for (const [i, text] of theirs.entries()) {
      await writeFile(file, text)
      await store.update(() => boardWith('Mine', `Typed ${i}`))
    }
    const kept = seen.map((c) =>
      c.kind === 'conflict' && c.notice.kind === 'conflict' ? c.notice.keptAs : null,
    )
    expect(kept).toEqual([
      join(folder, 'foothold.conflict-20261123T100000Z.json'),
      join(folder, 'foothold.conflict-20261123T100000Z-2.json'),
    ])
    expect(await readFile(kept[0]!, 'utf8')).toBe(theirs[0])
    expect(await readFile(kept[1]!, 'utf8')).toBe(theirs[1])
    expect((await readStore(folder)).cards.map((c) => c.company)).toEqual(['Mine', 'Typed 1'])
  })
})

describe('backups of a board with nothing in it', () => {
  it('a first run in a new folder never backs up an empty board', async () => {
    const folder = await tempFolder()
    const store = await open(folder)
    await store.flush()
    // Finishing the welcome writes the board, still without a card.
    await store.update((data) => ({ ...data, onboarded: true }))
    await store.settle()
    expect(await new Backups(folder).list()).toEqual([])
    await store.update(() => boardWith('First interview'))
    await store.flush()
    const [first] = await new Backups(folder).list()
    expect(JSON.parse(await readFile(first!.file, 'utf8')).cards[0].company).toBe('First interview')
  })

  it('an emptied board does not push out the backups that hold cards', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, STORE_FILE_NAME), JSON.stringify(boardWith('Kept')))
    await new Backups(folder).takeIfDue(boardWith('Kept'), new Date('2026-11-20T09:00:00Z'))
    await writeFile(join(folder, STORE_FILE_NAME), JSON.stringify(emptyStore('UTC')))
    await (await open(folder)).flush()
    expect(await new Backups(folder).list()).toHaveLength(1)
  })
})

describe('a backups folder that cannot be read', () => {
  it('is an error, not "no backups"', async () => {
    const folder = await tempFolder()
    // A link to itself: readdir fails with ELOOP, as it would with EACCES for another user.
    await symlink('backups', join(folder, 'backups'))
    await expect(new Backups(folder).list()).rejects.toMatchObject({ code: 'ELOOP' })
    // A missing one, or a file in its place, holds no backups.
    await rm(join(folder, 'backups'))
    expect(await new Backups(folder).list()).toEqual([])
    await writeFile(join(folder, 'backups'), 'not a folder')
    expect(await new Backups(folder).list()).toEqual([])
  })

  it('is named in Settings → Data with the reason, not listed as empty', async () => {
    const folder = await tempFolder()
    await symlink('backups', join(folder, 'backups'))
    const store = await open(folder)
    const dispatch = createDispatch(createHandlers({ store, clock }))
    expect(await dispatch('listBackups', undefined)).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: `The backups folder ${join(folder, 'backups')} could not be read (ELOOP).`,
      },
    })
  })
})
