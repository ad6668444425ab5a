import { createHash, randomBytes } from 'node:crypto'
import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { generateBoard } from '../../../bench/boards'
import { createCard } from '@shared/domain/board'
import type { StoreData } from '@shared/store/store-format'
import { STORE_SCHEMA_VERSION, StoreDataSchema, emptyStore } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { useTempFolders } from '../test-support/temp-folder'
import { BoardStore, STORE_FILE_NAME } from './board-store'
import { StoreFileAdapter, StoreFileError, checkedFileOf } from './store-adapter'
import {
  StoreSerializer,
  VALIDATION_REVISION,
  checkedRecord,
  isChecked,
  sameBytes,
  validatorId,
  validatorIdOf,
} from './store-text'

const tempFolder = useTempFolders()
const KEY = randomBytes(32)

/** The store on `folder` as the app opens it, with a validation key. */
const openStore = (folder: string, extra: Partial<Parameters<typeof BoardStore.open>[0]> = {}) =>
  BoardStore.open({
    dataFolder: folder,
    clock,
    defaultTimeZone: 'UTC',
    validationKey: KEY,
    ...extra,
  })
const clock = { now: () => new Date('2026-11-23T10:00:00Z') }

describe('StoreSerializer', () => {
  it('writes exactly what JSON.stringify(data, null, 1) writes, before and after a change', () => {
    const serializer = new StoreSerializer()
    const board = generateBoard({ cards: 60, seed: 3 })
    expect(serializer.bytes(board).toString()).toBe(JSON.stringify(board, null, 1))
    const changed = {
      ...board,
      cards: board.cards.map((c, i) => (i === 7 ? { ...c, notes: 'Line one\nline "two" ✓' } : c)),
    }
    expect(serializer.bytes(changed).toString()).toBe(JSON.stringify(changed, null, 1))
    const empty = emptyStore('UTC')
    expect(serializer.bytes(empty).toString()).toBe(JSON.stringify(empty, null, 1))
  })

  it('serialises a card again only when it is a new object', () => {
    const serializer = new StoreSerializer()
    const card = createCard(sampleDetails(), 'c1', clock.now())
    const board = { ...emptyStore('UTC'), cards: [card] }
    serializer.bytes(board)
    // Mutating in place (which the app never does) is not seen: the bytes are kept by object.
    const before = serializer.bytes(board).toString()
    ;(card as { company: string }).company = 'Mutated'
    expect(serializer.bytes(board).toString()).toBe(before)
    expect(serializer.bytes({ ...board, cards: [{ ...card }] }).toString()).toContain('Mutated')
  })
})

describe('file bytes kept in pieces', () => {
  const pieces = [Buffer.from('{"a": '), Buffer.from('"ü"'), Buffer.from('}')]
  const whole = Buffer.concat(pieces)

  it('record the same as the joined bytes', () => {
    expect(checkedRecord(pieces, KEY)).toEqual(checkedRecord(whole, KEY))
  })

  it('compare equal only to exactly the same bytes', () => {
    expect(sameBytes(whole, pieces)).toBe(true)
    expect(sameBytes(Buffer.from('{"a": "u"}'), pieces)).toBe(false)
    expect(sameBytes(Buffer.concat([whole, Buffer.from(' ')]), pieces)).toBe(false)
    expect(sameBytes(whole.subarray(1), pieces)).toBe(false)
  })
})

