import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arrayItemSpans } from './json-spans'

/** JSON text of `value` with random (valid) whitespace between every token. */
function spacedOut(value: unknown, space: () => string): string {
  if (Array.isArray(value)) {
    return `[${space()}${value.map((v) => `${spacedOut(v, space)}${space()}`).join(`,${space()}`)}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([k, v]) => `${JSON.stringify(k)}${space()}:${space()}${spacedOut(v, space)}`,
    )
    return `{${space()}${entries.join(`${space()},${space()}`)}${space()}}`
  }
  return JSON.stringify(value)
}

const normalised = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

describe('arrayItemSpans', () => {
  it('gives each element exactly as written, whatever the values and the spacing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
        fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
        fc.array(fc.constantFrom('', ' ', '\n', '\t', '\r\n  '), { minLength: 1 }),
        (cards, others, spaces) => {
          let n = 0
          const space = () => spaces[n++ % spaces.length]!
          const { cards: _, ...rest } = others
          const text = spacedOut({ ...rest, cards }, space)
          const spans = arrayItemSpans(text, 'cards')
          expect(spans?.map((s) => JSON.parse(s) as unknown)).toEqual(cards.map(normalised))
          let from = 0
          for (const span of spans!) {
            const at = text.indexOf(span, from)
            expect(at).toBeGreaterThanOrEqual(from)
            from = at + span.length
          }
        },
      ),
    )
  })

  it('keeps spellings that JSON.parse would rewrite', () => {
    const text = '{"cards": [ {"n": 1e400, "s": "\\u0041"} ,\n  [1.50] ]}'
    expect(arrayItemSpans(text, 'cards')).toEqual(['{"n": 1e400, "s": "\\u0041"}', '[1.50]'])
  })

  it('reads the key as JSON.parse does: escaped, the last one winning, only at the top', () => {
    expect(arrayItemSpans('{"card\\u0073": [1], "x": {"cards": [2]}}', 'cards')).toEqual(['1'])
    expect(arrayItemSpans('{"cards": [1], "cards": [2, 3]}', 'cards')).toEqual(['2', '3'])
    expect(arrayItemSpans('{"cards": [1], "cards": "none"}', 'cards')).toBeNull()
    expect(arrayItemSpans('{"x": "\\"cards\\": [9]"}', 'cards')).toBeNull()
    expect(arrayItemSpans('[{"cards": [1]}]', 'cards')).toBeNull()
    expect(arrayItemSpans('{"cards": []}', 'cards')).toEqual([])
  })
})
