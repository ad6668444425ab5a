import { access, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Low } from 'lowdb'
import type { StoreNotice, StoreStatus } from '@shared/ipc/contract'
import type { StoreData, UnreadableCard } from '@shared/store/store-format'
import {
  describeProblem,
  emptyStore,
  parseStoreText,
  salvageStoreText,
} from '@shared/store/store-format'
import { salvagedNotice, setAsideText } from '@shared/store/set-aside'
import type { Clock } from '../clock'
import type { BackupEntry } from './backups'
import { Backups, fileStamp } from './backups'
import { TEMP_SUFFIX, writeNewFileDurably } from './durable-write'
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
  /**
   * Signs the record that spares the next start-up a full validation (see store-text.ts). It must
   * come from outside the data folder (validation-key.ts); without one, every start validates.
   */
  validationKey?: Uint8Array | null
  /** How long the store stays idle after a write before recording it as validated. */
  recordDelayMs?: number
}

/** What Foothold did about a data file that something else changed while it ran. */
export type ExternalChange =
  | { kind: 'reloaded' }
  | { kind: 'conflict'; notice: StoreNotice }
  /** A newer Foothold's file arrived: nothing more is written this session. */
  | { kind: 'read-only'; notice: StoreNotice }
  /** A file with some unreadable cards arrived: the rest was loaded, those were kept aside. */
  | { kind: 'salvaged'; notice: StoreNotice }

