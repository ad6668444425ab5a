import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ELLIPSIS, REPLACEMENT_CHARACTER, clipText, quotedFileText, safeText } from './safe-text'

const LAYOUT_BREAKERS = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ud800',
  '\udfff',
]

describe('safeText', () => {
  it.each(LAYOUT_BREAKERS.map((c) => [c.codePointAt(0)!.toString(16).padStart(4, '0'), c]))(
    'shows U+%s as a replacement character',
    (_, c) => {
      expect(safeText(`Acme${c}Corp`)).toBe(`Acme${REPLACEMENT_CHARACTER}Corp`)
    },
  )

  it('keeps every other character, including the marks right-to-left names need and emoji', () => {
    for (const text of ['Ünïcødé GmbH', 'شركة\u200fالمثال', 'חברה\u200e', '👩‍💻 Dev Co', '東京']) {
      expect(safeText(text)).toBe(text)
    }
  })

  it('leaves nothing that breaks a line or reorders it, and changes no length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const safe = safeText(text)
        expect(safe).toHaveLength(text.length)
        expect(safe).not.toMatch(/[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u)
        expect(safeText(safe)).toBe(safe)
      }),
    )
  })
})

describe('clipText', () => {
  it('keeps text that fits, and cuts longer text to the limit with an ellipsis', () => {
    expect(clipText('Acme', 4)).toEqual({ text: 'Acme', clipped: false })
    expect(clipText('Acme Corp', 5)).toEqual({ text: `Acme${ELLIPSIS}`, clipped: true })
  })

  it('never splits an emoji in two', () => {
    // The emoji is two UTF-16 units: room for one of them is room for neither.
    expect(clipText('ab😀cd', 5)).toEqual({ text: `ab😀${ELLIPSIS}`, clipped: true })
    expect(clipText('ab😀cd', 4)).toEqual({ text: `ab${ELLIPSIS}`, clipped: true })
  })

  it('is never longer than the limit and always a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(70), (text, max) => {
        const clipped = clipText(text, Math.max(1, max))
        expect(clipped.text.length).toBeLessThanOrEqual(Math.max(1, max))
        if (!clipped.clipped) expect(clipped.text).toBe(text)
        else expect(text.startsWith(clipped.text.slice(0, -1))).toBe(true)
        expect(clipped.text).not.toMatch(/\p{Cs}/u)
      }),
    )
  })
})

it('quotedFileText is safe and short', () => {
  expect(quotedFileText(`Bad\nname${'x'.repeat(500)}`, 20)).toBe(
    `Bad${REPLACEMENT_CHARACTER}name${'x'.repeat(11)}${ELLIPSIS}`,
  )
})
