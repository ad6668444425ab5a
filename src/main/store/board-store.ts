import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Low } from 'lowdb'
import type { StoreNotice, StoreStatus } from '../../shared/ipc/contract'
import type { StoreData } from '../../shared/store/store-format'
import { describeProblem, emptyStore, parseStoreText } from '../../shared/store/store-format'
import type { Clock } from '../clock'
import type { BackupEntry } from './backups'
import { Backups, fileStamp } from './backups'
import { TEMP_SUFFIX } from './durable-write'
import { StoreFileAdapter, StoreFileError } from './store-adapter'

export const STORE_FILE_NAME = 'foothold.json'

export class ReadOnlyStoreError extends Error {}

export interface BoardStoreOptions {
  dataFolder: string
  clock: Clock
  /** Time zone for a brand-new board's settings. */
  defaultTimeZone: string
  /** A data folder without a board file starts as already welcomed (for tests of other things). */
  skipFirstRun?: boolean
  onStatus?: (status: StoreStatus) => void
  /** Delay before the first retry of a failed write; it doubles up to `maxRetryDelayMs`. */
  retryDelayMs?: number
  maxRetryDelayMs?: number
  logError?: (error: unknown) => void
  /** The file was changed by something else: reloaded, or kept as a conflict copy. */
  onExternalChange?: (change: ExternalChange) => void
}

/** What Foothold did about a data file that something else changed while it ran. */
export type ExternalChange =
  | { kind: 'reloaded' }
  | { kind: 'conflict'; notice: StoreNotice }
  /** A newer Foothold's file arrived: nothing more is written this session. */
  | { kind: 'read-only'; notice: StoreNotice }

// Backups are daily; checking the folder at most hourly keeps the write path free of extra I/O.
const BACKUP_CHECK_MS = 3600_000

/**
 * The board's single source of truth, owned by the main process. Updates apply in memory at once
 * and resolve when they are on disk; updates made while a write is in flight share the next write.
 */
export class BoardStore {
  private readonly db: Low<StoreData>
  private readonly adapter: StoreFileAdapter
  private diskCheck: Promise<void> | null = null
  private readonly liveNotices: StoreNotice[]
  private waiting: Array<() => void> = []
  private writer: Promise<void> | null = null
  private status: StoreStatus
  private lastBackupCheck: Date | null = null
  private readonly listeners = new Set<() => void>()

  private constructor(
    private readonly options: BoardStoreOptions,
    readonly file: string,
    data: StoreData,
    notices: readonly StoreNotice[],
    readonly backups: Backups,
    adapter: StoreFileAdapter,
  ) {
    this.adapter = adapter
    this.liveNotices = [...notices]
    this.db = new Low(adapter, data)
    this.status = {
      saving: 'idle',
      message: null,
      readOnly: notices.some((n) => n.kind === 'read-only'),
    }
  }

  private startupBackup: Promise<void> = Promise.resolve()

  static async open(options: BoardStoreOptions): Promise<BoardStore> {
    const folder = options.dataFolder
    const file = join(folder, STORE_FILE_NAME)
    const backups = new Backups(folder)
    const now = options.clock.now()
    await mkdir(folder, { recursive: true })
    await sweepTempFiles(file)

    const empty = emptyStore(options.defaultTimeZone)
    let data: StoreData
    const notices: StoreNotice[] = []
    let mustWrite = false
    let found = false
    const adapter = new StoreFileAdapter(file)
    try {
      const read = await adapter.readDetailed()
      // Only a folder with no board at all is a first run; a recovered or read-only one is not.
      data = read?.data ?? emptyStore(options.defaultTimeZone, options.skipFirstRun === true)
      found = read !== null
      if (read?.migratedFrom != null) {
        // The original stays in backups/ byte for byte before the upgraded file replaces it.
        await backups.save(read.text, now)
        mustWrite = true
      }
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error
      const problem = describeProblem(error.problem)
      const keptAs =
        error.problem.kind === 'newer-version' ? null : await moveAside(file, folder, now)
      if (keptAs === null) {
        // A newer Foothold's file must stay where it is; one that cannot be moved must not be
        // overwritten. Either way, open without writing.
        notices.push({ kind: 'read-only', problem, file })
        data = empty
      } else {
        const backup = await backups.newestValid()
        data = backup?.data ?? empty
        notices.push({ kind: 'recovered', problem, keptAs, loadedFrom: backup?.entry.file ?? null })
        mustWrite = true
      }
    }

    const store = new BoardStore(options, file, data, notices, backups, adapter)
    // Not awaited: if the disk refuses, the window still opens and its status says so.
    if (mustWrite) void store.update((d) => d)
    // Nor is the day's backup: it holds the board as opened, and the window need not wait for it.
    else if (!store.status.readOnly && found) store.startupBackup = store.backUpIfDue()
    // A file just validated in full is recorded as such, so the next start need not do it again.
    if (!store.status.readOnly && !mustWrite) {
      void store.adapter.recordChecked().catch((error: unknown) => options.logError?.(error))
    }
    return store
  }

