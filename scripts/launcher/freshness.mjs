// Is the build in out/ older than what it is built from? `npm start` builds only then.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What the build reads: the sources, and the files that say how to build them. */
export const BUILD_INPUTS = [
  'src',
  'resources',
  'package.json',
  'package-lock.json',
  'electron.vite.config.ts',
  'browser-edition.vite.config.mts',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
]

/** What the build writes, one file per part: main, preload, renderer, the browser edition. */
export const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/browser-edition/server.cjs',
]

// Tests are not part of the build: editing one does not make the app out of date.
const notBuilt = (name) => /\.test\.tsx?$/.test(name) || name === 'test-support'

function newestIn(path) {
  let stats
  try {
    stats = statSync(path)
  } catch {
    return 0
  }
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const entry of readdirSync(path)) {
    if (!notBuilt(entry)) newest = Math.max(newest, newestIn(join(path, entry)))
  }
  return newest
}

/** Why the build must run again, or null when out/ is newer than every input. */
export function staleBuild(root) {
  let oldestOutput = Infinity
  for (const output of BUILD_OUTPUTS) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(join(root, output)).mtimeMs)
    } catch {
      return `${output} is missing`
    }
  }
  for (const input of BUILD_INPUTS) {
    if (newestIn(join(root, input)) > oldestOutput) return `${input} changed since the last build`
  }
  return null
}
