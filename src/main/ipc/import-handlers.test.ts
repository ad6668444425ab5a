import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Card } from '@shared/domain/card'
import type { CardsImported, CsvFile } from '@shared/ipc/contract'
import { methodOfChannel } from '@shared/ipc/methods'
import type { IpcResult } from '@shared/ipc/result'
import { sampleDetails } from '@shared/test-support/sample-details'
import { BoardStore, STORE_FILE_NAME } from '../store/board-store'
import {
  NO_SPECIAL_FILES,
  sparseFile,
  useFifos,
  watchResponsiveness,
} from '../test-support/special-files'
import { useTempFolders } from '../test-support/temp-folder'
import { createDispatch } from './dispatch'
import { createHandlers } from './handlers'
import { CSV_KIND, decodeCsv } from './import-handlers'

const tempFolder = useTempFolders()
const fifo = useFifos()
let tick = 0
const clock = { now: () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)) }

async function setup(open: string | null = null) {
  const folder = await tempFolder()
  const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
  let asked: unknown = null
  let n = 0
  const handlers = createHandlers({
    store,
    clock,
    newId: () => `new-${++n}`,
    dialogs: {
      chooseImportFile: async (kind) => {
        asked = kind
        return open
      },
      chooseExportFile: async () => null,
    },
  })
  const dispatch = createDispatch(handlers, (error) => {
    throw error
  })
  const call = <T>(method: string, payload?: unknown) =>
    dispatch(methodOfChannel(`foothold:${method}`), payload) as Promise<IpcResult<T>>
  await call('createCard', { details: sampleDetails({ company: 'Already here' }) })
  return { folder, store, call, asked: () => asked }
}

const interview = (company: string, stage = 'thank-you', outcome: string | null = null) => ({
  details: sampleDetails({ company }),
  stage,
  outcome,
})
const companies = (cards: readonly Card[]) => cards.map((c) => c.company)

describe('reading a CSV file for import', () => {
  it('asks for a CSV file and returns its name and text, byte order mark dropped', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'interviews.csv')
    await writeFile(file, '\uFEFFCompany,Notes\r\nZoë,ok\r\n')
    const { call, asked } = await setup(file)
    expect(await call<CsvFile>('readCsvFile')).toEqual({
      ok: true,
      value: { name: 'interviews.csv', text: 'Company,Notes\r\nZoë,ok\r\n' },
    })
    expect(asked()).toEqual(CSV_KIND)
  })

  it('answers null when the person cancels', async () => {
    const { call } = await setup(null)
    expect(await call('readCsvFile')).toEqual({ ok: true, value: null })
  })

  it('reads UTF-16 (Excel’s “Unicode text”) and Windows-1252, and refuses binary and huge files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A\tB\r\nx\ty', 'utf16le')])
    expect(decodeCsv(utf16)).toBe('A\tB\r\nx\ty')
    expect(decodeCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBeNull()
    // Excel's plain "CSV" on Windows: not UTF-8, so read as Windows-1252 (0x80 is the euro sign).
    expect(decodeCsv(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80]))).toBe('Café;€')

    const folder = await tempFolder()
    const xlsx = join(folder, 'book.xlsx')
    await writeFile(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    expect(await (await setup(xlsx)).call('readCsvFile')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: /book\.xlsx is not a CSV text file.*CSV UTF-8/ },
    })
    const big = join(folder, 'big.csv')
    await writeFile(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x61))
    expect(await (await setup(big)).call('readCsvFile')).toMatchObject({
      ok: false,
      error: { message: 'big.csv is larger than 10 MB, too large to import at once.' },
    })
    expect(await (await setup(join(folder, 'gone.csv'))).call('readCsvFile')).toMatchObject({
      ok: false,
      error: { message: 'gone.csv could not be read (ENOENT).' },
    })
  })
})

describe('reading a special file picked as a CSV', () => {
  it.skipIf(NO_SPECIAL_FILES)('refuses a FIFO and /dev/zero at once', async () => {
    const pipe = fifo(join(await tempFolder(), 'interviews.csv'))
    for (const [file, name] of [
      [pipe, 'interviews.csv'],
      ['/dev/zero', 'zero'],
    ] as const) {
      const { call } = await setup(file)
      const { value, longestStallMs } = await watchResponsiveness(() => call('readCsvFile'))
      expect(value).toMatchObject({
        ok: false,
        error: {
          message: `${name} is not a regular file (a folder, a device or a pipe, perhaps), so Foothold did not read it.`,
        },
      })
      expect(longestStallMs).toBeLessThan(500)
    }
  })

  it('refuses a sparse 2 GB file without reading it', async () => {
    const huge = await sparseFile(join(await tempFolder(), 'huge.csv'), 2 * 1024 ** 3)
    const { call } = await setup(huge)
    const { value } = await watchResponsiveness(() => call('readCsvFile'), 1000)
    expect(value).toMatchObject({
      ok: false,
      error: { message: 'huge.csv is larger than 10 MB, too large to import at once.' },
    })
  })
})

describe('importing cards', () => {
  it('adds every card in one write after a backup, built by main in the right columns', async () => {
    const { store, call, folder } = await setup()
    const result = await call<CardsImported>('importCards', {
      interviews: [interview('Contoso'), interview('Fabrikam', 'closed', 'offer')],
    })
    expect(result.ok).toBe(true)
    const { cards, previousKeptAs } = (result as { value: CardsImported }).value
    expect(cards.map((c) => [c.id, c.company, c.stage, c.outcome])).toEqual([
      ['new-2', 'Contoso', 'thank-you', null],
      ['new-3', 'Fabrikam', 'closed', 'offer'],
    ])
    expect(cards[1]!.activity.map((a) => a.kind)).toEqual(['created', 'moved'])
    await store.flush()
    const saved = JSON.parse(await readFile(join(folder, STORE_FILE_NAME), 'utf8')) as {
      cards: Card[]
    }
    expect(companies(saved.cards)).toEqual(['Already here', 'Contoso', 'Fabrikam'])
    const kept = JSON.parse(await readFile(previousKeptAs, 'utf8')) as { cards: Card[] }
    expect(companies(kept.cards)).toEqual(['Already here'])
  })

  it('adds nothing when any one interview is invalid, and leaves the file as it was', async () => {
    const { store, call, folder } = await setup()
    await store.flush()
    const before = await readFile(join(folder, STORE_FILE_NAME))
    const backupsBefore = await readdir(join(folder, 'backups')).catch(() => [])
    for (const bad of [
      interview('Closed without outcome', 'closed', null),
      { ...interview('x'), details: sampleDetails({ jobUrl: 'javascript:alert(1)' }) },
      { ...interview('x'), id: 'forged-id' },
    ]) {
      const refused = await call('importCards', { interviews: [interview('Good'), bad] })
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
    expect(await call('importCards', { interviews: [] })).toMatchObject({ ok: false })
    await store.flush()
    expect((await readFile(join(folder, STORE_FILE_NAME))).equals(before)).toBe(true)
    expect(await readdir(join(folder, 'backups')).catch(() => [])).toEqual(backupsBefore)
  })

  it('undo removes exactly the imported cards, once', async () => {
    const { store, call } = await setup()
    await call('importCards', { interviews: [interview('Contoso'), interview('Fabrikam')] })
    await call('createCard', { details: sampleDetails({ company: 'Typed after' }) })
    expect(await call('undoImport')).toEqual({ ok: true, value: { removed: 2 } })
    expect(companies(store.data.cards)).toEqual(['Already here', 'Typed after'])
    expect(await call('undoImport')).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no import to undo any more' },
    })
  })
})
