import { readFile, stat } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import type { StoreData, StoreFileProblem } from '../../shared/store/store-format'
import { parseStoreText } from '../../shared/store/store-format'
import { writeFileDurably } from './durable-write'

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
  private known: { text: string; mtimeMs: number; size: number } | 'absent' | null = null

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
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') {
        this.known = 'absent'
        return null
      }
      throw new StoreFileError(this.file, { kind: 'unreadable', detail: code ?? String(error) })
    }
    const parsed = parseStoreText(text)
    if (!parsed.ok) throw new StoreFileError(this.file, parsed.problem)
    await this.remember(text)
    return { data: parsed.data, migratedFrom: parsed.migratedFrom, text }
  }

  async write(data: StoreData): Promise<void> {
    const text = JSON.stringify(data, null, 1)
    await writeFileDurably(this.file, text)
    await this.remember(text)
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
    const text = await readFile(this.file, 'utf8').catch(() => null)
    if (text === null) return known === 'absent' ? null : { kind: 'missing' }
    if (known !== 'absent' && text === known.text) {
      this.known = { text, mtimeMs: now.mtimeMs, size: now.size }
      return null
    }
    return { kind: 'changed', text }
  }

  /** Takes the file as it is now as the known state (after a reload). */
  async remember(text: string): Promise<void> {
    const now = await stat(this.file).catch(() => null)
    this.known = now ? { text, mtimeMs: now.mtimeMs, size: now.size } : null
  }
}
