// Runs `npm audit --omit=dev --audit-level=high` on what the app ships (package.json's
// `dependencies`, bundled into out/ by the build; everything else is a build or test tool) and
// fails on a high or critical advisory. When the registry's audit endpoint cannot be reached
// (offline, or a registry mirror without one), it passes, saying so in one line: an audit that
// cannot run is no finding, and `npm test` must work offline.
//
//   node scripts/audit.mjs
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const AUDIT_ARGS = [
  'audit',
  '--omit=dev',
  '--audit-level=high',
  '--json',
  // Bounded, so an offline machine learns it is offline in seconds, not minutes.
  '--fetch-timeout=20000',
  '--fetch-retries=1',
]

const FAILING = ['critical', 'high']

// What Node and npm call a registry that is not there: no name, no route, no answer.
const NETWORK_CODES = new Set([
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ERR_SOCKET_TIMEOUT',
  'FETCH_ERROR',
])

function parseJson(text) {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

const oneLine = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160)

/** The advisories' titles for one vulnerable package (its `via` holds them, or names of others). */
function titlesOf(vulnerability) {
  const via = Array.isArray(vulnerability.via) ? vulnerability.via : []
  const titles = via.map((entry) =>
    typeof entry === 'string'
      ? `through ${entry}`
      : `${entry.title ?? 'advisory'} ${entry.url ?? ''}`,
  )
  return [...new Set(titles.map((title) => title.trim()))].join('; ')
}

/**
 * Decides from npm audit's output what the gate says: `{ ok, lines }`. A report with a high or
 * critical advisory fails; a report without one passes; an audit endpoint that could not be
 * reached passes with a one-line notice; anything else (no lockfile, unreadable output) fails.
 */
export function auditVerdict({ status, stdout, stderr }) {
  const report = parseJson(stdout)
  if (report && typeof report.auditReportVersion === 'number' && report.vulnerabilities) {
    const found = Object.values(report.vulnerabilities).filter((v) => FAILING.includes(v?.severity))
    if (found.length > 0) {
      return {
        ok: false,
        lines: [
          `npm audit: ${found.length} shipped ${found.length === 1 ? 'package has' : 'packages have'} a high or critical advisory:`,
          ...found.map((v) => `  ${v.name} (${v.severity}): ${titlesOf(v)}`),
          'Update them (npm audit fix, or a newer version in package.json), then run this again.',
        ],
      }
    }
    if (status !== 0) {
      return {
        ok: false,
        lines: [`npm audit exited with ${status} but reported no high or critical advisory.`],
      }
    }
    const counts = report.metadata?.vulnerabilities ?? {}
    const lesser = (counts.low ?? 0) + (counts.moderate ?? 0)
    return {
      ok: true,
      lines: [
        `npm audit: no high or critical advisory in the libraries the app ships` +
          (lesser > 0 ? ` (${lesser} low or moderate; see npm audit --omit=dev).` : '.'),
      ],
    }
  }
  const code = report?.error?.code ?? report?.code
  const message = report?.message ?? report?.error?.summary
  const unreachable =
    /audit endpoint returned an error/i.test(stderr ?? '') ||
    /\/-\/npm\/v1\/security\//.test(String(message ?? '')) ||
    NETWORK_CODES.has(code)
  if (unreachable) {
    const reason = oneLine(message) || oneLine(code) || 'no answer'
    return {
      ok: true,
      lines: [
        `npm audit: skipped, the registry's audit endpoint could not be reached (${reason}).`,
      ],
    }
  }
  const why = oneLine(report?.error?.summary || message || stderr || stdout) || `exit ${status}`
  return { ok: false, lines: [`npm audit could not run: ${why}`] }
}

/** Runs npm: the one running this script under `npm test`, or the `npm` on the PATH. */
function runNpm(root) {
  const npm = process.env.npm_execpath
  const [command, args] = npm ? [process.execPath, [npm, ...AUDIT_ARGS]] : ['npm', AUDIT_ARGS]
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: !npm && process.platform === 'win32',
  })
  if (result.error) return { status: 1, stdout: '', stderr: String(result.error) }
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr }
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const verdict = auditVerdict(runNpm(root))
  for (const line of verdict.lines) (verdict.ok ? console.log : console.error)(line)
  if (!verdict.ok) process.exitCode = 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
