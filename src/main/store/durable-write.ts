import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
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
export async function writeFileDurably(file: string, text: string): Promise<void> {
  const temp = tempPathFor(file)
  try {
    const handle = await open(temp, 'w', 0o600)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(file))
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