describe('the validation record', () => {
  const bytes = Buffer.from('{"schemaVersion": 4}')

  it('vouches only for the same bytes, validator and key', () => {
    const record = checkedRecord(bytes, KEY)
    expect(isChecked(record, bytes, KEY)).toBe(true)
    expect(isChecked(record, Buffer.from('{"schemaVersion": 5}'), KEY)).toBe(false)
    expect(isChecked(record, bytes, randomBytes(32))).toBe(false)
    expect(isChecked({ ...record, validator: 'another' }, bytes, KEY)).toBe(false)
    expect(isChecked({ ...record, size: record.size + 1 }, bytes, KEY)).toBe(false)
    for (const junk of [null, 'record', 7, {}, { ...record, mac: 'zz' }, { ...record, mac: 1 }]) {
      expect(isChecked(junk, bytes, KEY)).toBe(false)
    }
  })

  it('cannot be made from public facts: the plain hash of the file is not a record', () => {
    const plain = createHash('sha256').update(bytes).digest('hex')
    const forged = { validator: validatorId(), size: bytes.length, mac: plain, sha256: plain }
    expect(isChecked(forged, bytes, KEY)).toBe(false)
    // A MAC needs the key: an empty or guessable one gives another MAC.
    expect(isChecked(checkedRecord(bytes, new Uint8Array(32)), bytes, KEY)).toBe(false)
  })

  it('names a validator that changes whenever the schema does', () => {
    const base = z.strictObject({ company: z.string().max(200), stage: z.enum(['a', 'b']) })
    const variants: z.ZodType[] = [
      base,
      base.extend({ company: z.string().max(201) }),
      base.extend({ stage: z.enum(['a', 'b', 'c']) }),
      base.extend({ notes: z.string().optional() }),
      z.object(base.shape),
      base.extend({ company: z.string().max(200).nullable() }),
    ]
    const ids = variants.map((schema) => validatorIdOf(schema, 4, 1))
    expect(new Set(ids).size).toBe(variants.length)
    // The same schema gives the same id; the format version and the revision count too.
    expect(validatorIdOf(base, 4, 1)).toBe(ids[0])
    expect(validatorIdOf(base, 5, 1)).not.toBe(ids[0])
    expect(validatorIdOf(base, 4, 2)).not.toBe(ids[0])
  })

  it('names the store schema and its version in the current validator', () => {
    expect(validatorId()).toBe(
      validatorIdOf(StoreDataSchema, STORE_SCHEMA_VERSION, VALIDATION_REVISION),
    )
    expect(validatorId().startsWith(`${STORE_SCHEMA_VERSION}:`)).toBe(true)
  })
})

