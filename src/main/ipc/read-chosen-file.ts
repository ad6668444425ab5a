import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'

/** Why a file could not be taken in: not a plain file, past the limit, or an error from the OS. */
export type ChosenFileProblem =
  { kind: 'not-a-file' } | { kind: 'too-large' } | { kind: 'unreadable'; code: string }

export type ChosenFile = { ok: true; bytes: Buffer } | { ok: false; problem: ChosenFileProblem }

/**
 * Why a picked file was not read, in the words that follow its name: "notes.json is not a
 * regular file…". `tooLarge` says it for the kind of file, e.g. "is too large to be a board".
 */
export function chosenFileProblem(problem: ChosenFileProblem, tooLarge: string): string {
  switch (problem.kind) {
    case 'not-a-file':
      return 'is not a regular file (a folder, a device or a pipe, perhaps), so Foothold did not read it'
    case 'too-large':
      return tooLarge
    case 'unreadable':
      return `could not be read (${problem.code})`
  }
}

// Reads go through the thread pool in pieces this size, so no single read holds it for long.
const CHUNK_BYTES = 1024 * 1024

/**
 * Reads a file the person picked (an import, a backup to restore), at most `maxBytes` of it.
 *
 * Whatever was picked, this returns promptly: a FIFO would block an ordinary read until some other
 * program writes to it, `/dev/zero` or `/dev/urandom` would never end, and a file of gigabytes
 * would be read whole before any size check. So it looks first (`stat`) and refuses anything that
 * is not a regular file or is over the limit, reading nothing; then opens without blocking, checks
 * the opened file is the same regular file, and reads in pieces, stopping one byte past the limit
 * should the file have grown meanwhile.
 */
export async function readChosenFile(path: string, maxBytes: number): Promise<ChosenFile> {
  const refuse = (problem: ChosenFileProblem): ChosenFile => ({ ok: false, problem })
  const unreadable = (error: unknown) =>
    refuse({ kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'error' })
  let seen
  try {
    seen = await stat(path)
  } catch (error) {
    return unreadable(error)
  }
  if (!seen.isFile()) return refuse({ kind: 'not-a-file' })
  if (seen.size > maxBytes) return refuse({ kind: 'too-large' })

  let handle
  try {
    // O_NONBLOCK: should a FIFO have been put in the file's place since, opening it returns at once.
    // (Windows has no such flag, nor FIFOs at a path.)
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    return unreadable(error)
  }
  try {
    const opened = await handle.stat()
    if (!opened.isFile() || opened.ino !== seen.ino || opened.dev !== seen.dev) {
      return refuse({ kind: 'not-a-file' })
    }
    if (opened.size > maxBytes) return refuse({ kind: 'too-large' })
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const room = Math.min(CHUNK_BYTES, maxBytes + 1 - total)
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(room), 0, room, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) return refuse({ kind: 'too-large' })
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) }
  } catch (error) {
    return unreadable(error)
  } finally {
    await handle.close().catch(() => undefined)
  }
}
