import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromiumPath } from './host/chromium'
import { findElectronBinary } from './host/electron-binary'

/** Says up front, once, what each host will run, so a skipped host is never mistaken for a pass. */
export default function globalSetup(): void {
  if (!existsSync(join(process.cwd(), 'out', 'renderer', 'index.html'))) {
    throw new Error('No build found in out/: run `npm run build` before the e2e specs')
  }
  const binary = findElectronBinary()
  const line = binary.found
    ? `electron host: running the specs in ${binary.path}`
    : `electron host: SKIPPING every spec: ${binary.reason}`
  process.stdout.write(`\n${line}\nbrowser host: running the specs in ${chromiumPath()}\n\n`)
}
