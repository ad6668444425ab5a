import { mkdir, writeFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { useTempFolders } from '../test-support/temp-folder'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { createAppProtocolHandler, resolveAppFile } from './app-protocol'

const root = join('/opt', 'foothold', 'renderer')
const tempFolder = useTempFolders()

describe('resolveAppFile', () => {
  it.each([
    ['app://foothold/', join(root, 'index.html')],
    ['app://foothold/index.html', join(root, 'index.html')],
    ['app://foothold/assets/index-abc.js?v=1', join(root, 'assets', 'index-abc.js')],
    // A leading slash too many still names a file inside the renderer folder.
    ['app://foothold//etc/passwd', join(root, 'etc', 'passwd')],
    ['app://foothold/%2Fetc%2Fpasswd', join(root, 'etc', 'passwd')],
    // The URL parser treats "%2e%2e" as "..", and stops at the top, like a browser does.
    ['app://foothold/%2E%2E/%2E%2E/secrets.json', join(root, 'secrets.json')],
    // Decoded once: "%2e%2e" stays a (missing) folder of that name.
    [
      'app://foothold/%252e%252e/%252e%252e/secrets.json',
      join(root, '%2e%2e', '%2e%2e', 'secrets.json'),
    ],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppFile(url, root)).toBe(expected)
  })

  it.each([
    ['app://foothold/..%2f..%2fsecrets.json'],
    ['app://foothold/%2e%2e%2f%2e%2e%2fsecrets.json'],
    ['app://foothold/assets/..%2f..%2f..%2fsecrets.json'],
    ['app://foothold/assets/..%5c..%5csecrets.json'],
    ['app://foothold/..\\..\\secrets.json'],
    ['app://foothold/%5c%5cserver%5cshare%5cfile'],
    ['app://foothold/C:%5CWindows%5Cwin.ini'],
    ['app://foothold/C:/Windows/win.ini'],
    ['app://foothold/index.html::$DATA'],
    ['app://foothold/a%00.js'],
    ['app://foothold/index.html%00.png'],
    ['app://foothold/%E0%A4%A'],
    ['app://foothold/%c0%ae%c0%ae/secrets.json'],
    ['app://other/index.html'],
    ['app://foothold.evil/index.html'],
    ['app://foothold:8080/index.html'],
    ['https://foothold/index.html'],
    ['file:///etc/passwd'],
    ['not a url'],
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull()
  })

  it('never leaves the renderer folder, whatever the path', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E.',
        '.%2e',
        '%2f',
        '%5c',
        '\\',
        '/',
        '//',
        '%00',
        ':',
      ),
      fc.constantFrom('etc', 'passwd', 'index.html', 'C:', '%c0%ae', '%252e', '\u202e', '😀'),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const file = resolveAppFile(`app://foothold/${pieces.join('/')}`, root)
        if (file !== null) expect(file.startsWith(root + sep)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})

describe('createAppProtocolHandler', () => {
  it('serves the app with its security headers and refuses a way out', async () => {
    const folder = await tempFolder()
    const renderer = join(folder, 'renderer')
    await mkdir(renderer)
    await writeFile(join(renderer, 'index.html'), '<!doctype html>')
    await writeFile(join(folder, 'secret.txt'), 'not for the page')
    const handle = createAppProtocolHandler(renderer)

    const page = await handle(new Request('app://foothold/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')

    for (const url of [
      'app://foothold/../secret.txt',
      'app://foothold/..%2fsecret.txt',
      'app://foothold/%2e%2e/secret.txt',
      'app://foothold/missing.js',
    ]) {
      const response = await handle(new Request(url))
      expect(response.status, url).toBe(404)
      expect(await response.text()).not.toContain('not for the page')
    }
  })
})
