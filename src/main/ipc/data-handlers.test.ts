import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCard } from '@shared/domain/board'
import type { BackupList, BoardReplaced, ExportedFile } from '@shared/ipc/contract'
import { parseCsv } from '@shared/import/csv-parse'
import { methodOfChannel } from '@shared/ipc/methods'
import type { IpcResult } from '@shared/ipc/result'
import type { StoreData } from '@shared/store/store-format'
import { emptyStore } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { BoardStore } from '../store/board-store'
import {
  NO_SPECIAL_FILES,
  sparseFile,
  useFifos,
  watchResponsiveness,
} from '../test-support/special-files'
import { useTempFolders } from '../test-support/temp-folder'
import type { FileDialogs } from './data-handlers'
import { createDispatch } from './dispatch'
import { createHandlers } from './handlers'
import { decodeCsv } from './import-handlers'

const tempFolder = useTempFolders()
const fifo = useFifos()
let tick = 0
// Each call a second later, so every backup gets its own name.
const clock = { now: () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)) }

function boardWith(...companies: string[]): StoreData {
  return {
    ...emptyStore('UTC'),
    cards: companies.map((company, i) =>
      createCard(sampleDetails({ company }), `card-${i}`, clock.now()),
    ),
  }
}

async function setup(answers: { importFile?: string; exportFile?: string } = {}) {
  const folder = await tempFolder()
  const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
  await store.update(() => boardWith('Current Co'))
  const dialogs: FileDialogs = {
    chooseImportFile: async () => answers.importFile ?? null,
    chooseExportFile: async () => answers.exportFile ?? null,
  }
  const dispatch = createDispatch(createHandlers({ store, clock, dialogs }), () => undefined)
  const call = <T>(method: string, payload?: unknown) =>
    dispatch(methodOfChannel(`foothold:${method}`), payload) as Promise<IpcResult<T>>
  return { folder, store, call }
}

const companies = (store: BoardStore) => store.data.cards.map((c) => c.company)

