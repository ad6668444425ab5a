import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acceptedFindings, compareFindings, findingKey } from './electronegativity.mjs'

const doc = (rows: string) =>
  `# Security\n\n## Accepted Electronegativity findings\n\n| Check | File | Why |\n| --- | --- | --- |\n${rows}\n## Later\n\n| \`NOT_A_ROW\` | x | y |\n`

describe('the Electronegativity gate', () => {
  it('reads the accepted findings by check id and file, with their reasons', () => {
    const accepted = acceptedFindings(
      doc(
        '| `CSP_GLOBAL_CHECK` | `N/A` | Sent as a header |\n| `PRELOAD_JS_CHECK` | `src/a.ts` | Reviewed |\n',
      ),
    )
    expect([...accepted]).toEqual([
      [findingKey('CSP_GLOBAL_CHECK', 'N/A'), 'Sent as a header'],
      [findingKey('PRELOAD_JS_CHECK', 'src/a.ts'), 'Reviewed'],
    ])
  })

  it('refuses a row without a reason, and a document without the table', () => {
    expect(() => acceptedFindings(doc('| `CSP_GLOBAL_CHECK` | `N/A` |  |\n'))).toThrow(/reason/)
    expect(() => acceptedFindings('# Security\n')).toThrow(/no "Accepted Electronegativity/)
  })

  it('fails a finding in a file the row does not name, and reports rows with nothing to explain', () => {
    const accepted = acceptedFindings(
      doc(
        '| `OPEN_EXTERNAL_JS_CHECK` | `src/main/index.ts` | Checked first |\n| `CSP_GLOBAL_CHECK` | `N/A` | Header |\n',
      ),
    )
    const result = compareFindings(
      [
        { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'src/main/index.ts' },
        { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'src/main/elsewhere.ts' },
      ],
      accepted,
    )
    expect(result.explained).toHaveLength(1)
    expect(result.unexplained).toEqual([
      { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'src/main/elsewhere.ts' },
    ])
    expect(result.stale).toEqual([findingKey('CSP_GLOBAL_CHECK', 'N/A')])
  })

  it('finds the table in docs/SECURITY.md', () => {
    const accepted = acceptedFindings(
      readFileSync(join(__dirname, '..', 'docs', 'SECURITY.md'), 'utf8'),
    )
    expect(accepted.size).toBeGreaterThan(0)
  })
})
