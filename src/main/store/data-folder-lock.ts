import { hostname } from 'node:os'
import { readFileSync, rmSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

export const LOCK_FILE_NAME = 'foothold.lock'

/** Which copy of Foothold holds a data folder, and where a person can reach it. */
export interface LockOwner {
  edition: 'desktop' | 'browser'
  /** The browser edition's address, without its secret; null for the desktop app. */
  address: string | null
}

const LockRecordSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string().max(300),
  edition: z.enum(['desktop', 'browser']),
  address: z.string().max(300).nullable(),
  startedAt: z.string().max(40),
})
type LockRecord = z.infer<typeof LockRecordSchema>

export interface DataFolderLock {
  readonly file: string
  /** Removes the lock if it is still this process's. */
  release(): Promise<void>
  /** The same, for `process.on('exit')`, where nothing asynchronous runs. */
  releaseNow(): void
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly owner: LockOwner & { pid: number },
    readonly folder: string,
  ) {
    super(describeOwner(owner, folder))
  }
}

/** The one line a person reads when the folder is taken. */
function describeOwner(owner: LockOwner & { pid: number }, folder: string): string {
  const who =
    owner.edition === 'browser'
      ? `the browser edition${owner.address ? ` at ${owner.address}` : ''}`
      : 'the desktop app'
  return (
    `Foothold is already running on ${folder}: ${who} (process ${owner.pid}). ` +
    'Use that one, or quit it first; two copies writing one board would lose changes.'
  )
}

export interface LockDeps {
  pid?: number
  host?: string
  now?: () => Date
  /** True when a process with this id is running on this computer. */
  isRunning?: (pid: number) => boolean
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

// Locks this process holds: a second copy of the services in the same process is a second writer.
const heldHere = new Set<string>()

/**
 * Takes the data folder for this process, or throws DataFolderLockedError naming the copy that has
 * it. A lock whose process is gone (a crash, a power cut) is taken over. A lock written on another
 * computer (a synced folder) cannot be checked from here; the store's own conflict handling covers
 * that case, so it is taken over too.
 */
export async function lockDataFolder(
  folder: string,
  owner: LockOwner,
  deps: LockDeps = {},
): Promise<DataFolderLock> {
  const pid = deps.pid ?? process.pid
  const host = deps.host ?? hostname()
  const isRunning = deps.isRunning ?? processIsRunning
  const file = join(folder, LOCK_FILE_NAME)
  const record: LockRecord = {
    pid,
    host,
    edition: owner.edition,
    address: owner.address,
    startedAt: (deps.now?.() ?? new Date()).toISOString(),
  }
  const text = `${JSON.stringify(record, null, 1)}\n`
  await mkdir(folder, { recursive: true })
  // Two tries: the second after clearing a stale lock. `wx` makes creation the one atomic step.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, text, { flag: 'wx', mode: 0o600 })
      heldHere.add(file)
      return heldLock(file, text)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const current = await readLock(file)
    const held =
      current?.pid === pid ? heldHere.has(file) : current !== null && isRunning(current.pid)
    if (current && current.host === host && held) throw new DataFolderLockedError(current, folder)
    await rm(file, { force: true })
  }
  throw new Error(`Could not take ${file}: another Foothold is starting on ${folder} right now`)
}

/** The lock's record, or null when it is unreadable (a half-written file is treated as stale). */
async function readLock(file: string): Promise<LockRecord | null> {
  try {
    const parsed = LockRecordSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function heldLock(file: string, text: string): DataFolderLock {
  let released = false
  // Only remove the file if it is still ours: a later process may have taken over a folder we
  // thought we held (for example after this one was suspended for long).
  const stillOurs = (content: string | null) => content === text
  return {
    file,
    async release() {
      if (released) return
      released = true
      heldHere.delete(file)
      const content = await readFile(file, 'utf8').catch(() => null)
      if (stillOurs(content)) await rm(file, { force: true })
    },
    releaseNow() {
      if (released) return
      released = true
      heldHere.delete(file)
      try {
        if (stillOurs(readFileSync(file, 'utf8'))) rmSync(file, { force: true })
      } catch {
        // Already gone: nothing to release.
      }
    },
  }
}
