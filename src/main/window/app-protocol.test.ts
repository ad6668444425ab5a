import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppFile } from './app-protocol'

const root = join('/opt', 'foothold', 'renderer')

describe('resolveAppFile', () => {
  it.each([
    ['app://foothold/', join(root, 'index.html')],
    ['app://foothold/index.html', join(root, 'index.html')],
    ['app://foothold/assets/index-abc.js?v=1', join(root, 'assets', 'index-abc.js')],
    ['app://foothold/..%2f..%2fsecrets.json', null],
    ['app://foothold/%2e%2e%2f%2e%2e%2fsecrets.json', null],
    ['app://foothold/assets/..%5c..%5csecrets.json', null],
    ['app://foothold/a%00.js', null],
    ['app://foothold/%E0%A4%A', null],
    ['app://other/index.html', null],
    ['https://foothold/index.html', null],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppFile(url, root)).toBe(expected)
  })
})
