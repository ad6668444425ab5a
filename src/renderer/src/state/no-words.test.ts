/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'

// The store says what happened; the features word it. This keeps sentences out of state/.
const sources = import.meta.glob<string>(['./*.ts', './*.tsx', '!./*.test.ts', '!./*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The string literals of a source (a template's \${…} left out), comments and developers' errors left out. */
function literals(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/new Error\((['"`])(?:(?!\1)[^\\]|\\.)*\1\)/g, '')
  return [...code.matchAll(/(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) =>
    m[2]!.replace(/\$\{[^}]*\}/g, '…'),
  )
}

/** Words with a space between them: the store's own strings are single tokens ('thank-you'). */
const isSentence = (text: string) => /\p{L}{2,}/u.test(text) && /\s/.test(text)

describe('state/', () => {
  it('finds its own files', () => {
    expect(Object.keys(sources)).toContain('./board-store.ts')
  })

  it.each(Object.entries(sources))('%s holds no sentence for people to read', (_, source) => {
    const words = literals(source).filter(isSentence)
    expect(words).toEqual([])
  })

  it('would catch one', () => {
    const source = "showToast(kit, 'Settings saved') // a 'quoted' comment\n`Moved ${a} to ${b}`"
    expect(literals(source)).toEqual(['Settings saved', 'Moved … to …'])
    expect(literals(source).every(isSentence)).toBe(true)
    expect(["Couldn't move …: …", 'read-only', 'thank-you', '…:…'].map(isSentence)).toEqual([
      true,
      false,
      false,
      false,
    ])
  })
})
