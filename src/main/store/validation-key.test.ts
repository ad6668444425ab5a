import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolders } from '../test-support/temp-folder'
import type { KeySafeStorage } from './validation-key'
import {
  VALIDATION_KEY_BYTES,
  VALIDATION_KEY_FILE,
  keychainProtects,
  loadAppValidationKey,
  loadOrCreateKeyFile,
  loadValidationKeyFile,
} from './validation-key'

const tempFolder = useTempFolders()
const modeOf = async (file: string) => (await stat(file)).mode & 0o777
// Permission bits mean nothing on Windows, where these cases cannot arise.
const posix = it.skipIf(process.platform === 'win32')

describe('loadOrCreateKeyFile', () => {
  posix('creates a random 32-byte key readable by this user only, and keeps it', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'nested', VALIDATION_KEY_FILE)
    const key = await loadOrCreateKeyFile(file)
    expect(key).toHaveLength(VALIDATION_KEY_BYTES)
    expect(await modeOf(file)).toBe(0o600)
    expect(new Uint8Array(await readFile(file))).toEqual(key)
    expect(await loadOrCreateKeyFile(file)).toEqual(key)
    expect(await loadOrCreateKeyFile(join(folder, 'other.key'))).not.toEqual(key)
  })

  posix.each([0o640, 0o604, 0o660, 0o644, 0o606])(
    'refuses a key file with mode %o, and makes a new private one',
    async (mode) => {
      const folder = await tempFolder()
      const file = join(folder, VALIDATION_KEY_FILE)
      const exposed = randomBytes(VALIDATION_KEY_BYTES)
      await writeFile(file, exposed, { mode })
      await chmod(file, mode)
      const key = await loadOrCreateKeyFile(file)
      expect(Buffer.from(key).equals(exposed)).toBe(false)
      expect(await modeOf(file)).toBe(0o600)
    },
  )

  it.each([0, 16, 31, 33, 64])(
    'replaces a key file of %i bytes with a 32-byte one',
    async (size) => {
      const folder = await tempFolder()
      const file = join(folder, VALIDATION_KEY_FILE)
      await writeFile(file, randomBytes(size), { mode: 0o600 })
      const key = await loadOrCreateKeyFile(file)
      expect(key).toHaveLength(VALIDATION_KEY_BYTES)
      expect(new Uint8Array(await readFile(file))).toEqual(key)
    },
  )

  posix('replaces a link, never following it to the file it points at', async () => {
    const folder = await tempFolder()
    const target = join(folder, 'planted')
    const planted = randomBytes(VALIDATION_KEY_BYTES)
    await writeFile(target, planted, { mode: 0o600 })
    const file = join(folder, VALIDATION_KEY_FILE)
    await symlink(target, file)
    const key = await loadOrCreateKeyFile(file)
    expect(Buffer.from(key).equals(planted)).toBe(false)
    expect(await readFile(target)).toEqual(planted)
    expect((await stat(file)).isFile()).toBe(true)
  })

  it('fails, rather than guess, when a folder stands where the key should be', async () => {
    const folder = await tempFolder()
    const file = join(folder, VALIDATION_KEY_FILE)
    await mkdir(file)
    await expect(loadOrCreateKeyFile(file)).rejects.toThrow()
  })
})

/**
 * A stand-in for Electron's safeStorage that behaves as Chromium's does where it matters: a
 * machine's own sealed blobs start with `v11` (Linux keyring) and decrypt only with its secret,
 * `v10` blobs use a password everyone knows, and text without a prefix comes back unchanged.
 */
function fakeSafeStorage(
  options: {
    available?: boolean
    backend?: ReturnType<KeySafeStorage['getSelectedStorageBackend']>
  } = {},
) {
  const secret = randomBytes(16)
  const everyone = Buffer.alloc(16, 7)
  const iv = Buffer.alloc(16, 32)
  const seal = (prefix: string, key: Buffer, text: string) => {
    const cipher = createCipheriv('aes-128-cbc', key, iv)
    return Buffer.concat([Buffer.from(prefix), cipher.update(text, 'utf8'), cipher.final()])
  }
  const storage: KeySafeStorage = {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (text) => seal('v11', secret, text),
    decryptString(blob) {
      const prefix = blob.subarray(0, 3).toString('latin1')
      if (prefix !== 'v10' && prefix !== 'v11') return blob.toString('utf8')
      const decipher = createDecipheriv('aes-128-cbc', prefix === 'v10' ? everyone : secret, iv)
      return Buffer.concat([decipher.update(blob.subarray(3)), decipher.final()]).toString('utf8')
    },
  }
  return { storage, sealWithEveryonesPassword: (text: string) => seal('v10', everyone, text) }
}

