import { describe, expect, it } from 'vitest'
import { encodeIcns, encodeIco, pngSize, readIcns, readIco, sourceHash } from './icon-formats.mjs'

/** The start of a PNG: signature and IHDR, which is all the containers look at. */
function fakePng(width: number, height = width, tail = ''): Buffer {
  const ihdr = Buffer.alloc(25)
  ihdr.writeUInt32BE(13, 0)
  ihdr.write('IHDR', 4, 'latin1')
  ihdr.writeUInt32BE(width, 8)
  ihdr.writeUInt32BE(height, 12)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ihdr,
    Buffer.from(tail),
  ])
}

describe('icon containers', () => {
  it('reads a PNG size from its header and refuses other files', () => {
    expect(pngSize(fakePng(48, 24))).toEqual({ width: 48, height: 24 })
    expect(() => pngSize(Buffer.from('<svg/>'))).toThrow(/not a PNG/)
  })

  it('writes an .ico whose directory points at each PNG, 256 px stored as 0', () => {
    const pngs = [fakePng(16, 16, 'a'), fakePng(256, 256, 'bb')]
    const ico = encodeIco(pngs)
    expect(ico[6 + 16]).toBe(0) // the 256 px entry's width byte
    const entries = readIco(ico)
    expect(entries.map((e) => [e.width, e.height, e.bitCount])).toEqual([
      [16, 16, 32],
      [256, 256, 32],
    ])
    expect(entries.map((e) => e.data)).toEqual(pngs)
  })

  it('refuses an .ico entry larger than 256 px, and a cut-short .ico', () => {
    expect(() => encodeIco([fakePng(512)])).toThrow(/at most 256/)
    const ico = encodeIco([fakePng(32)])
    expect(() => readIco(ico.subarray(0, ico.length - 4))).toThrow(/past the end/)
  })

  it('writes an .icns of typed PNG entries with the right lengths', () => {
    const icns = encodeIcns([
      ['icp4', fakePng(16)],
      ['ic10', fakePng(1024, 1024, 'xyz')],
    ])
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(readIcns(icns).map((e) => [e.type, pngSize(e.data).width])).toEqual([
      ['icp4', 16],
      ['ic10', 1024],
    ])
    expect(() => readIcns(icns.subarray(0, icns.length - 1))).toThrow(/length/)
  })

  it('hashes the SVG source the same with Windows line endings', () => {
    expect(sourceHash(Buffer.from('<svg>\r\n</svg>\r\n'))).toBe(
      sourceHash(Buffer.from('<svg>\n</svg>\n')),
    )
    expect(sourceHash(Buffer.from('<svg/>'))).not.toBe(sourceHash(Buffer.from('<svg />')))
  })
})
