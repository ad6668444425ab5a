import { readFile } from 'node:fs/promises'
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
      if (code === 'ENOENT') return null
      throw new StoreFileError(this.file, { kind: 'unreadable', detail: code ?? String(error) })
    }
    const parsed = parseStoreText(text)
    if (!parsed.ok) throw new StoreFileError(this.file, parsed.problem)
    return { data: parsed.data, migratedFrom: parsed.migratedFrom, text }
  }

  async write(data: StoreData): Promise<void> {
    await writeFileDurably(this.file, JSON.stringify(data, null, 1))
  }
}