describe('backups, restore, import and export over IPC', () => {
  it('lists backups with their size, and restores one after backing up the current board', async () => {
    const { store, call } = await setup()
    const older = await store.backups.save(JSON.stringify(boardWith('Old A', 'Old B')), clock.now())
    const listed = await call<BackupList>('listBackups')
    expect(
      listed.ok && listed.value.backups.find((b) => b.name.endsWith(older.file.slice(-25))),
    ).toMatchObject({ cards: 2, problem: null })

    const name = older.file.split(/[\\/]/).pop()!
    const restored = await call<BoardReplaced>('restoreBackup', { name })
    expect(restored).toMatchObject({ ok: true, value: { cards: 2 } })
    expect(companies(store)).toEqual(['Old A', 'Old B'])
    // The board before the restore is itself a backup now.
    const kept = restored.ok && (await readFile(restored.value.previousKeptAs, 'utf8'))
    expect(kept).toContain('Current Co')
  })

  it('refuses a backup that is broken, or named like a path, and changes nothing', async () => {
    const { store, call, folder } = await setup()
    await mkdir(join(folder, 'backups'), { recursive: true })
    await writeFile(join(folder, 'backups', 'foothold-20261120T090000Z.json'), '{"cards": [')
    const listed = await call<BackupList>('listBackups')
    expect(listed.ok && listed.value.backups.at(-1)).toMatchObject({
      cards: null,
      problem: expect.stringMatching(/not valid JSON/),
    })
    const refused = await call('restoreBackup', { name: 'foothold-20261120T090000Z.json' })
    expect(refused).toMatchObject({ ok: false, error: { message: /Nothing was changed/ } })
    for (const name of ['../foothold.json', '/etc/passwd', 'foothold-x.json']) {
      expect(await call('restoreBackup', { name })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      })
    }
    expect(companies(store)).toEqual(['Current Co'])
  })

  it('imports a valid board file and keeps the current board as a backup', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'from-laptop.json')
    await writeFile(file, JSON.stringify(boardWith('Imported Inc')))
    const { store, call } = await setup({ importFile: file })
    expect(await call('importBoard')).toMatchObject({ ok: true, value: { cards: 1 } })
    expect(companies(store)).toEqual(['Imported Inc'])
  })

  it('says which interview and field is wrong in a bad import, and changes nothing', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'bad.json')
    const bad = boardWith('Fine Co', 'Broken Co') as unknown as { cards: { time: object }[] }
    bad.cards[1]!.time = { ...bad.cards[1]!.time, end: '2020-01-01T00:00:00.000Z' }
    await writeFile(file, JSON.stringify(bad))
    const { store, call, folder: dataFolder } = await setup({ importFile: file })
    await store.flush()
    const before = await readdir(join(dataFolder, 'backups')).catch(() => [])
    const result = await call('importBoard')
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('interview 2 (“Broken Co”), time.end') },
    })
    expect(companies(store)).toEqual(['Current Co'])
    expect(await readdir(join(dataFolder, 'backups')).catch(() => [])).toEqual(before)
  })

  it.skipIf(NO_SPECIAL_FILES)(
    'refuses a FIFO picked for import at once, and changes nothing',
    async () => {
      const pipe = fifo(join(await tempFolder(), 'board.json'))
      const { store, call } = await setup({ importFile: pipe })
      const { value, longestStallMs } = await watchResponsiveness(() => call('importBoard'))
      expect(value).toMatchObject({
        ok: false,
        error: {
          message:
            'board.json is not a regular file (a folder, a device or a pipe, perhaps), so Foothold did not read it. Nothing was changed.',
        },
      })
      expect(longestStallMs).toBeLessThan(500)
      expect(companies(store)).toEqual(['Current Co'])
    },
  )

  it.skipIf(NO_SPECIAL_FILES)('refuses /dev/zero picked for import', async () => {
    const { call } = await setup({ importFile: '/dev/zero' })
    const { value } = await watchResponsiveness(() => call('importBoard'))
    expect(value).toMatchObject({ ok: false, error: { message: /zero is not a regular file/ } })
  })

  it('refuses a sparse 2 GB file picked for import without reading it', async () => {
    const huge = await sparseFile(join(await tempFolder(), 'huge.json'), 2 * 1024 ** 3)
    const { store, call } = await setup({ importFile: huge })
    const { value, longestStallMs } = await watchResponsiveness(() => call('importBoard'), 1000)
    expect(value).toMatchObject({
      ok: false,
      error: { message: 'huge.json is too large to be a Foothold board. Nothing was changed.' },
    })
    expect(longestStallMs).toBeLessThan(500)
    expect(companies(store)).toEqual(['Current Co'])
  })

  it.skipIf(NO_SPECIAL_FILES)(
    'lists and refuses to restore a FIFO or a huge file named like a backup, at once',
    async () => {
      const { store, call, folder } = await setup()
      const backups = join(folder, 'backups')
      await mkdir(backups, { recursive: true })
      fifo(join(backups, 'foothold-20261120T090000Z.json'))
      await sparseFile(join(backups, 'foothold-20261121T090000Z.json'), 2 * 1024 ** 3)
      const { value: listed } = await watchResponsiveness(() => call<BackupList>('listBackups'))
      expect(listed.ok && listed.value.backups.map((b) => [b.name, b.cards, b.problem])).toEqual(
        expect.arrayContaining([
          [
            'foothold-20261120T090000Z.json',
            null,
            expect.stringContaining('is not a regular file'),
          ],
          ['foothold-20261121T090000Z.json', null, expect.stringContaining('too large')],
        ]),
      )
      for (const name of ['foothold-20261120T090000Z.json', 'foothold-20261121T090000Z.json']) {
        const { value } = await watchResponsiveness(() => call('restoreBackup', { name }))
        expect(value).toMatchObject({
          ok: false,
          error: { message: expect.stringMatching(/cannot be restored.*Nothing was changed/) },
        })
      }
      expect(companies(store)).toEqual(['Current Co'])
    },
  )

  it('does nothing when the file picker is cancelled', async () => {
    const { store, call } = await setup()
    expect(await call('importBoard')).toEqual({ ok: true, value: null })
    expect(await call('exportBoard')).toEqual({ ok: true, value: null })
    expect(await call('exportCsv')).toEqual({ ok: true, value: null })
    expect(await call('exportCalendar')).toEqual({ ok: true, value: null })
    expect(companies(store)).toEqual(['Current Co'])
  })

  it('exports the whole board as a file Foothold can import again', async () => {
    const folder = await tempFolder()
    const { store, call } = await setup({ exportFile: join(folder, 'my board') })
    const result = await call<{ file: string }>('exportBoard')
    expect(result).toEqual({ ok: true, value: { file: join(folder, 'my board.json') } })
    const exported = JSON.parse(await readFile(join(folder, 'my board.json'), 'utf8')) as StoreData
    expect(exported).toEqual(store.data)
  })
  it('exports a spreadsheet and a calendar of real interviews where asked, with dated names', async () => {
    const folder = await tempFolder()
    const asked: Array<[string, string]> = []
    const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
    const board = boardWith('Zürich Labs', 'Contoso')
    // A sample interview is on the board too: neither file may carry it.
    const sample = {
      ...board.cards[0]!,
      id: 'sample-1',
      company: 'Sample Co',
      sample: true as const,
    }
    await store.update(() => ({ ...board, cards: [...board.cards, sample] }))
    let answer = join(folder, 'interviews')
    const dialogs: FileDialogs = {
      chooseImportFile: async () => null,
      chooseExportFile: async (suggested, kind) => {
        asked.push([suggested, kind.extension])
        return answer
      },
    }
    const dispatch = createDispatch(createHandlers({ store, clock, dialogs }), () => undefined)
    const call = <T>(method: string) =>
      dispatch(methodOfChannel(`foothold:${method}`), undefined) as Promise<IpcResult<T>>

    const csv = await call<ExportedFile>('exportCsv')
    expect(csv).toEqual({ ok: true, value: { file: `${answer}.csv`, count: 2 } })
    const bytes = await readFile(`${answer}.csv`)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toMatch(/^Company,Position,Stage,/)
    expect(lines[1]).toMatch(/^Zürich Labs,Senior Data Engineer,Thank-you,/)

    answer = join(folder, 'follow-ups.ics')
    const ics = await call<ExportedFile>('exportCalendar')
    expect(ics).toEqual({ ok: true, value: { file: answer, count: 2 } })
    const calendar = await readFile(answer, 'utf8')
    expect(calendar.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(2)
    expect(`${bytes.toString('utf8')}${calendar}`).not.toContain('Sample Co')

    expect(asked).toEqual([
      [expect.stringMatching(/^foothold-interviews-\d{8}T\d{6}Z\.csv$/), 'csv'],
      [expect.stringMatching(/^foothold-follow-ups-\d{8}T\d{6}Z\.ics$/), 'ics'],
    ])
  })

  it('escapes what every export writes, whatever the store holds', async () => {
    const folder = await tempFolder()
    const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
    // Text no form lets through, as another program writing the data folder could leave it.
    const [card] = boardWith('Nul\u0000Co\r\nX-INJECTED:1').cards
    const hostile = {
      ...card!,
      position: '=cmd|calc;\u001b[31mred',
      jobUrl: 'https://evil.example/\r\nATTACH:https://evil.example/x',
      notes: 'Plain;=1+1\u0007',
      topics: ['a\u2028b', 'Kafka; Flink'],
    }
    await store.update((data) => ({ ...data, cards: [hostile] }))
    let answer = ''
    const dialogs: FileDialogs = {
      chooseImportFile: async () => null,
      chooseExportFile: async () => answer,
    }
    const dispatch = createDispatch(createHandlers({ store, clock, dialogs }), () => undefined)
    const call = (method: string) => dispatch(methodOfChannel(`foothold:${method}`), undefined)
    const written = async (method: string, name: string) => {
      answer = join(folder, name)
      expect(await call(method)).toMatchObject({ ok: true })
      return readFile(answer, 'utf8')
    }
    const rawControl = /[^\P{Cc}\t\n\r]/u

    const json = await written('exportBoard', 'board.json')
    expect(json).not.toMatch(rawControl)
    expect(JSON.parse(json)).toEqual(store.data)

    const csv = await written('exportCsv', 'board.csv')
    expect(csv).not.toMatch(rawControl)
    // Foothold's own import reads it: one row, and no cell a spreadsheet could run.
    const text = decodeCsv(new TextEncoder().encode(csv))
    const parsed = parseCsv(text ?? '')
    expect(parsed.ok && parsed.table.rows).toHaveLength(1)
    const cells = parsed.ok ? parsed.table.rows[0]! : []
    expect(cells.flatMap((c) => c.split(/[,;\t\n]/)).filter((p) => /^[=+\-@]/.test(p))).toEqual([])

    const ics = await written('exportCalendar', 'follow-ups.ics')
    expect(ics).not.toMatch(rawControl)
    expect(ics.split('\r\n').filter((line) => /^(X-INJECTED|ATTACH|URL)/.test(line))).toEqual([])
  })
})
