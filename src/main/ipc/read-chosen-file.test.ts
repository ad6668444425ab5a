import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  NO_SPECIAL_FILES,
  sparseFile,
  useFifos,
  watchResponsiveness,
} from '../test-support/special-files'
import { useTempFolders } from '../test-support/temp-folder'
import { chosenFileProblem, readChosenFile } from './read-chosen-file'

const tempFolder = useTempFolders()
const fifo = useFifos()

describe('readChosenFile', () => {
  it('reads a regular file up to the limit, and refuses one byte more', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'board.json')
    await writeFile(file, 'x'.repeat(3 * 1024 * 1024))
    const read = await readChosenFile(file, 3 * 1024 * 1024)
    expect(read.ok && read.bytes.length).toBe(3 * 1024 * 1024)
    expect(await readChosenFile(file, 3 * 1024 * 1024 - 1)).toEqual({
      ok: false,
      problem: { kind: 'too-large' },
    })
    await writeFile(file, '')
    expect(await readChosenFile(file, 10)).toEqual({ ok: true, bytes: Buffer.alloc(0) })
  })

  it.skipIf(NO_SPECIAL_FILES)('refuses a FIFO at once, without waiting for a writer', async () => {
    const pipe = fifo(join(await tempFolder(), 'board.json'))
    const { value, longestStallMs } = await watchResponsiveness(() => readChosenFile(pipe, 100))
    expect(value).toEqual({ ok: false, problem: { kind: 'not-a-file' } })
    expect(longestStallMs).toBeLessThan(500)
  })

  it.skipIf(NO_SPECIAL_FILES)('refuses a device that never ends, and a folder', async () => {
    for (const path of ['/dev/zero', '/dev/urandom', await tempFolder()]) {
      const { value } = await watchResponsiveness(() => readChosenFile(path, 100))
      expect(value).toEqual({ ok: false, problem: { kind: 'not-a-file' } })
    }
  })

  it('refuses a sparse 2 GB file by its size, reading none of it', async () => {
    const huge = await sparseFile(join(await tempFolder(), 'huge.json'), 2 * 1024 ** 3)
    const started = performance.now()
    const { value } = await watchResponsiveness(() => readChosenFile(huge, 50 * 1024 * 1024))
    expect(value).toEqual({ ok: false, problem: { kind: 'too-large' } })
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('names the error the system gave for a file it could not open', async () => {
    const folder = await tempFolder()
    const read = await readChosenFile(join(folder, 'gone.json'), 100)
    expect(read).toEqual({ ok: false, problem: { kind: 'unreadable', code: 'ENOENT' } })
    expect(!read.ok && chosenFileProblem(read.problem, 'is too large')).toBe(
      'could not be read (ENOENT)',
    )
  })
})
