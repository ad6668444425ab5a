import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { AUTOSTART_FILE, applyStartAtLogin, autostartEntry } from './login-item'
import { useTempFolders } from './test-support/temp-folder'

const tempFolder = useTempFolders()

describe('applyStartAtLogin', () => {
  it('writes and removes an XDG autostart entry on Linux', async () => {
    const autostartFolder = join(await tempFolder(), 'autostart')
    const app = { setLoginItemSettings: vi.fn() }
    const deps = {
      platform: 'linux' as const,
      app,
      autostartFolder,
      command: '/opt/Foothold/foothold',
    }
    await applyStartAtLogin(true, deps)
    const entry = await readFile(join(autostartFolder, AUTOSTART_FILE), 'utf8')
    expect(entry).toContain('Exec="/opt/Foothold/foothold" --hidden')
    expect(entry).toContain('Type=Application')
    await applyStartAtLogin(false, deps)
    expect(await readdir(autostartFolder)).toEqual([])
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it('uses the OS login items on macOS and Windows', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const app = { setLoginItemSettings: vi.fn() }
      await applyStartAtLogin(true, { platform, app, autostartFolder: '/unused', command: 'x' })
      expect(app.setLoginItemSettings).toHaveBeenCalledWith({
        openAtLogin: true,
        args: ['--hidden'],
      })
    }
  })

  it('quotes a command with spaces and shell characters', () => {
    expect(autostartEntry('/home/sam/My Apps/Foo"t$hold.AppImage')).toContain(
      'Exec="/home/sam/My Apps/Foo\\"t\\$hold.AppImage" --hidden',
    )
  })
})
