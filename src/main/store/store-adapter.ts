import { readFile, stat } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import type { StoreData, StoreFileProblem } from '../../shared/store/store-format'
import { STORE_SCHEMA_VERSION, parseStoreText } from '../../shared/store/store-format'
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

/**
 * lowdb adapter for the store file. Unlike lowdb's presets it validates on read (a bad file is a
 * typed error, never a crash), writes durably, and behaves the same whatever NODE_ENV says.
 */
export class StoreFileAdapter implements Adapter<StoreData> {
  /** The file as Foothold last read or wrote it, to notice when something else changes it. */
  private known: { bytes: FileBytes; mtimeMs: number; size: number } | 'absent' | null = null
  private readonly serializer = new StoreSerializer()
  /** Bytes written (or validated) since the last record of them, to record after the write. */
  private unrecorded: FileBytes | null = null

  constructor(readonly file: string) {}

  async read(): Promise<StoreData | null> {
    return (await this.readDetailed())?.data ?? null
  }

  /** Like read(), also saying whether an older format was migrated, with the original text. */
  async readDetailed(): Promise<{
    data: StoreData
    migratedFrom: number | null
    text: string
  } | null> {
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
    const text = bytes.toString('utf8')
    // Bytes Foothold wrote itself from a validated board need no second validation.
    if (await this.wroteThese(bytes)) {
      const data = JSON.parse(text) as StoreData
      if (data.schemaVersion === STORE_SCHEMA_VERSION) {
        await this.remember(bytes)
        return { data, migratedFrom: null, text }
      }
    }
    const parsed = parseStoreText(text)
    if (!parsed.ok) throw new StoreFileError(this.file, parsed.problem)
    await this.remember(bytes)
    if (parsed.migratedFrom === null) this.unrecorded = bytes
    return { data: parsed.data, migratedFrom: parsed.migratedFrom, text }
  }

  async write(data: StoreData): Promise<void> {
    const bytes = this.serializer.chunks(data)
    await writeFileDurably(this.file, bytes)
    await this.remember(bytes)
    this.unrecorded = bytes
  }

  /**
   * Records that the file's current bytes were validated (read and checked, or written from the
   * validated board). Not needed for safety, so the store calls it after acknowledging a write,
   * and a failure only means the next start-up validates the file again.
   */
  async recordChecked(): Promise<void> {
    const bytes = this.unrecorded
    if (!bytes) return
    this.unrecorded = null
    await writeFileDurably(checkedFileOf(this.file), JSON.stringify(checkedRecord(bytes)))
  }

  private async wroteThese(bytes: Buffer): Promise<boolean> {
    const record = await readFile(checkedFileOf(this.file), 'utf8').catch(() => null)
    if (record === null) return false
    try {
      return isChecked(JSON.parse(record), bytes)
    } catch {
      return false
    }
  }

  /**
   * What is on disk now, if something other than this adapter changed the file since it last
   * read or wrote it (a sync tool, a second copy of Foothold, a person with an editor). A cheap
   * `stat` answers the common case; the text is compared only when the stat differs.
   */
  async changedOnDisk(): Promise<{ kind: 'changed'; text: string } | { kind: 'missing' } | null> {
    const known = this.known
    if (!known) return null
    const now = await stat(this.file).catch(() => null)
    if (!now) return known === 'absent' ? null : { kind: 'missing' }
    if (known !== 'absent' && now.mtimeMs === known.mtimeMs && now.size === known.size) return null
    const bytes = await readFile(this.file).catch(() => null)
    if (bytes === null) return known === 'absent' ? null : { kind: 'missing' }
    if (known !== 'absent' && sameBytes(bytes, known.bytes)) {
      this.known = { bytes, mtimeMs: now.mtimeMs, size: now.size }
      return null
    }
    return { kind: 'changed', text: bytes.toString('utf8') }
  }

  /** Takes the file as it is now as the known state (after a reload). */
  async remember(content: string | FileBytes): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content
    const now = await stat(this.file).catch(() => null)
    this.known = now ? { bytes, mtimeMs: now.mtimeMs, size: now.size } : null
  }
}
