import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoreData } from '@shared/store/store-format'
import { describeProblem, parseStoreText } from '@shared/store/store-format'
import { BACKUP_NAME_PATTERN, fileStamp, stampToTime } from '@shared/store/backup-name'
import { writeFileDurably } from './durable-write'

const DAY_MS = 24 * 3600_000

export { fileStamp }

export interface BackupEntry {
  file: string
  takenAt: Date
}

/** What a backup holds, or why it cannot be restored. */
export type BackupContents =
  { ok: true; data: StoreData; text: string } | { ok: false; problem: string }

/** Rolling copies of the store file in `<data folder>/backups`, newest first. */
export class Backups {
  readonly folder: string

  constructor(
    dataFolder: string,
    private readonly keep = 7,
  ) {
    this.folder = join(dataFolder, 'backups')
  }

  async list(): Promise<BackupEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.folder)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return []
      throw error
    }
    return names
      .flatMap((name) => {
        const stamp = BACKUP_NAME_PATTERN.exec(name)?.[1]
        return stamp
          ? [{ file: join(this.folder, name), takenAt: new Date(stampToTime(stamp)) }]
          : []
      })
      .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  }

  /** Reads and validates one backup completely. */
  async read(entry: BackupEntry): Promise<BackupContents> {
    let text: string
    try {
      text = await readFile(entry.file, 'utf8')
    } catch (error) {
      return {
        ok: false,
        problem: `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      }
    }
    const parsed = parseStoreText(text)
    return parsed.ok
      ? { ok: true, data: parsed.data, text }
      : { ok: false, problem: describeProblem(parsed.problem) }
  }

  /** The newest backup that parses and validates, or null. */
  async newestValid(): Promise<{ entry: BackupEntry; data: StoreData } | null> {
    const entries = await this.list().catch(() => [])
    for (const entry of entries) {
      const contents = await this.read(entry)
      if (contents.ok) return { entry, data: contents.data }
    }
    return null
  }

  /** Writes a backup unless one was taken within the last day; prunes beyond `keep`. */
  async takeIfDue(data: StoreData, now: Date): Promise<BackupEntry | null> {
    const existing = await this.list()
    const newest = existing[0]
    if (newest && now.getTime() - newest.takenAt.getTime() < DAY_MS) return null
    return this.save(JSON.stringify(data, null, 1), now, existing)
  }

  /** Writes `text` as a backup now, whatever the last one's age (e.g. a file before migration). */
  async save(text: string, now: Date, listed?: BackupEntry[]): Promise<BackupEntry> {
    const existing = listed ?? (await this.list())
    await mkdir(this.folder, { recursive: true })
    const entry = { file: join(this.folder, `foothold-${fileStamp(now)}.json`), takenAt: now }
    await writeFileDurably(entry.file, text)
    const kept = [entry, ...existing.filter((e) => e.file !== entry.file)]
    for (const old of kept.slice(this.keep)) await rm(old.file, { force: true })
    return entry
  }
}