describe('loadAppValidationKey', () => {
  async function setUp() {
    const userData = await tempFolder()
    return { userData, file: join(userData, VALIDATION_KEY_FILE) }
  }

  it('seals the key with the keychain and unseals the same one at the next start', async () => {
    const { userData, file } = await setUp()
    const { storage } = fakeSafeStorage()
    const options = { file, dataFolder: userData, safeStorage: storage, platform: 'linux' as const }
    const key = await loadAppValidationKey(options)
    expect(key).toHaveLength(VALIDATION_KEY_BYTES)
    const blob = await readFile(file)
    expect(blob.subarray(0, 3).toString()).toBe('v11')
    expect(blob.includes(Buffer.from(key!))).toBe(false)
    expect(blob.toString('latin1')).not.toContain(Buffer.from(key!).toString('base64'))
    expect(await loadAppValidationKey(options)).toEqual(key)
  })

  it('refuses a key put in its place by a writer of the data folder, and makes a new one', async () => {
    const { userData, file } = await setUp()
    const { storage, sealWithEveryonesPassword } = fakeSafeStorage()
    const options = { file, dataFolder: userData, safeStorage: storage, platform: 'linux' as const }
    const chosen = randomBytes(VALIDATION_KEY_BYTES)
    const text = `foothold-validation-key-v1:${chosen.toString('base64')}`
    const forgeries = [
      Buffer.from(text), // in the clear, which Chromium hands back as it is
      sealWithEveryonesPassword(text), // with the password built into Chromium
      chosen, // a plain key file
      randomBytes(200), // noise
      Buffer.from(`v11${'x'.repeat(40)}`), // a keychain blob that is not one
    ]
    for (const forged of forgeries) {
      await writeFile(file, forged, { mode: 0o600 })
      const key = await loadAppValidationKey(options)
      expect(key).toHaveLength(VALIDATION_KEY_BYTES)
      expect(Buffer.from(key!).equals(chosen)).toBe(false)
    }
  })

  it('on another machine (another keychain), a copied key file is no use: a new key is made', async () => {
    const { userData, file } = await setUp()
    const here = fakeSafeStorage().storage
    const there = fakeSafeStorage().storage
    const options = { file, dataFolder: userData, platform: 'darwin' as const }
    const key = await loadAppValidationKey({ ...options, safeStorage: here })
    expect(await loadAppValidationKey({ ...options, safeStorage: there })).not.toEqual(key)
  })

  it('without a keychain, keeps a private key file outside the data folder', async () => {
    const { userData, file } = await setUp()
    const dataFolder = await tempFolder()
    const { storage } = fakeSafeStorage({ available: false })
    const options = { file, dataFolder, safeStorage: storage, platform: 'linux' as const }
    const key = await loadAppValidationKey(options)
    expect(new Uint8Array(await readFile(join(userData, VALIDATION_KEY_FILE)))).toEqual(key)
    expect(await loadAppValidationKey(options)).toEqual(key)
  })

  it.each([
    ['no keychain', { available: false }],
    ['Chromium’s built-in password on Linux', { backend: 'basic_text' as const }],
  ])(
    'with %s, has no key when the data folder is the user-data folder: it validates every start',
    async (_, setting) => {
      const { userData, file } = await setUp()
      const { storage } = fakeSafeStorage(setting)
      for (const dataFolder of [userData, join(userData, '.')]) {
        const options = { file, dataFolder, safeStorage: storage, platform: 'linux' as const }
        expect(await loadAppValidationKey(options)).toBeNull()
      }
      await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' })
    },
  )

  it('counts a data folder inside the user-data folder as apart from the key', async () => {
    const { userData, file } = await setUp()
    const { storage } = fakeSafeStorage({ available: false })
    const dataFolder = join(userData, 'boards')
    const options = { file, dataFolder, safeStorage: storage, platform: 'linux' as const }
    expect(await loadAppValidationKey(options)).toHaveLength(VALIDATION_KEY_BYTES)
  })
})

describe('loadValidationKeyFile', () => {
  it('keeps a private key outside the data folder, and none inside it', async () => {
    const home = await tempFolder()
    const dataFolder = join(home, 'board')
    await mkdir(dataFolder)
    const outside = { file: join(home, 'keys', VALIDATION_KEY_FILE), dataFolder }
    const key = await loadValidationKeyFile(outside)
    expect(key).toHaveLength(VALIDATION_KEY_BYTES)
    expect(await loadValidationKeyFile(outside)).toEqual(key)
    for (const file of [join(dataFolder, VALIDATION_KEY_FILE), join(dataFolder, 'x', 'k.key')]) {
      expect(await loadValidationKeyFile({ file, dataFolder })).toBeNull()
    }
    // A link to the data folder is the data folder.
    await symlink(dataFolder, join(home, 'via-link'))
    const linked = { file: join(home, 'via-link', VALIDATION_KEY_FILE), dataFolder }
    expect(await loadValidationKeyFile(linked)).toBeNull()
  })
})

describe('keychainProtects', () => {
  it('trusts the keychain on macOS and Windows, and a real keyring on Linux', () => {
    const on = (backend: ReturnType<KeySafeStorage['getSelectedStorageBackend']>) =>
      fakeSafeStorage({ backend }).storage
    expect(keychainProtects(on('unknown'), 'darwin')).toBe(true)
    expect(keychainProtects(on('unknown'), 'win32')).toBe(true)
    expect(keychainProtects(on('kwallet5'), 'linux')).toBe(true)
    expect(keychainProtects(on('gnome_libsecret'), 'linux')).toBe(true)
    expect(keychainProtects(on('basic_text'), 'linux')).toBe(false)
    expect(keychainProtects(on('unknown'), 'linux')).toBe(false)
    expect(keychainProtects(fakeSafeStorage({ available: false }).storage, 'darwin')).toBe(false)
  })
})
