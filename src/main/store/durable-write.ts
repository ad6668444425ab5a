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

/**
 * Replaces `file` with `text` so that a crash at any moment leaves either the old or the new
 * content, never a mix: write a uniquely named temp file, fsync it, rename it over the target,
 * then fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileDurably(
  file: string,
  content: string | Buffer | readonly Buffer[],
): Promise<void> {
  const temp = tempPathFor(file)
  try {
    const handle = await open(temp, 'w', 0o600)
    try {
      await writeAll(handle, content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(temp, file)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(file))
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

async function renameWithRetry(from: string, to: string, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (process.platform !== 'win32' || !BUSY_CODES.has(code) || attempt >= attempts) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
    }
  }
}

// Some file systems (network and FUSE drives) cannot fsync a folder. The rename has happened by
// then, so the write counts; only a real I/O error is reported.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR', 'EBADF'])

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  }
}
