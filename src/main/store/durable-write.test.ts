import { readFile, readdir, writeFile } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolders } from '../test-support/temp-folder'
import type { DurableIo } from './durable-write'
import { RENAME_ATTEMPTS, nodeIo, writeFileDurably, writeNewFileDurably } from './durable-write'

const tempFolder = useTempFolders()

const errno = (code: string) => Object.assign(new Error(code), { code })

/**
 * The real file system, recording each call a durable write makes: which file it opened (the temp
 * file, the target, or the folder), and every sync, close and rename, in order.
 */
function recording(folder: string, change: Partial<DurableIo> = {}) {
  const calls: string[] = []
  const waits: number[] = []
  const what = (path: string) =>
    path === folder ? 'folder' : path.endsWith('.tmp') ? 'temp' : basename(path)
  const watched = (handle: FileHandle, label: string): FileHandle =>
    new Proxy(handle, {
      get(target, name) {
        const value = Reflect.get(target, name) as unknown
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (name === 'sync' || name === 'close') calls.push(`${String(name)} ${label}`)
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      },
    })
  const io: DurableIo = {
    ...nodeIo,
    platform: 'linux',
    wait: async (ms) => void waits.push(ms),
    async open(path, flags, mode) {
      calls.push(`open ${what(path)}`)
      return watched(await nodeIo.open(path, flags, mode), what(path))
    },
    async rename(from, to) {
      calls.push(`rename ${what(from)} → ${what(to)}`)
      await nodeIo.rename(from, to)
    },
    ...change,
  }
  return { io, calls, waits }
}

describe('writeFileDurably', () => {
  it('syncs and closes the temp file, renames it over the target, then syncs the folder', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'board.json')
    await writeFile(file, 'old')
    const { io, calls } = recording(folder)
    await writeFileDurably(file, [Buffer.from('new '), Buffer.from('board')], io)
    expect(await readFile(file, 'utf8')).toBe('new board')
    expect(calls).toEqual([
      'open temp',
      'sync temp',
      'close temp',
      'rename temp → board.json',
      'open folder',
      'sync folder',
      'close folder',
    ])
    expect(await readdir(folder)).toEqual(['board.json'])
  })

  it('closes the temp file and removes it when syncing it fails, leaving the old file', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'board.json')
    await writeFile(file, 'old')
    const { io, calls } = recording(folder)
    const failingSync: DurableIo = {
      ...io,
      async open(path, flags, mode) {
        const handle = await io.open(path, flags, mode)
        return new Proxy(handle, {
          get: (target, name) =>
            name === 'sync'
              ? () => Promise.reject(errno('EIO'))
              : (Reflect.get(target, name) as unknown),
        })
      },
    }
    await expect(writeFileDurably(file, 'new', failingSync)).rejects.toMatchObject({ code: 'EIO' })
    expect(calls).toEqual(['open temp', 'close temp'])
    expect(await readFile(file, 'utf8')).toBe('old')
    expect(await readdir(folder)).toEqual(['board.json'])
  })

  it.each(['EBUSY', 'EPERM', 'EACCES'])(
    'on Windows, retries a rename refused with %s while another program holds the file',
    async (code) => {
      const folder = await tempFolder()
      const file = join(folder, 'board.json')
      let refusals = 2
      const { io, calls, waits } = recording(folder, { platform: 'win32' })
      const held: DurableIo = {
        ...io,
        async rename(from, to) {
          if (refusals-- > 0) {
            calls.push('rename refused')
            throw errno(code)
          }
          await io.rename(from, to)
        },
      }
      await writeFileDurably(file, 'saved', held)
      expect(await readFile(file, 'utf8')).toBe('saved')
      expect(calls.filter((c) => c.startsWith('rename'))).toEqual([
        'rename refused',
        'rename refused',
        'rename temp → board.json',
      ])
      // Waiting longer each time; Windows cannot sync a folder, so it does not try.
      expect(waits).toEqual([50, 100])
      expect(calls).not.toContain('open folder')
    },
  )

  it('on Windows, gives up after a few refusals and leaves the old file and no temp file', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'board.json')
    await writeFile(file, 'old')
    let attempts = 0
    const { io } = recording(folder, {
      platform: 'win32',
      rename: async () => {
        attempts++
        throw errno('EBUSY')
      },
    })
    await expect(writeFileDurably(file, 'new', io)).rejects.toMatchObject({ code: 'EBUSY' })
    expect(attempts).toBe(RENAME_ATTEMPTS)
    expect(await readFile(file, 'utf8')).toBe('old')
    expect(await readdir(folder)).toEqual(['board.json'])
  })

  it('elsewhere, does not retry: a busy file there is a real error', async () => {
    const folder = await tempFolder()
    let attempts = 0
    const { io } = recording(folder, {
      rename: async () => {
        attempts++
        throw errno('EBUSY')
      },
    })
    await expect(writeFileDurably(join(folder, 'board.json'), 'new', io)).rejects.toThrow()
    expect(attempts).toBe(1)
    expect(await readdir(folder)).toEqual([])
  })

  it('counts the write when the folder cannot be synced on this file system, not on an I/O error', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'board.json')
    const failingFolder = (code: string) =>
      recording(folder, {
        async open(path, flags, mode) {
          if (path === folder) throw errno(code)
          return nodeIo.open(path, flags, mode)
        },
      }).io
    await writeFileDurably(file, 'on a network drive', failingFolder('EINVAL'))
    expect(await readFile(file, 'utf8')).toBe('on a network drive')
    await expect(writeFileDurably(file, 'again', failingFolder('EIO'))).rejects.toMatchObject({
      code: 'EIO',
    })
  })
})

describe('writeNewFileDurably', () => {
  it('writes a new file, syncing it and its folder, and never replaces an existing one', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'kept.json')
    const { io, calls } = recording(folder)
    await writeNewFileDurably(file, 'first', io)
    expect(calls).toEqual([
      'open kept.json',
      'sync kept.json',
      'close kept.json',
      'open folder',
      'sync folder',
      'close folder',
    ])
    await expect(writeNewFileDurably(file, 'second', io)).rejects.toMatchObject({ code: 'EEXIST' })
    expect(await readFile(file, 'utf8')).toBe('first')
  })
})