  get data(): Readonly<StoreData> {
    return this.db.data
  }

  /** What the person must be told about the data file, oldest first. */
  get notices(): readonly StoreNotice[] {
    return this.liveNotices
  }

  get currentStatus(): StoreStatus {
    return this.status
  }

  /**
   * Replaces the data with `change(data)`; resolves once that state (or a later one) is on disk.
   * A failing disk is retried until it works, with the status telling the person meanwhile.
   */
  update(change: (data: StoreData) => StoreData): Promise<void> {
    if (this.status.readOnly) {
      return Promise.reject(
        new ReadOnlyStoreError(
          'This board is read-only because its data file could not be safely written',
        ),
      )
    }
    this.db.data = change(this.db.data)
    for (const listener of this.listeners) listener()
    const written = new Promise<void>((resolve) => this.waiting.push(resolve))
    this.writer ??= this.writeLoop()
    return written
  }

  /**
   * Replaces the whole board (a restored backup, an imported file) after keeping the current one
   * as a backup, so the step can be taken back. Resolves with that backup once both are on disk.
   */
  replaceAll(next: StoreData): Promise<BackupEntry> {
    return this.updateAfterBackup(() => next)
  }

  /**
   * One update made after keeping the current board as a backup (an import adding many cards), so
   * it can be taken back whole. Resolves with that backup once both are on disk.
   */
  async updateAfterBackup(change: (data: StoreData) => StoreData): Promise<BackupEntry> {
    if (this.status.readOnly) {
      throw new ReadOnlyStoreError('This board is read-only, so it cannot be changed')
    }
    await this.flush()
    const previous = await this.backups.save(
      JSON.stringify(this.db.data, null, 1),
      this.options.clock.now(),
    )
    await this.update(change)
    return previous
  }

  /** Calls `listener` after every change to the data; returns the function that unsubscribes. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves when every update made so far is on disk (and the start-up backup too). */
  async flush(): Promise<void> {
    await this.startupBackup
    while (this.writer) await this.writer
  }

  /** A daily backup, best-effort: failing to back up must never stop the board from working. */
  private async backUpIfDue(): Promise<void> {
    const now = this.options.clock.now()
    if (this.lastBackupCheck && now.getTime() - this.lastBackupCheck.getTime() < BACKUP_CHECK_MS)
      return
    this.lastBackupCheck = now
    try {
      await this.backups.takeIfDue(this.db.data, now)
    } catch (error) {
      this.options.logError?.(error)
    }
  }

  private async writeLoop(): Promise<void> {
    // Let updates made in the same tick join this write.
    await Promise.resolve()
    let delay = this.options.retryDelayMs ?? 500
    while (this.waiting.length > 0) {
      const batch = this.waiting
      this.waiting = []
      this.setStatus({ saving: 'saving', message: null })
      for (;;) {
        try {
          await this.keepOtherVersion()
          if (!this.status.readOnly) await this.db.write()
          break
        } catch (error) {
          const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
          this.setStatus({
            saving: 'failed',
            message: `Foothold could not save to ${this.file} (${reason}). Your changes are kept in memory and saving is being retried.`,
          })
          await new Promise((resolve) => setTimeout(resolve, delay))
          delay = Math.min(delay * 2, this.options.maxRetryDelayMs ?? 30_000)
        }
      }
      for (const resolve of batch) resolve()
      await this.backUpIfDue()
      if (this.waiting.length > 0) continue
      this.setStatus({ saving: 'idle', message: null })
      // After the acknowledgement: the record only spares the next start-up a validation.
      await this.adapter.recordChecked().catch((error: unknown) => this.options.logError?.(error))
    }
    this.writer = null
    this.setStatus({ saving: 'idle', message: null })
  }

  /** Checks the file for outside changes every `intervalMs`; returns the function that stops. */
  watchDisk(intervalMs: number): () => void {
    const timer = setInterval(() => {
      this.checkDisk().catch((error: unknown) => this.options.logError?.(error))
    }, intervalMs)
    timer.unref?.()
    return () => clearInterval(timer)
  }

