import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { browserEditionStateFolder, defaultUserDataFolder, resolveDataFolder } from './paths'

describe('resolveDataFolder', () => {
  const userData = '/home/ada/.config/Foothold'
  it('uses the OS user-data folder by default', () => {
    expect(resolveDataFolder(['electron', '.'], {}, userData)).toBe(userData)
  })
  it('lets FOOTHOLD_DATA_DIR override it, and --data-dir override both', () => {
    expect(resolveDataFolder([], { FOOTHOLD_DATA_DIR: '/mnt/usb/foothold' }, userData)).toBe(
      '/mnt/usb/foothold',
    )
    expect(
      resolveDataFolder(['--data-dir=/tmp/x'], { FOOTHOLD_DATA_DIR: '/mnt/usb' }, userData),
    ).toBe('/tmp/x')
  })
  it('resolves a relative folder against the working directory', () => {
    expect(resolveDataFolder(['--data-dir=portable-data'], {}, userData)).toBe(
      resolve('portable-data'),
    )
  })
})

describe('defaultUserDataFolder', () => {
  it('is the folder Electron calls userData for Foothold, on every OS', () => {
    expect(defaultUserDataFolder('linux', {}, '/home/ada')).toBe('/home/ada/.config/Foothold')
    expect(defaultUserDataFolder('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe(
      '/cfg/Foothold',
    )
    expect(defaultUserDataFolder('darwin', {}, '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Foothold',
    )
    expect(
      defaultUserDataFolder(
        'win32',
        { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' },
        'C:\\Users\\ada',
      ),
    ).toBe('C:\\Users\\ada\\AppData\\Roaming\\Foothold')
  })
})

describe('browserEditionStateFolder', () => {
  it('is a per-computer folder that is never the data folder', () => {
    for (const [platform, env, home] of [
      ['linux', {}, '/home/ada'],
      ['linux', { XDG_CONFIG_HOME: '/home/ada/.config' }, '/home/ada'],
      ['darwin', {}, '/Users/ada'],
      ['win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada'],
    ] as const) {
      expect(browserEditionStateFolder(platform, env, home)).not.toBe(
        defaultUserDataFolder(platform, env, home),
      )
    }
    expect(browserEditionStateFolder('linux', {}, '/home/ada')).toBe(
      '/home/ada/.local/state/Foothold',
    )
    expect(browserEditionStateFolder('linux', { XDG_STATE_HOME: '/s' }, '/home/ada')).toBe(
      '/s/Foothold',
    )
    expect(
      browserEditionStateFolder(
        'win32',
        { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' },
        'C:\\Users\\ada',
      ),
    ).toBe('C:\\Users\\ada\\AppData\\Local\\Foothold')
  })
})
