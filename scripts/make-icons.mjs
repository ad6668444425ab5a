// Renders every icon the installers and the tray need from the one source, resources/icon.svg:
//
//   npm run icons
//
// Each size is drawn from the vector (never scaled down from a big PNG) in the Chromium the
// end-to-end tests use (find-chromium.mjs). It writes the Linux PNG set (resources/icons/), icon.ico,
// icon.icns, icon.png, the tray icons, and resources/icons/manifest.json, which records the
// source's hash so a test can tell when the icons are older than the SVG.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { findChromium } from './find-chromium.mjs'
import {
  ICNS_TYPES,
  ICO_SIZES,
  LINUX_SIZES,
  TRAY_FILES,
  encodeIcns,
  encodeIco,
  pngSize,
  sha256,
  sourceHash,
} from './icon-formats.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const resources = join(root, 'resources')
const source = join(resources, 'icon.svg')

async function renderAll(svg, sizes) {
  const found = findChromium({ playwrightChromium: chromium.executablePath() })
  if (!found.ok) throw new Error(found.message)
  const browser = await chromium.launch({ executablePath: found.path })
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    const url = `data:image/svg+xml;base64,${svg.toString('base64')}`
    const rendered = new Map()
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img alt="" width="${size}" height="${size}" src="${url}">`,
      )
      await page.locator('img').evaluate((img) => img.decode())
      const png = await page.screenshot({ omitBackground: true, type: 'png' })
      const { width, height } = pngSize(png)
      if (width !== size || height !== size) {
        throw new Error(`rendered ${width}x${height} for ${size} px`)
      }
      rendered.set(size, png)
    }
    return rendered
  } finally {
    await browser.close()
  }
}

const svg = await readFile(source)
const sizes = [
  ...new Set([
    ...LINUX_SIZES,
    ...ICO_SIZES,
    ...ICNS_TYPES.map(([, size]) => size),
    ...TRAY_FILES.map(([, size]) => size),
    512,
  ]),
].sort((a, b) => a - b)
const png = await renderAll(svg, sizes)

const outputs = new Map([
  ...LINUX_SIZES.map((size) => [`icons/${size}x${size}.png`, png.get(size)]),
  ['icon.png', png.get(512)],
  ['icon.ico', encodeIco(ICO_SIZES.map((size) => png.get(size)))],
  ['icon.icns', encodeIcns(ICNS_TYPES.map(([type, size]) => [type, png.get(size)]))],
  ...TRAY_FILES.map(([file, size]) => [file, png.get(size)]),
])
await mkdir(join(resources, 'icons'), { recursive: true })
for (const [file, bytes] of outputs) await writeFile(join(resources, file), bytes)

const manifest = {
  source: relative(root, source).split('\\').join('/'),
  sourceSha256: sourceHash(svg),
  files: Object.fromEntries([...outputs].map(([file, bytes]) => [file, sha256(bytes)])),
}
await writeFile(join(resources, 'icons', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
console.log(`wrote ${outputs.size} icons from ${manifest.source}`)
