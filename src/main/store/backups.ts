import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoreData } from '../../shared/store/store-format'
import { parseStoreText } from '../../shared/store/store-format'
import { writeFileDurably } from './durable-write'

const BACKUP_PATTERN = /^foothold-(\d{8}T\d{6}Z)\.json$/
const DAY_MS = 24 * 3600_000

/** File-name-safe UTC timestamp that sorts in time order: 20261123T091500Z. */
export function fileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

function stampToTime(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN
}

export interface BackupEntry {
  file: string
  takenAt: Date
}

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
        const stamp = BACKUP_PATTERN.exec(name)?.[1]
        return stamp
          ? [{ file: join(this.folder, name), takenAt: new Date(stampToTime(stamp)) }]
          : []
      })
      .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  }

  /** The newest backup that parses and validates, or null. */
  async newestValid(): Promise<{ entry: BackupEntry; data: StoreData } | null> {
    const entries = await this.list().catch(() => [])
    for (const entry of entries) {
      const text = await readFile(entry.file, 'utf8').catch(() => '')
      const parsed = parseStoreText(text)
      if (parsed.ok) return { entry, data: parsed.data }
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
