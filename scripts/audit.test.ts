import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { useTempFolders } from '@main/test-support/temp-folder'
import { AUDIT_ARGS, auditVerdict } from './audit.mjs'

const tempFolder = useTempFolders()

// npm 11's own output, trimmed: a report, and what it prints when the endpoint does not answer.
const report = (vulnerabilities: object, counts: object = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
      dependencies: { prod: 16, dev: 798, optional: 50, peer: 13, peerOptional: 0, total: 813 },
    },
  })
const HIGH_IN_REACT = {
  react: {
    name: 'react',
    severity: 'high',
    isDirect: true,
    via: [
      {
        source: 1099999,
        name: 'react',
        dependency: 'react',
        title: 'Cross-site scripting in react',
        url: 'https://github.com/advisories/GHSA-xxxx-xxxx-xxxx',
        severity: 'high',
        range: '<=19.3.1',
      },
    ],
    effects: ['react-dom'],
    range: '',
    nodes: ['node_modules/react'],
    fixAvailable: false,
  },
  'react-dom': {
    name: 'react-dom',
    severity: 'high',
    isDirect: true,
    via: ['react'],
    effects: [],
    range: '',
    nodes: ['node_modules/react-dom'],
    fixAvailable: false,
  },
}
const MODERATE_IN_ZOD = {
  zod: { name: 'zod', severity: 'moderate', isDirect: true, via: [], effects: [], nodes: [] },
}
const unreachable = (message: string, extra: object = {}) => ({
  status: 1,
  stdout: JSON.stringify({ message, ...extra, error: { summary: '', detail: '' } }),
  stderr: `npm warn audit ${message}\nnpm error audit endpoint returned an error\n`,
})

describe('the audit gate', () => {
  it('audits only what ships, at the high level, with bounded network waits', () => {
    expect(AUDIT_ARGS.slice(0, 4)).toEqual(['audit', '--omit=dev', '--audit-level=high', '--json'])
    expect(AUDIT_ARGS.some((arg) => arg.startsWith('--fetch-timeout='))).toBe(true)
  })

  it('fails on a high or critical advisory, naming each package and advisory', () => {
    for (const severity of ['high', 'critical']) {
      const vulnerabilities = {
        ...HIGH_IN_REACT,
        react: { ...HIGH_IN_REACT.react, severity },
      }
      const verdict = auditVerdict({ status: 1, stdout: report(vulnerabilities), stderr: '' })
      expect(verdict.ok).toBe(false)
      expect(verdict.lines[0]).toBe(
        'npm audit: 2 shipped packages have a high or critical advisory:',
      )
      expect(verdict.lines.join('\n')).toContain(
        `react (${severity}): Cross-site scripting in react https://github.com/advisories/GHSA-xxxx-xxxx-xxxx`,
      )
      expect(verdict.lines.join('\n')).toContain('react-dom (high): through react')
    }
  })

  it('passes a clean report, mentioning lesser advisories', () => {
    expect(auditVerdict({ status: 0, stdout: report({}), stderr: '' })).toEqual({
      ok: true,
      lines: ['npm audit: no high or critical advisory in the libraries the app ships.'],
    })
    const moderate = auditVerdict({
      status: 0,
      stdout: report(MODERATE_IN_ZOD, { moderate: 1, total: 1 }),
      stderr: '',
    })
    expect(moderate).toMatchObject({
      ok: true,
      lines: [expect.stringContaining('1 low or moderate')],
    })
  })

  it('fails when npm says it failed but its report shows no reason', () => {
    expect(auditVerdict({ status: 1, stdout: report({}), stderr: '' }).ok).toBe(false)
  })

  it.each([
    [
      'refused',
      unreachable(
        'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9',
      ),
    ],
    [
      'not found',
      unreachable(
        'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
      ),
    ],
    [
      'a mirror without the endpoint',
      unreachable(
        '405 Method Not Allowed - POST https://mirror.example/-/npm/v1/security/advisories/bulk',
        { statusCode: 405 },
      ),
    ],
    [
      'an older npm offline',
      {
        status: 1,
        stdout: JSON.stringify({
          error: { code: 'EAI_AGAIN', summary: 'request to https://registry.npmjs.org failed' },
        }),
        stderr: '',
      },
    ],
  ])('passes, in one line, when the audit endpoint cannot be reached: %s', (_what, run) => {
    const verdict = auditVerdict(run)
    expect(verdict.ok).toBe(true)
    expect(verdict.lines).toHaveLength(1)
    expect(verdict.lines[0]).toMatch(
      /^npm audit: skipped, the registry's audit endpoint could not be reached \(.+\)\.$/,
    )
  })

  it.each([
    [
      'no lockfile',
      {
        status: 1,
        stdout: JSON.stringify({
          error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' },
        }),
        stderr: '',
      },
    ],
    ['output that is not a report', { status: 1, stdout: 'Segmentation fault', stderr: '' }],
    ['no output at all', { status: 1, stdout: '', stderr: '' }],
  ])('fails when the audit could not run for another reason: %s', (_what, run) => {
    const verdict = auditVerdict(run)
    expect(verdict.ok).toBe(false)
    expect(verdict.lines[0]).toMatch(/^npm audit could not run: /)
  })

  it('runs the npm that runs it, and exits 1 on a finding, 0 when unreachable', async () => {
    const folder = await tempFolder()
    const fakeNpm = async (
      name: string,
      output: { status: number; stdout: string; stderr: string },
    ) => {
      const file = join(folder, name)
      await writeFile(
        file,
        `process.stdout.write(${JSON.stringify(output.stdout)});` +
          `process.stderr.write(${JSON.stringify(output.stderr)});` +
          `if (process.argv.slice(2).join(' ') !== ${JSON.stringify(AUDIT_ARGS.join(' '))}) process.exit(9);` +
          `process.exitCode = ${output.status}`,
      )
      return file
    }
    const run = async (npm: string) =>
      promisify(execFile)(process.execPath, [join(__dirname, 'audit.mjs')], {
        env: { ...process.env, npm_execpath: npm },
      }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stdout: error.stderr }),
      )
    const finding = await run(
      await fakeNpm('finding.js', { status: 1, stdout: report(HIGH_IN_REACT), stderr: '' }),
    )
    expect(finding.code).toBe(1)
    expect(finding.stdout).toContain('react (high): Cross-site scripting in react')
    const offline = await run(
      await fakeNpm(
        'offline.js',
        unreachable(
          'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org',
        ),
      ),
    )
    expect(offline).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^npm audit: skipped, .* could not be reached \(.*EAI_AGAIN.*\)\.\n$/,
      ),
    })
  }, 20_000)
})
