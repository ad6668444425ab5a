// Runs Electronegativity (Doyensec's Electron security linter) on src/ and fails on any finding
// that docs/SECURITY.md does not explain in its "Accepted Electronegativity findings" table.
// Electronegativity itself exits 0 whatever it finds, so `npm test` runs this instead.
//
//   node scripts/electronegativity.mjs
//
// It works offline: the tool's only network uses (fresh translations, and the list of Electron
// releases for AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) are cut off; the installed Electron version
// is passed in, and `npm outdated` / the upgrade routine cover releases.
import { readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ACCEPTED_HEADING = 'Accepted Electronegativity findings'
/** The key a finding is accepted by: its check id and the file it is in (`N/A` for global ones). */
export const findingKey = (id, file) => `${id} ${file}`

/**
 * Reads the accepted-findings table out of docs/SECURITY.md: rows of `check id | file | reason`,
 * each with a reason. Returns the keys, or throws when the table is missing or a row is bad.
 */
export function acceptedFindings(markdown) {
  const lines = markdown.split(/\r?\n/)
  const start = lines.findIndex((line) => /^#+\s/.test(line) && line.includes(ACCEPTED_HEADING))
  if (start === -1) throw new Error(`docs/SECURITY.md has no "${ACCEPTED_HEADING}" section`)
  const accepted = new Map()
  for (const line of lines.slice(start + 1)) {
    if (/^#+\s/.test(line)) break
    if (!line.trim().startsWith('|')) continue
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim())
    const [id, file, reason] = cells.map((cell) => cell.replace(/^`|`$/g, ''))
    if (!id || /^-+$/.test(id) || id === 'Check') continue
    if (!/^[A-Z0-9_]+$/.test(id) || !file || !reason) {
      throw new Error(
        `docs/SECURITY.md: an accepted finding needs a check id, a file and a reason: ${line}`,
      )
    }
    accepted.set(findingKey(id, file), reason)
  }
  return accepted
}

/** Splits findings into those the document explains and those it does not, and finds stale rows. */
export function compareFindings(findings, accepted) {
  const seen = new Set(findings.map((f) => findingKey(f.id, f.file)))
  return {
    unexplained: findings.filter((f) => !accepted.has(findingKey(f.id, f.file))),
    explained: findings.filter((f) => accepted.has(findingKey(f.id, f.file))),
    stale: [...accepted.keys()].filter((key) => !seen.has(key)),
  }
}

/** Loads Electronegativity with its network calls answered locally, and scans `input`. */
async function scan(root, input) {
  const require = createRequire(join(root, 'package.json'))
  const toolRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'))
  const gotPath = toolRequire.resolve('got')
  const offline = new Module(gotPath)
  // A 404 for the translations makes the tool keep its bundled English ones, silently.
  offline.exports = Object.assign(async () => ({ statusCode: 404, body: '' }), { default: null })
  offline.exports.default = offline.exports
  offline.loaded = true
  require.cache[gotPath] = offline
  process.env.LANG = 'en-US'
  const run = toolRequire('./dist/runner.js')
  const electronVersion = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
  })
  return { ...result, electronVersion }
}

async function main() {
  const started = performance.now()
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const input = join(root, 'src')
  const accepted = acceptedFindings(readFileSync(join(root, 'docs', 'SECURITY.md'), 'utf8'))
  const { issues, errors, globalChecks, atomicChecks, electronVersion } = await scan(root, input)
  const findings = issues.map((issue) => ({
    id: issue.id,
    file:
      issue.file === 'N/A'
        ? 'N/A'
        : ['src', ...relative(input, join(input, issue.file)).split(sep)].join('/'),
    line: issue.location.line,
    description: issue.description,
  }))
  const { unexplained, explained, stale } = compareFindings(findings, accepted)
  const broken = errors.filter((error) => !error.tolerable)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)

  for (const error of broken) console.error(`Could not scan ${error.file}: ${error.message}`)
  for (const f of unexplained) {
    console.error(`Unexplained finding ${f.id} in ${f.file}:${f.line}: ${f.description}`)
  }
  // A stale row is only a warning: the code it explains may be on its way in another change.
  for (const key of stale) {
    console.warn(
      `Accepted in docs/SECURITY.md but not found (remove the row if it is gone): ${key}`,
    )
  }
  if (broken.length > 0 || unexplained.length > 0) {
    console.error(
      `Electronegativity: fix the findings above, or explain each in docs/SECURITY.md ` +
        `("${ACCEPTED_HEADING}", keyed by check id and file).`,
    )
    process.exitCode = 1
    return
  }
  console.log(
    `Electronegativity (Electron ${electronVersion}, ${globalChecks + atomicChecks} checks) on src/ ` +
      `in ${seconds} s: ${explained.length} findings, all explained in docs/SECURITY.md ` +
      `(${[...new Set(explained.map((f) => f.id))].join(', ') || 'none'}).`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
