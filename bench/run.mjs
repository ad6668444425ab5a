// Entry point of `npm run bench`. The benchmark is TypeScript that imports the app's own modules
// (and the e2e browser host), so Vite's module runner loads it, as it loads Vite configs.
import { runnerImport } from 'vite'
import { ALIASES } from '../scripts/aliases.mjs'

const args = process.argv.slice(2)
const known = new Set(['--smoke', '--skip-build'])
const unknown = args.filter((arg) => !known.has(arg))
if (unknown.length > 0) {
  process.stderr.write(`Unknown option ${unknown.join(' ')}; use --smoke and/or --skip-build\n`)
  process.exit(2)
}
const { module } = await runnerImport(new URL('./main.ts', import.meta.url).pathname, {
  resolve: { alias: ALIASES },
})
process.exitCode = await module.main({
  smoke: args.includes('--smoke'),
  build: !args.includes('--skip-build'),
})
