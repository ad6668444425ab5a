import { readFile, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import type { Adapter } from 'lowdb'
import type { StoreData, StoreFileProblem, UnreadableCard } from '@shared/store/store-format'
import {
  STORE_SCHEMA_VERSION,
  salvageStoreText,
  withoutByteOrderMark,
} from '@shared/store/store-format'
import { writeFileDurably } from './durable-write'
import type { FileBytes } from './store-text'
import { StoreSerializer, checkedRecord, isChecked, sameBytes } from './store-text'

/** Where the record of the file's last validated bytes lives (see store-text.ts). */
export function checkedFileOf(file: string): string {
  return `${file}.checked`
}

export class StoreFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: StoreFileProblem,
  ) {
    super(`Cannot read ${file}: ${problem.kind}`)
  }
}

/** What the store file held when it was read. */
export interface StoreFileRead {
  data: StoreData
  /** The format it was upgraded from, or null when it was current. */
  migratedFrom: number | null
  /** The file's text (without a byte-order mark). */
  text: string
  /** Interviews that could not be read: `data` holds the others. */
  unreadable: UnreadableCard[]
}

/**
 * What `stat` says of the file. A change by anything else changes at least one of these: the
 * inode when a file is renamed into place, the change time on any write (it cannot be set back,
 * unlike the modification time that sync tools copy), the size, or the modification time.
 */
export interface FileStamp {
  ino: number
  size: number
  mtimeMs: number
  ctimeMs: number
}

const stampOf = (stats: Stats): FileStamp => ({
  ino: stats.ino,
  size: stats.size,
  mtimeMs: stats.mtimeMs,
  ctimeMs: stats.ctimeMs,
})

const sameStamp = (a: FileStamp, b: FileStamp) =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs

export type DiskChange =
  { kind: 'changed'; text: string; bytes: Buffer; stamp: FileStamp } | { kind: 'missing' }

/**
 * lowdb adapter for the store file. Unlike lowdb's presets it validates on read (a bad file is a
 * typed error, never a crash; a bad card is set aside, not the whole file), writes durably, and
 * behaves the same whatever NODE_ENV says.
 */
export class StoreFileAdapter implements Adapter<StoreData> {
  /** The file as Foothold last read or wrote it, to notice when something else changes it. */
  private known: { bytes: FileBytes; stamp: FileStamp } | 'absent' | null = null
  private readonly serializer = new StoreSerializer()
  /** Bytes written (or validated) since the last record of them, to record later. */
  private unrecorded: FileBytes | null = null
  /** The MAC of the record on disk, as far as this adapter knows: the same one is not written again. */
  private recordedMac: string | null = null

  /**
   * `validationKey` signs the record of validated bytes (see store-text.ts). Without one, no record
   * is trusted or written, and every start-up validates the whole file.
   */
  constructor(
    readonly file: string,
    private readonly validationKey: Uint8Array | null = null,
  ) {}

  async read(): Promise<StoreData | null> {
    return (await this.readDetailed())?.data ?? null
  }

  /** Like read(), also saying whether an older format was migrated and which cards were unreadable. */
  async readDetailed(): Promise<StoreFileRead | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.file)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') {
        this.known = 'absent'
        return null
      }
      throw new StoreFileError(this.file, { kind: 'unreadable', detail: code ?? String(error) })
    }
    const text = withoutByteOrderMark(bytes.toString('utf8'))
    // Bytes Foothold wrote itself from a validated board need no second validation.
    if (await this.recordVouchesFor(bytes)) {
      const data = JSON.parse(text) as StoreData
      if (data.schemaVersion === STORE_SCHEMA_VERSION) {
        await this.remember(bytes)
        return { data, migratedFrom: null, text, unreadable: [] }
      }
    }
    const parsed = salvageStoreText(text)
    if (!parsed.ok) throw new StoreFileError(this.file, parsed.problem)
    await this.remember(bytes)
    // A file to be written again at once (upgraded, or with cards set aside) is recorded then.
    if (parsed.migratedFrom === null && parsed.unreadable.length === 0) this.unrecorded = bytes
    return {
      data: parsed.data,
      migratedFrom: parsed.migratedFrom,
      text,
      unreadable: parsed.unreadable,
    }
  }

  async write(data: StoreData): Promise<void> {
    const bytes = this.serializer.chunks(data)
    await writeFileDurably(this.file, bytes)
    await this.remember(bytes)
    this.unrecorded = bytes
  }

  /** Whether recording now would spare the next start-up a validation it would otherwise do. */
  get recordPending(): boolean {
    return this.unrecorded !== null && this.validationKey !== null
  }

  /**
   * Records that the file's current bytes were validated (read and checked, or written from the
   * validated board). Not needed for safety, so a failure only means the next start-up validates
   * the file again.
   */
  async recordChecked(): Promise<void> {
    const bytes = this.unrecorded
    const key = this.validationKey
    if (!bytes || !key) return
    this.unrecorded = null
    const record = checkedRecord(bytes, key)
    // Saving a board unchanged writes the same bytes: the record on disk already vouches for them.
    if (record.mac === this.recordedMac) return
    await writeFileDurably(checkedFileOf(this.file), JSON.stringify(record))
    this.recordedMac = record.mac
  }

  private async recordVouchesFor(bytes: Buffer): Promise<boolean> {
    const key = this.validationKey
    if (!key) return false
    const record = await readFile(checkedFileOf(this.file), 'utf8').catch(() => null)
    if (record === null) return false
    try {
      const parsed = JSON.parse(record) as { mac?: unknown }
      if (!isChecked(parsed, bytes, key)) return false
      this.recordedMac = parsed.mac as string
      return true
    } catch {
      return false
    }
  }

  /**
   * What is on disk now, if something other than this adapter changed the file since it last
   * read or wrote it (a sync tool, a second copy of Foothold, a person with an editor). A cheap
   * `stat` answers the common case; the bytes are compared only when the stat differs.
   */
  async changedOnDisk(): Promise<DiskChange | null> {
    const known = this.known
    if (!known) return null
    const now = await stat(this.file).catch(() => null)
    if (!now) return known === 'absent' ? null : { kind: 'missing' }
    const stamp = stampOf(now)
    if (known !== 'absent' && sameStamp(stamp, known.stamp)) return null
    const bytes = await readFile(this.file).catch(() => null)
    if (bytes === null) return known === 'absent' ? null : { kind: 'missing' }
    if (known !== 'absent' && sameBytes(bytes, known.bytes)) {
      this.known = { bytes, stamp }
      return null
    }
    return { kind: 'changed', text: bytes.toString('utf8'), bytes, stamp }
  }

  /**
   * Takes these bytes as the file's known state (after a reload). `stamp` is the stat taken before
   * they were read, so a write that landed after it still shows as a change.
   */
  async remember(bytes: FileBytes, stamp?: FileStamp): Promise<void> {
    if (stamp) {
      this.known = { bytes, stamp }
      return
    }
    const now = await stat(this.file).catch(() => null)
    this.known = now ? { bytes, stamp: stampOf(now) } : null
  }
}
