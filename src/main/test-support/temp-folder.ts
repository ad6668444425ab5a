import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh folder per test, removed afterwards. */
export function useTempFolders(): () => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    await Promise.all(
      made
        .splice(0)
        .map((f) => rm(f, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 })),
    )
  })
  return async () => {
    const folder = await mkdtemp(join(tmpdir(), 'foothold-test-'))
    made.push(folder)
    return folder
  }
}
