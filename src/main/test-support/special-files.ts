import { execFileSync } from 'node:child_process'
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { afterEach } from 'vitest'

/** Windows has no FIFOs at a file path, nor /dev/zero; the tests that need them say so. */
export const NO_SPECIAL_FILES = process.platform === 'win32'

/**
 * Makes FIFOs (named pipes) for a test. Afterwards each is opened for writing once and closed, so
 * that a reader stuck on one (the bug these tests catch) gets an end of file and lets go.
 */
export function useFifos(): (path: string) => string {
  const made: string[] = []
  afterEach(async () => {
    for (const fifo of made.splice(0)) {
      const writer = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null)
      await writer?.close()
    }
  })
  return (path) => {
    execFileSync('mkfifo', [path])
    made.push(path)
    return path
  }
}

/** A file of `bytes` that takes no room on disk: its size is set, nothing is written. */
export async function sparseFile(path: string, bytes: number): Promise<string> {
  const handle = await open(path, 'w')
  await handle.truncate(bytes)
  await handle.close()
  return path
}

/**
 * Runs `work` while watching the event loop, and fails when it takes longer than `limitMs`:
 * what a person would see as a hung app. Also reports the longest the loop was held up.
 */
export async function watchResponsiveness<T>(
  work: () => Promise<T>,
  limitMs = 2000,
): Promise<{ value: T; longestStallMs: number }> {
  let last = performance.now()
  let longestStallMs = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    longestStallMs = Math.max(longestStallMs, now - last)
    last = now
  }, 5)
  let timer: NodeJS.Timeout | undefined
  try {
    const value = await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`still waiting after ${limitMs} ms`)), limitMs)
      }),
    ])
    return { value, longestStallMs }
  } finally {
    clearInterval(ticker)
    clearTimeout(timer)
  }
}
