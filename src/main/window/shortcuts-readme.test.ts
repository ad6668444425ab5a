import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shortcutsMarkdown } from '@shared/shortcuts'

/** A Markdown table's cells, whatever padding the formatter gave them; the rule row dropped. */
const cells = (table: string) =>
  table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )

describe('the README', () => {
  it('lists the keyboard shortcuts exactly as the shortcut table has them', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8')
    const section = readme.split('## Keyboard shortcuts')[1]?.split('\n## ')[0] ?? ''
    // When this fails, paste shortcutsMarkdown()'s table into the README's "Keyboard shortcuts".
    expect(cells(section)).toEqual(cells(shortcutsMarkdown()))
  })
})