  /**
   * Looks for a change made to the file by something else and, with nothing of Foothold's waiting
   * to be written, loads it. Main calls this when the window gains focus and every few seconds;
   * a call while a check runs joins it.
   */
  checkDisk(): Promise<void> {
    this.diskCheck ??= this.lookAtDisk().finally(() => (this.diskCheck = null))
    return this.diskCheck
  }

  private async lookAtDisk(): Promise<void> {
    if (this.status.readOnly) return
    await this.flush()
    const change = await this.adapter.changedOnDisk()
    // A write may have started meanwhile; it will deal with the change itself.
    if (!change || this.writer) return
    if (change.kind === 'missing') {
      // Deleted or moved away: write the board back rather than lose it.
      void this.update((data) => data)
      return
    }
    const parsed = parseStoreText(change.text)
    if (!parsed.ok) {
      if (parsed.problem.kind === 'newer-version') {
        // A newer Foothold wrote it (on another computer, through a sync folder): its work must
        // not be replaced by this version's older board.
        this.becomeReadOnly(describeProblem(parsed.problem))
        return
      }
      // Unreadable: keep it aside, then put the board back in its place.
      void this.update((data) => data)
      return
    }
    this.db.data = parsed.data
    await this.adapter.remember(change.text)
    for (const listener of this.listeners) listener()
    this.options.onExternalChange?.({ kind: 'reloaded' })
  }

  /**
   * Called before each write: if the file changed under Foothold while it had changes of its own
   * to save, both are kept. Foothold's version takes the file's place; the other is copied next to
   * it and the person is told where.
   */
  private async keepOtherVersion(): Promise<void> {
    const change = await this.adapter.changedOnDisk()
    if (change?.kind !== 'changed') return
    const parsed = parseStoreText(change.text)
    if (!parsed.ok && parsed.problem.kind === 'newer-version') {
      this.becomeReadOnly(describeProblem(parsed.problem))
      return
    }
    const now = this.options.clock.now()
    const keptAs = await copyAside(this.file, change.text, 'conflict', now)
    await this.adapter.remember(change.text)
    const problem = parsed.ok ? null : describeProblem(parsed.problem)
    const notice: StoreNotice = { kind: 'conflict', keptAs, file: this.file, problem }
    this.liveNotices.push(notice)
    this.options.onExternalChange?.({ kind: 'conflict', notice })
  }

  /** Stops writing for good this session, and says why. */
  private becomeReadOnly(problem: string): void {
    const notice: StoreNotice = { kind: 'read-only', problem, file: this.file }
    this.liveNotices.push(notice)
    this.status = { ...this.status, readOnly: true }
    this.options.onStatus?.(this.status)
    this.options.onExternalChange?.({ kind: 'read-only', notice })
  }

  private setStatus(change: Pick<StoreStatus, 'saving' | 'message'>): void {
    const next = { ...this.status, ...change }
    if (next.saving === this.status.saving && next.message === this.status.message) return
    this.status = next
    this.options.onStatus?.(next)
  }
}

/** Writes `text` to a free `foothold.<label>-<time>[-n].json` next to `file`, never over another. */
async function copyAside(file: string, text: string, label: string, now: Date): Promise<string> {
  for (let n = 1; ; n++) {
    const copy = join(
      dirname(file),
      `foothold.${label}-${fileStamp(now)}${n > 1 ? `-${n}` : ''}.json`,
    )
    try {
      await writeFile(copy, text, { flag: 'wx', mode: 0o600 })
      return copy
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error
    }
  }
}

/**
 * Renames an unreadable file to a free `foothold.corrupt-<time>[-n].json` name, never over an
 * earlier one. Returns null when it cannot be moved, so the caller must not write either.
 */
async function moveAside(file: string, folder: string, now: Date): Promise<string | null> {
  for (let n = 1; n < 100; n++) {
    const keptAs = join(folder, `foothold.corrupt-${fileStamp(now)}${n > 1 ? `-${n}` : ''}.json`)
    const taken = await access(keptAs).then(
      () => true,
      () => false,
    )
    if (taken) continue
    try {
      await rename(file, keptAs)
      return keptAs
    } catch {
      return null
    }
  }
  return null
}

/** Removes temp files that a crash mid-write left next to the store file. */
async function sweepTempFiles(file: string): Promise<void> {
  const prefix = `${basename(file)}.`
  const names = await readdir(dirname(file)).catch(() => [] as string[])
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX))
      .map((n) => rm(join(dirname(file), n), { force: true })),
  )
}
