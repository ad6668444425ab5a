import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { StoreStatus } from '../../shared/ipc/contract'
import { createCard } from '../../shared/domain/board'
import { STORE_SCHEMA_VERSION, emptyStore } from '../../shared/store/store-format'
import type { StoreData } from '../../shared/store/store-format'
import { sampleDetails } from '../../shared/test-support/sample-details'
import { useTempFolders } from '../test-support/temp-folder'
import { Backups } from './backups'
import type { ExternalChange } from './board-store'
import { BoardStore, ReadOnlyStoreError, STORE_FILE_NAME } from './board-store'
import { StoreFileAdapter } from './store-adapter'

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
    await writeFile(join(folder, `${STORE_FILE_NAME}.999-deadbeef.tmp`), '{"half')
    const store = await open(folder)
    await store.update(() => boardWith('Clean'))
    await store.flush()
    // The store file, its record of having been validated (store-text.ts), and the backups.
    expect((await readdir(folder)).sort()).toEqual([
      'backups',
      STORE_FILE_NAME,
      `${STORE_FILE_NAME}.checked`,
    ])
    expect(await readdir(join(folder, 'backups'))).toHaveLength(1)
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
      'a card with an impossible date',
      JSON.stringify({
        ...boardWith('X'),
        cards: [{ ...boardWith('X').cards[0], createdAt: '2026-02-31T00:00:00Z' }],
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
