import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ICNS_TYPES,
  ICO_SIZES,
  LINUX_SIZES,
  TRAY_FILES,
  pngSize,
  readIcns,
  readIco,
  sha256,
  sourceHash,
} from './icon-formats.mjs'

// The icons committed in resources/, as `npm run icons` made them from resources/icon.svg.
const resources = join(process.cwd(), 'resources')
const read = (file: string) => readFileSync(join(resources, file))
const REGENERATE = 'run `npm run icons` and commit resources/'

interface Manifest {
  source: string
  sourceSha256: string
  files: Record<string, string>
}
const manifest = JSON.parse(read('icons/manifest.json').toString('utf8')) as Manifest

describe('the icon set', () => {
  it('was made from the current resources/icon.svg', () => {
    expect(manifest.source).toBe('resources/icon.svg')
    expect(
      manifest.sourceSha256,
      `resources/icon.svg changed since the icons were made: ${REGENERATE}`,
    ).toBe(sourceHash(read('icon.svg')))
  })

  it('lists every icon a target needs, each unchanged since it was made', () => {
    expect(Object.keys(manifest.files).sort()).toEqual(
      [
        ...LINUX_SIZES.map((size) => `icons/${size}x${size}.png`),
        'icon.png',
        'icon.ico',
        'icon.icns',
        ...TRAY_FILES.map(([file]) => file),
      ].sort(),
    )
    for (const [file, hash] of Object.entries(manifest.files)) {
      expect(sha256(read(file)), `${file} differs from what was made: ${REGENERATE}`).toBe(hash)
    }
  })

  it('has a Linux PNG at every size, and nothing else electron-builder would pick up', () => {
    const pngs = readdirSync(join(resources, 'icons')).filter((file) => file.endsWith('.png'))
    expect(pngs.sort()).toEqual(LINUX_SIZES.map((size) => `${size}x${size}.png`).sort())
    for (const size of LINUX_SIZES) {
      expect(pngSize(read(`icons/${size}x${size}.png`)), `${size}x${size}.png`).toEqual({
        width: size,
        height: size,
      })
    }
    expect(pngSize(read('icon.png'))).toEqual({ width: 512, height: 512 })
  })

  it('has a Windows .ico with a 32-bit PNG entry per size, each the size its directory says', () => {
    const entries = readIco(read('icon.ico'))
    expect(entries.map((entry) => entry.width)).toEqual(ICO_SIZES)
    for (const entry of entries) {
      expect(entry.bitCount).toBe(32)
      expect(pngSize(entry.data)).toEqual({ width: entry.width, height: entry.height })
    }
  })

  it('has a macOS .icns with every entry type, each holding a PNG of its size', () => {
    const entries = readIcns(read('icon.icns'))
    expect(entries.map((entry) => entry.type)).toEqual(ICNS_TYPES.map(([type]) => type))
    entries.forEach((entry, i) => {
      const size = ICNS_TYPES[i]![1]
      expect(pngSize(entry.data), entry.type).toEqual({ width: size, height: size })
    })
  })

  it('has the tray icon at 1x and at twice that for high-density displays', () => {
    const [[oneX], [twoX]] = TRAY_FILES as [[string, number], [string, number]]
    const base = pngSize(read(oneX))
    expect(base).toEqual({ width: 16, height: 16 })
    expect(twoX).toBe(oneX.replace('.png', '@2x.png'))
    expect(pngSize(read(twoX))).toEqual({ width: base.width * 2, height: base.height * 2 })
  })
})
