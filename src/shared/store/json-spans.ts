/**
 * The source text of each element of the array under `key` in a JSON object, exactly as written
 * (its own spacing, escapes and number spellings): so a card that cannot be read is kept byte for
 * byte, not as JSON.parse and JSON.stringify would rewrite it (1e400 would become null). `text`
 * must be valid JSON (JSON.parse has accepted it). As with JSON.parse, the last `key` wins. Null when
 * `text` is not an object or has no such array.
 */
export function arrayItemSpans(text: string, key: string): string[] | null {
  let i = skipSpace(text, 0)
  if (text[i] !== '{') return null
  i = skipSpace(text, i + 1)
  let items: string[] | null = null
  while (i < text.length && text[i] !== '}') {
    const keyEnd = stringEnd(text, i)
    const name = JSON.parse(text.slice(i, keyEnd)) as string
    i = skipSpace(text, skipSpace(text, keyEnd) + 1) // past the colon
    const valueEnd = valueEndAt(text, i)
    if (name === key) items = text[i] === '[' ? elements(text, i, valueEnd) : null
    i = skipSpace(text, valueEnd)
    if (text[i] === ',') i = skipSpace(text, i + 1)
  }
  return items
}

function elements(text: string, start: number, end: number): string[] {
  const items: string[] = []
  let i = skipSpace(text, start + 1)
  while (i < end - 1) {
    const itemEnd = valueEndAt(text, i)
    items.push(text.slice(i, itemEnd))
    i = skipSpace(text, itemEnd)
    if (text[i] === ',') i = skipSpace(text, i + 1)
  }
  return items
}

const SPACE = new Set([' ', '\t', '\n', '\r'])

function skipSpace(text: string, from: number): number {
  let i = from
  while (i < text.length && SPACE.has(text[i]!)) i++
  return i
}

/** Just past the string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
  return i + 1
}

/** Just past the value that starts at `start`: a string, an object or array, or a literal. */
function valueEndAt(text: string, start: number): number {
  const first = text[start]
  if (first === '"') return stringEnd(text, start)
  if (first === '{' || first === '[') {
    let depth = 0
    let i = start
    while (i < text.length) {
      const c = text[i]!
      if (c === '"') {
        i = stringEnd(text, i)
        continue
      }
      if (c === '{' || c === '[') depth++
      else if (c === '}' || c === ']') {
        depth--
        if (depth === 0) return i + 1
      }
      i++
    }
    return i
  }
  let i = start
  while (i < text.length && !SPACE.has(text[i]!) && !',}]'.includes(text[i]!)) i++
  return i
}