describe('start-up with a file Foothold wrote itself', () => {
  async function written(validationKey: Uint8Array | null = KEY) {
    const folder = await tempFolder()
    const store = await openStore(folder, { validationKey })
    await store.update(() => generateBoard({ cards: 20 }))
    await store.settle()
    const file = join(folder, STORE_FILE_NAME)
    return { folder, file, store }
  }

  const brokenCopy = async (file: string) =>
    Buffer.from((await readFile(file, 'utf8')).replace('"settings": {', '"settings": {"x": 1,'))

  it('records the bytes it wrote, and reads them back as they were', async () => {
    const { file, store } = await written()
    const record = JSON.parse(await readFile(checkedFileOf(file), 'utf8'))
    expect(record).toEqual(checkedRecord(await readFile(file), KEY))
    const read = await new StoreFileAdapter(file, KEY).readDetailed()
    expect(read?.data).toEqual(store.data)
  })

  it('trusts only those exact bytes: any other content is validated again', async () => {
    const { file } = await written()
    // An edit that breaks the format, with the record left as it was, is still refused.
    await writeFile(file, await brokenCopy(file))
    await expect(new StoreFileAdapter(file, KEY).readDetailed()).rejects.toThrow(StoreFileError)
  })

  it('validates in full whatever record the data folder holds, unless made with the key', async () => {
    const { file } = await written()
    const broken = await brokenCopy(file)
    await writeFile(file, broken)
    // A record made with the key (which only Foothold has, after validating) lets them in.
    await writeFile(checkedFileOf(file), JSON.stringify(checkedRecord(broken, KEY)))
    await expect(new StoreFileAdapter(file, KEY).readDetailed()).resolves.toBeTruthy()
    // Forged: with another key, another validator, as a plain hash, or not JSON at all.
    const forgeries = [
      checkedRecord(broken, randomBytes(32)),
      { ...checkedRecord(broken, KEY), validator: 'another' },
      {
        validator: validatorId(),
        sha256: createHash('sha256').update(broken).digest('hex'),
        size: broken.length,
      },
    ]
    for (const forged of [...forgeries.map((r) => JSON.stringify(r)), 'not json']) {
      await writeFile(checkedFileOf(file), forged)
      await expect(new StoreFileAdapter(file, KEY).readDetailed()).rejects.toThrow(StoreFileError)
    }
  })

  it('without a key trusts no record, and writes none', async () => {
    const { folder, file } = await written(null)
    expect(await readdir(folder)).not.toContain(`${STORE_FILE_NAME}.checked`)
    const broken = await brokenCopy(file)
    await writeFile(file, broken)
    await writeFile(checkedFileOf(file), JSON.stringify(checkedRecord(broken, KEY)))
    await expect(new StoreFileAdapter(file, null).readDetailed()).rejects.toThrow(StoreFileError)
    await expect(new StoreFileAdapter(file).readDetailed()).rejects.toThrow(StoreFileError)
  })

  it('a forged record makes the store validate the board, and set a bad card aside', async () => {
    const { folder, file } = await written()
    const board = JSON.parse(await readFile(file, 'utf8')) as StoreData
    const planted = { ...board.cards[0]!, id: 'planted', company: 'x'.repeat(300) }
    const text = Buffer.from(JSON.stringify({ ...board, cards: [...board.cards, planted] }))
    await writeFile(file, text)
    await writeFile(checkedFileOf(file), JSON.stringify(checkedRecord(text, randomBytes(32))))
    const store = await openStore(folder)
    expect(store.data.cards.map((c) => c.id)).not.toContain('planted')
    expect(store.notices[0]).toMatchObject({ kind: 'salvaged', count: 1 })
    await store.settle()
  })

  it('does not record after every save, only once the store is idle or settles', async () => {
    const folder = await tempFolder()
    const file = join(folder, STORE_FILE_NAME)
    const store = await openStore(folder, { recordDelayMs: 60_000 })
    for (const cards of [3, 4, 5]) {
      await store.update(() => generateBoard({ cards }))
    }
    await store.flush()
    expect(await readdir(folder)).not.toContain(`${STORE_FILE_NAME}.checked`)
    await store.settle()
    expect(JSON.parse(await readFile(checkedFileOf(file), 'utf8'))).toEqual(
      checkedRecord(await readFile(file), KEY),
    )
    // Nothing new to record: settling again, or saving the board unchanged, writes nothing.
    const before = await stat(checkedFileOf(file))
    await store.settle()
    await store.update((data) => data)
    await store.settle()
    expect((await stat(checkedFileOf(file))).ino).toBe(before.ino)

    const quick = await openStore(folder, { recordDelayMs: 20 })
    await quick.update(() => generateBoard({ cards: 6 }))
    await expect
      .poll(async () => readFile(checkedFileOf(file), 'utf8'))
      .toBe(JSON.stringify(checkedRecord(await readFile(file), KEY)))
  })

  it('records a valid file it did not write once it has validated it', async () => {
    const folder = await tempFolder()
    const file = join(folder, STORE_FILE_NAME)
    await writeFile(file, JSON.stringify(generateBoard({ cards: 5 })))
    const store = await openStore(folder)
    await store.settle()
    expect(await readFile(checkedFileOf(file), 'utf8')).toBe(
      JSON.stringify(checkedRecord(await readFile(file), KEY)),
    )
  })

  it('reads a recorded file with a byte-order mark as the board it is', async () => {
    const folder = await tempFolder()
    const file = join(folder, STORE_FILE_NAME)
    const board = generateBoard({ cards: 3 })
    await writeFile(file, `\uFEFF${JSON.stringify(board)}`)
    const first = await openStore(folder)
    await first.settle()
    // The next start takes the recorded bytes on trust, and still reads past the mark.
    const read = await new StoreFileAdapter(file, KEY).readDetailed()
    expect(read?.data).toEqual(board)
  })
})
