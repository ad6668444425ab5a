import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'
import { ALIASES } from './aliases.mjs'

it('gives every tool the aliases the type checker knows, and no others', async () => {
  const root = join(import.meta.dirname, '..')
  const tsconfig = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> }
  }
  const fromTsconfig = Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
      alias.replace(/\/\*$/, ''),
      target!.replace(/^\.\//, '').replace(/\/\*$/, ''),
    ]),
  )
  const fromTools = Object.fromEntries(
    Object.entries(ALIASES).map(([alias, folder]) => [alias, relative(root, folder)]),
  )
  expect(fromTools).toEqual(fromTsconfig)
})
