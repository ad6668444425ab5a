import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolders } from '../test-support/temp-folder'
import { DataFolderLockedError, LOCK_FILE_NAME, lockDataFolder } from './data-folder-lock'

const tempFolder = useTempFolders()
const browser = { edition: 'browser', address: 'http://127.0.0.1:4100/' } as const
const desktop = { edition: 'desktop', address: null } as const

describe('the data folder lock', () => {
  it('lets the first copy in and tells the second which copy holds the folder, and where', async () => {
    const folder = await tempFolder()
    const first = await lockDataFolder(folder, browser, { pid: 111, isRunning: () => true })
    const second = lockDataFolder(folder, desktop, { pid: 222, isRunning: () => true })
    await expect(second).rejects.toThrow(DataFolderLockedError)
    await expect(second).rejects.toThrow(
      /already running on .*the browser edition at http:\/\/127\.0\.0\.1:4100\/ \(process 111\)/,
    )
    await first.release()
    const third = await lockDataFolder(folder, desktop, { pid: 222, isRunning: () => true })
    expect(JSON.parse(await readFile(third.file, 'utf8'))).toMatchObject({
      pid: 222,
      edition: 'desktop',
    })
  })

  it('takes over a lock whose process is gone (a crash)', async () => {
    const folder = await tempFolder()
    await lockDataFolder(folder, desktop, { pid: 111 })
    const lock = await lockDataFolder(folder, browser, {
      pid: 222,
      isRunning: (pid) => pid !== 111,
    })
    expect(JSON.parse(await readFile(lock.file, 'utf8')).pid).toBe(222)
  })

  it('takes over a lock a real process left behind when it was killed', async () => {
    const folder = await tempFolder()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    await lockDataFolder(folder, desktop, { pid: child.pid! })
    await expect(lockDataFolder(folder, browser)).rejects.toThrow(DataFolderLockedError)
    const gone = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await gone
    const lock = await lockDataFolder(folder, browser)
    expect(JSON.parse(await readFile(lock.file, 'utf8')).pid).toBe(process.pid)
  })

  it('treats an unreadable or foreign lock file as stale rather than locking the person out', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, LOCK_FILE_NAME), '{"pid": "half-writ')
    await expect(lockDataFolder(folder, browser, { pid: 5 })).resolves.toBeDefined()
    const other = await tempFolder()
    await lockDataFolder(other, desktop, { pid: 111, host: 'another-laptop' })
    await expect(
      lockDataFolder(other, browser, { pid: 5, isRunning: () => true }),
    ).resolves.toBeDefined()
  })

  it('releases only its own lock, once, also synchronously at exit', async () => {
    const folder = await tempFolder()
    const lock = await lockDataFolder(folder, desktop, { pid: 111 })
    // Someone took the folder over meanwhile: their lock stays.
    await writeFile(lock.file, JSON.stringify({ pid: 999 }))
    await lock.release()
    expect(existsSync(lock.file)).toBe(true)

    const again = await lockDataFolder(await tempFolder(), desktop, { pid: 111 })
    again.releaseNow()
    expect(existsSync(again.file)).toBe(false)
    await again.release()
  })
})
