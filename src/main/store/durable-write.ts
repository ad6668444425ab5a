import { randomBytes } from 'node:crypto'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Suffix of in-flight temp files, so start-up can sweep the ones a crash left behind. */
export const TEMP_SUFFIX = '.tmp'

export function tempPathFor(file: string): string {
  return join(
    dirname(file),
    `${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`,
  )
}

/** The file system calls a durable write makes, and the platform it runs on: a test's to replace. */
export interface DurableIo {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: true }): Promise<void>
  platform: NodeJS.Platform
  /** Waits before retrying a rename; real time in the app. */
  wait(ms: number): Promise<void>
}

export const nodeIo: DurableIo = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename,
  rm,
  platform: process.platform,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/**
 * Replaces `file` with `text` so that a crash at any moment leaves either the old or the new
 * content, never a mix: write a uniquely named temp file, fsync it, rename it over the target,
 * then fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileDurably(
  file: string,
  content: string | Buffer | readonly Buffer[],
  io: DurableIo = nodeIo,
): Promise<void> {
  const temp = tempPathFor(file)
  try {
    await writeAndSync(io, temp, 'w', content)
    await renameWithRetry(io, temp, file)
  } catch (error) {
    await io.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(io, dirname(file))
}

/**
 * Writes `content` to `file`, which must not exist yet (EEXIST otherwise), and makes it durable
 * before returning: for records that must be on the disk before what they keep is overwritten.
 */
export async function writeNewFileDurably(
  file: string,
  content: string | Buffer,
  io: DurableIo = nodeIo,
): Promise<void> {
  await writeAndSync(io, file, 'wx', content)
  await syncFolder(io, dirname(file))
}

async function writeAndSync(
  io: DurableIo,
  file: string,
  flags: 'w' | 'wx',
  content: string | Buffer | readonly Buffer[],
): Promise<void> {
  const handle = await io.open(file, flags, 0o600)
  try {
    await writeAll(handle, content)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function writeAll(handle: FileHandle, content: string | Buffer | readonly Buffer[]) {
  if (!Array.isArray(content)) return handle.writeFile(content as string | Buffer)
  const chunks = content as readonly Buffer[]
  const expected = chunks.reduce((n, chunk) => n + chunk.length, 0)
  const { bytesWritten } = await handle.writev(chunks as Buffer[])
  // libuv finishes a short write itself; this only guards against a file that ends up short.
  if (bytesWritten !== expected) throw new Error(`Wrote ${bytesWritten} of ${expected} bytes`)
}

// Virus scanners and indexers on Windows hold files open for a moment; a short retry rides it out.
const BUSY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])
export const RENAME_ATTEMPTS = 5

async function renameWithRetry(io: DurableIo, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await io.rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (io.platform !== 'win32' || !BUSY_CODES.has(code) || attempt >= RENAME_ATTEMPTS) {
        throw error
      }
      await io.wait(50 * attempt)
    }
  }
}

// Some file systems (network and FUSE drives) cannot fsync a folder. The rename has happened by
// then, so the write counts; only a real I/O error is reported.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR', 'EBADF'])

async function syncFolder(io: DurableIo, folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (io.platform === 'win32') return
  try {
    const handle = await io.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  }
}
