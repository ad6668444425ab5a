// The icon sizes each installer target needs, and the two small containers that hold them: Windows
// .ico and macOS .icns, both with PNG-compressed entries. No file system here, so tests can use it.
import { createHash } from 'node:crypto'

/** Linux: hicolor sizes, written as resources/icons/<n>x<n>.png for electron-builder. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
/** Windows: what Explorer, the taskbar and the installer pick from (256 is the largest it reads). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** macOS: the PNG entry types Finder and the Dock read, with their pixel size (ic11… are @2x). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
]
/** The tray icon: Electron picks tray@2x.png next to tray.png on a high-density display. */
export const TRAY_FILES = [
  ['tray.png', 16],
  ['tray@2x.png', 32],
]

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex')
/** The SVG's hash, blind to line endings so a Windows checkout does not look stale. */
export const sourceHash = (svg) => sha256(svg.toString('utf8').replace(/\r\n/g, '\n'))

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png) {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error('not a PNG file')
  }
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without an IHDR chunk first')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** An .ico of PNG entries (Windows Vista and later read PNG at every size). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(pngs.length, 4)
  const directory = Buffer.alloc(16 * pngs.length)
  let offset = header.length + directory.length
  pngs.forEach((png, i) => {
    const { width, height } = pngSize(png)
    if (width > 256 || height > 256)
      throw new Error(`an .ico entry is at most 256 px, not ${width}`)
    const at = i * 16
    // 0 stands for 256: the field is one byte.
    directory.writeUInt8(width % 256, at)
    directory.writeUInt8(height % 256, at + 1)
    directory.writeUInt16LE(1, at + 4) // colour planes
    directory.writeUInt16LE(32, at + 6) // bits per pixel
    directory.writeUInt32LE(png.length, at + 8)
    directory.writeUInt32LE(offset, at + 12)
    offset += png.length
  })
  return Buffer.concat([header, directory, ...pngs])
}

/** The entries of an .ico: size from the directory, and the image bytes it points at. */
export function readIco(ico) {
  if (ico.length < 6 || ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) {
    throw new Error('not an .ico file')
  }
  const count = ico.readUInt16LE(4)
  if (ico.length < 6 + 16 * count) throw new Error('.ico directory is cut short')
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + i * 16
    const length = ico.readUInt32LE(at + 8)
    const offset = ico.readUInt32LE(at + 12)
    if (offset + length > ico.length) throw new Error(`.ico entry ${i} runs past the end`)
    return {
      width: ico.readUInt8(at) || 256,
      height: ico.readUInt8(at + 1) || 256,
      bitCount: ico.readUInt16LE(at + 6),
      data: ico.subarray(offset, offset + length),
    }
  })
}

/** An .icns of [type, png] entries: a big-endian 'icns' header, then type + length + data each. */
export function encodeIcns(entries) {
  const parts = entries.map(([type, png]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(8 + png.length, 4)
    return Buffer.concat([head, png])
  })
  const header = Buffer.alloc(8)
  header.write('icns', 0, 'latin1')
  header.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4)
  return Buffer.concat([header, ...parts])
}

/** The entries of an .icns, in file order. */
export function readIcns(icns) {
  if (icns.length < 8 || icns.toString('latin1', 0, 4) !== 'icns') {
    throw new Error('not an .icns file')
  }
  if (icns.readUInt32BE(4) !== icns.length) throw new Error('.icns length does not match the file')
  const entries = []
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4)
    if (length < 8 || at + length > icns.length) throw new Error(`.icns entry at ${at} is broken`)
    entries.push({
      type: icns.toString('latin1', at, at + 4),
      data: icns.subarray(at + 8, at + length),
    })
    at += length
  }
  return entries
}
