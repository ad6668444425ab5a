import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateBoard } from '../../../bench/boards'
import { createCard } from '../../shared/domain/board'
import { emptyStore } from '../../shared/store/store-format'
import { sampleDetails } from '../../shared/test-support/sample-details'
import { useTempFolders } from '../test-support/temp-folder'
import { BoardStore, STORE_FILE_NAME } from './board-store'
import { StoreFileAdapter, StoreFileError, checkedFileOf } from './store-adapter'
import { StoreSerializer, checkedRecord, sameBytes, sha256 } from './store-text'

const tempFolder = useTempFolders()
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

  it('hash and record the same as the joined bytes', () => {
    expect(sha256(pieces)).toBe(sha256(whole))
    expect(checkedRecord(pieces)).toEqual(checkedRecord(whole))
  })

  it('compare equal only to exactly the same bytes', () => {
    expect(sameBytes(whole, pieces)).toBe(true)
    expect(sameBytes(Buffer.from('{"a": "u"}'), pieces)).toBe(false)
    expect(sameBytes(Buffer.concat([whole, Buffer.from(' ')]), pieces)).toBe(false)
    expect(sameBytes(whole.subarray(1), pieces)).toBe(false)
  })
})

describe('start-up with a file Foothold wrote itself', () => {
  async function written() {
    const folder = await tempFolder()
    const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
    await store.update(() => generateBoard({ cards: 20 }))
    await store.flush()
    const file = join(folder, STORE_FILE_NAME)
    return { folder, file, store }
  }

  it('records the bytes it wrote, and reads them back as they were', async () => {
    const { file, store } = await written()
    const record = JSON.parse(await readFile(checkedFileOf(file), 'utf8'))
    expect(record).toEqual(checkedRecord(await readFile(file)))
    const read = await new StoreFileAdapter(file).readDetailed()
    expect(read?.data).toEqual(store.data)
  })

  it('trusts only those exact bytes: any other content is validated again', async () => {
    const { file } = await written()
    // An edit that breaks the format, with the record left as it was, is still refused.
    const broken = (await readFile(file, 'utf8')).replace('"stage": "', '"stage": "x')
    await writeFile(file, broken)
    await expect(new StoreFileAdapter(file).readDetailed()).rejects.toThrow(StoreFileError)
  })

  it('skips validation only when the record matches: so a record is all that is trusted', async () => {
    const { file } = await written()
    const broken = Buffer.from((await readFile(file, 'utf8')).replace('"stage": "', '"stage": "x'))
    await writeFile(file, broken)
    // A record claiming these bytes (which only Foothold writes, after validating) lets them in.
    await writeFile(checkedFileOf(file), JSON.stringify(checkedRecord(broken)))
    await expect(new StoreFileAdapter(file).readDetailed()).resolves.toBeTruthy()
    // A record from another validator, or of other bytes, does not.
    const other = { ...checkedRecord(broken), validator: 'another' }
    await writeFile(checkedFileOf(file), JSON.stringify(other))
    await expect(new StoreFileAdapter(file).readDetailed()).rejects.toThrow(StoreFileError)
    const stale = { ...checkedRecord(broken), sha256: sha256(Buffer.from('x')) }
    await writeFile(checkedFileOf(file), JSON.stringify(stale))
    await expect(new StoreFileAdapter(file).readDetailed()).rejects.toThrow(StoreFileError)
    await writeFile(checkedFileOf(file), 'not json')
    await expect(new StoreFileAdapter(file).readDetailed()).rejects.toThrow(StoreFileError)
  })

  it('records a valid file it did not write once it has validated it', async () => {
    const folder = await tempFolder()
    const file = join(folder, STORE_FILE_NAME)
    await writeFile(file, JSON.stringify(generateBoard({ cards: 5 })))
    const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
    await store.flush()
    await expect
      .poll(async () => readFile(checkedFileOf(file), 'utf8').catch(() => null))
      .toBe(JSON.stringify(checkedRecord(await readFile(file))))
  })
})
