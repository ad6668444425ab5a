import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { mkdir, open, realpath } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { writeFileDurably } from './durable-write'

/**
 * The key that signs the record of a validated store file (store-text.ts). Whoever has it can
 * make Foothold skip validating a board at start-up, so it must live where a writer of the data
 * folder cannot reach: a private file outside that folder, or one encrypted with the OS's keychain.
 */
export const VALIDATION_KEY_BYTES = 32

/** Its file name, in the app's own user-data folder (or beside the browser edition's lock). */
export const VALIDATION_KEY_FILE = 'store-validation.key'

// An encrypted key is a few hundred bytes; anything far larger is not one.
const MAX_KEY_FILE_BYTES = 64 * 1024

/**
 * The file's bytes if it is a regular file of this user's that no one else can read or write
 * (mode 0600 or stricter), not a link; otherwise null. Windows keeps access in ACLs, not modes,
 * and the user's profile folder is private, so there only the kind of file is checked.
 */
async function readPrivateFile(file: string, platform: NodeJS.Platform): Promise<Buffer | null> {
  const noFollow = platform === 'win32' ? 0 : constants.O_NOFOLLOW
  const handle = await open(file, constants.O_RDONLY | noFollow).catch(() => null)
  if (!handle) return null
  try {
    const stats = await handle.stat()
    if (!stats.isFile() || stats.size > MAX_KEY_FILE_BYTES) return null
    if (platform !== 'win32') {
      if ((stats.mode & 0o077) !== 0) return null
      if (process.getuid && stats.uid !== process.getuid()) return null
    }
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

/** Replaces `file` with `bytes`, readable and writable by this user only. */
async function writePrivateFile(file: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  // A new temp file (mode 0600) renamed over the old one, whatever the old one's mode was.
  await writeFileDurably(file, bytes)
}

/**
 * The key kept in `file`, or a new random one written there (mode 0600) when there is none that
 * can be trusted: no file, the wrong size, a link or another kind of file, someone else's, or
 * readable or writable by group or others (a key others could read would let them sign).
 */
export async function loadOrCreateKeyFile(
  file: string,
  platform: NodeJS.Platform = process.platform,
): Promise<Uint8Array> {
  const existing = await readPrivateFile(file, platform)
  if (existing?.length === VALIDATION_KEY_BYTES) return new Uint8Array(existing)
  const key = randomBytes(VALIDATION_KEY_BYTES)
  await writePrivateFile(file, key)
  return new Uint8Array(key)
}

/** The part of Electron's safeStorage the key needs; tests pass a fake. */
export type KeySafeStorage = Pick<
  Electron.SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>

const SEALED = /^foothold-validation-key-v1:([A-Za-z0-9+/]{43}=)$/

/**
 * Whether safeStorage really protects a secret here. On Linux without a keyring ("basic_text"),
 * Chromium encrypts with a password built into every copy, which anyone can use.
 */
export function keychainProtects(safeStorage: KeySafeStorage, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false
  if (platform !== 'linux') return true
  const backend = safeStorage.getSelectedStorageBackend()
  return backend !== 'basic_text' && backend !== 'unknown'
}

/**
 * The key from a blob that safeStorage sealed on this machine, or null. Chromium decrypts some
 * blobs it did not seal: text without its version prefix comes back as it is (old data kept in
 * the clear), and on Linux a `v10` blob is sealed with the built-in password. Either could be
 * written by anyone, so only a blob that really was encrypted, with the keychain's own key, counts.
 */
function unseal(blob: Buffer, safeStorage: KeySafeStorage, platform: NodeJS.Platform) {
  if (platform === 'linux' && blob.subarray(0, 3).toString('latin1') !== 'v11') return null
  let text: string
  try {
    text = safeStorage.decryptString(blob)
  } catch {
    return null
  }
  if (text === blob.toString('utf8') || text === blob.toString('latin1')) return null
  const base64 = SEALED.exec(text)?.[1]
  const key = base64 ? Buffer.from(base64, 'base64') : null
  return key?.length === VALIDATION_KEY_BYTES ? new Uint8Array(key) : null
}

export interface AppKeyOptions {
  /** Where the key is kept: `<user data>/store-validation.key`. */
  file: string
  /** The data folder the key vouches for; a key inside it protects nothing unless sealed. */
  dataFolder: string
  safeStorage: KeySafeStorage
  platform?: NodeJS.Platform
}

/**
 * The desktop app's key. Sealed with safeStorage when the OS keychain protects it, so even a copy
 * of the file, or one put in its place, is no use to anyone else. Without a keychain, a plain
 * private key file, but only outside the data folder: when the data folder is the user-data
 * folder itself (the default), there is no place a writer of the data folder cannot reach, so
 * there is no key (null), and every start-up validates the whole board.
 */
export async function loadAppValidationKey(options: AppKeyOptions): Promise<Uint8Array | null> {
  const { file, dataFolder, safeStorage } = options
  const platform = options.platform ?? process.platform
  if (keychainProtects(safeStorage, platform)) {
    const blob = await readPrivateFile(file, platform)
    const kept = blob ? unseal(blob, safeStorage, platform) : null
    if (kept) return kept
    const key = randomBytes(VALIDATION_KEY_BYTES)
    const sealed = safeStorage.encryptString(`foothold-validation-key-v1:${key.toString('base64')}`)
    await writePrivateFile(file, sealed)
    return new Uint8Array(key)
  }
  return loadValidationKeyFile({ file, dataFolder, platform })
}

/**
 * For a host without a keychain (the browser edition, a plain Node process): the key in a private
 * file (loadOrCreateKeyFile), but never one in the data folder, where a writer of the folder could
 * replace it with a key of its own choosing. Null then: every start-up validates the whole board.
 */
export async function loadValidationKeyFile(
  options: Omit<AppKeyOptions, 'safeStorage'>,
): Promise<Uint8Array | null> {
  const platform = options.platform ?? process.platform
  if (await isInside(dirname(options.file), options.dataFolder)) return null
  return loadOrCreateKeyFile(options.file, platform)
}

/** Whether `folder` is `outer` or inside it, after following links where they exist. */
async function isInside(folder: string, outer: string): Promise<boolean> {
  const real = (path: string) => realpath(path).catch(() => resolve(path))
  const path = relative(await real(outer), await real(folder))
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path))
}