// Backups are daily; checking the folder at most hourly keeps the write path free of extra I/O.
const BACKUP_CHECK_MS = 3600_000
// The validation record matters only to the next start-up, so it waits until editing pauses (or the
// app quits) instead of costing a second durable write after every save.
const RECORD_DELAY_MS = 30_000

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
  private recordTimer: ReturnType<typeof setTimeout> | null = null

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
    await sweepTempFiles(folder, (name) => name.startsWith(`${STORE_FILE_NAME}.`))
    await sweepTempFiles(backups.folder, () => true)

    const empty = emptyStore(options.defaultTimeZone)
    let data: StoreData
    const notices: StoreNotice[] = []
    let mustWrite = false
    const adapter = new StoreFileAdapter(file, options.validationKey ?? null)
    try {
      const read = await adapter.readDetailed()
      // Only a folder with no board at all is a first run; a recovered or read-only one is not.
      data = read?.data ?? emptyStore(options.defaultTimeZone, options.skipFirstRun === true)
      if (read?.migratedFrom != null) {
        // The original stays in backups/ byte for byte before the upgraded file replaces it.
        await backups.save(read.text, now)
        mustWrite = true
      }
      if (read && read.unreadable.length > 0) {
        // The cards that could not be read are on the disk, elsewhere, before the board that
        // lacks them replaces the file; if they cannot be, the file is left as it is.
        const notice = await setAside(file, read.unreadable, now).catch((error: unknown) => {
          const count = read.unreadable.length
          const which = count === 1 ? '1 interview' : `${count} interviews`
          const problem = `${which} in the file could not be read, and could not be kept aside (${errorCode(error)})`
          notices.push({ kind: 'read-only', problem, file })
          return null
        })
        if (notice) {
          notices.push(notice)
          mustWrite = true
        }
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
    if (store.status.readOnly) return store
    // Not awaited: if the disk refuses, the window still opens and its status says so.
    if (mustWrite) void store.update((d) => d)
    // Nor is the day's backup: it holds the board as opened, and the window need not wait for it.
    else store.startupBackup = store.backUpIfDue()
    // A file just validated in full is recorded as such, once the person pauses or quits.
    store.scheduleRecord()
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

  /**
   * What quitting needs: every update on disk, and the record that spares the next start-up a
   * full validation. Never rejects for the record: it only saves time.
   */
  async settle(): Promise<void> {
    await this.flush()
    if (this.recordTimer) clearTimeout(this.recordTimer)
    this.recordTimer = null
    await this.record()
  }

  /** Records the file as validated once the store has been idle for a while. */
  private scheduleRecord(): void {
    if (!this.adapter.recordPending) return
    if (this.recordTimer) clearTimeout(this.recordTimer)
    this.recordTimer = setTimeout(() => {
      this.recordTimer = null
      // A write under way makes this record stale before it lands; the write schedules its own.
      if (!this.writer) void this.record()
    }, this.options.recordDelayMs ?? RECORD_DELAY_MS)
    this.recordTimer.unref?.()
  }

  private async record(): Promise<void> {
    await this.adapter.recordChecked().catch((error: unknown) => this.options.logError?.(error))
  }

  /**
   * A daily backup, best-effort: failing to back up must never stop the board from working. A
   * board with no cards is not backed up: it holds nothing to restore, and would push out a
   * backup that does.
   */
  private async backUpIfDue(): Promise<void> {
    const now = this.options.clock.now()
    if (this.db.data.cards.length === 0) return
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
    }
    this.writer = null
    this.setStatus({ saving: 'idle', message: null })
    this.scheduleRecord()
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
    // Read-only: nothing is written this session, whatever happens to the file.
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
    const parsed = salvageStoreText(change.text)
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
    let notice: StoreNotice | null = null
    if (parsed.unreadable.length > 0) {
      notice = await setAside(this.file, parsed.unreadable, this.options.clock.now()).catch(
        (error: unknown) => {
          this.options.logError?.(error)
          return null
        },
      )
      // Cards that cannot be kept aside are kept with the whole file, as a conflict copy.
      if (!notice) {
        void this.update((data) => data)
        return
      }
    }
    this.db.data = parsed.data
    await this.adapter.remember(change.bytes, change.stamp)
    for (const listener of this.listeners) listener()
    if (notice) {
      this.liveNotices.push(notice)
      this.options.onExternalChange?.({ kind: 'salvaged', notice })
      // The file still holds the cards just kept aside: the board without them replaces it.
      void this.update((data) => data)
    } else {
      this.options.onExternalChange?.({ kind: 'reloaded' })
    }
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
    const keptAs = await writeAside(this.file, 'conflict', this.options.clock.now(), change.bytes)
    await this.adapter.remember(change.bytes, change.stamp)
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

/** `foothold.<label>-<time>[-n].json` next to `file`: the n-th name for that label and second. */
function asideName(file: string, label: string, now: Date, n: number): string {
  return join(dirname(file), `foothold.${label}-${fileStamp(now)}${n > 1 ? `-${n}` : ''}.json`)
}

// Far more than a second could need; past it, something is wrong with the folder.
const ASIDE_NAMES = 100

/**
 * Writes `content` to a free `foothold.<label>-<time>[-n].json` next to `file`, never over another,
 * and durably: it must be on the disk before the file it was taken from is replaced.
 */
async function writeAside(
  file: string,
  label: string,
  now: Date,
  content: string | Buffer,
): Promise<string> {
  for (let n = 1; ; n++) {
    const copy = asideName(file, label, now, n)
    try {
      await writeNewFileDurably(copy, content)
      return copy
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= ASIDE_NAMES) throw error
    }
  }
}

/** Keeps the cards that could not be read in a `foothold.set-aside-<time>.json` of their own. */
async function setAside(
  file: string,
  cards: readonly UnreadableCard[],
  now: Date,
): Promise<StoreNotice> {
  const keptAs = await writeAside(file, 'set-aside', now, setAsideText(cards, file, now))
  return salvagedNotice(cards, keptAs, file)
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message
}

/**
 * Renames an unreadable file to a free `foothold.corrupt-<time>[-n].json` name, never over an
 * earlier one. Returns null when it cannot be moved, so the caller must not write either.
 */
async function moveAside(file: string, folder: string, now: Date): Promise<string | null> {
  for (let n = 1; n < ASIDE_NAMES; n++) {
    const keptAs = asideName(join(folder, STORE_FILE_NAME), 'corrupt', now, n)
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

// When this process started: a temp file older than that was left by one that has gone.
const PROCESS_STARTED_AT = performance.timeOrigin

/**
 * Removes the temp files that a crash mid-write left in `folder` (the ones `belongs` names). Only
 * files older than this process: a newer one is another process's write in progress.
 */
async function sweepTempFiles(folder: string, belongs: (name: string) => boolean): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[])
  await Promise.all(
    names
      .filter((name) => name.endsWith(TEMP_SUFFIX) && belongs(name))
      .map(async (name) => {
        const temp = join(folder, name)
        const stats = await stat(temp).catch(() => null)
        if (stats?.isFile() && stats.mtimeMs < PROCESS_STARTED_AT) await rm(temp, { force: true })
      }),
  )
}
