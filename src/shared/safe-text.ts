/**
 * Text that came from a file (a card's company, a parser's message) is shown in banners and
 * messages as data, never as layout: characters that would break a line, hide text or turn the
 * rest of the line around (control characters, lone surrogates, line and paragraph separators,
 * bidirectional embeddings, overrides and isolates) are each shown as U+FFFD instead. Marks that
 * right-to-left names need (U+200E, U+200F, U+061C) are kept.
 */
const UNSAFE = /[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

export const REPLACEMENT_CHARACTER = '\uFFFD'

export function safeText(text: string): string {
  return text.replace(UNSAFE, REPLACEMENT_CHARACTER)
}

export const ELLIPSIS = '…'

/**
 * `text` cut to at most `max` UTF-16 units, ending in an ellipsis when cut; never in the middle
 * of a character outside the Basic Multilingual Plane (an emoji stays whole or goes).
 */
export function clipText(text: string, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false }
  let end = Math.max(0, max - ELLIPSIS.length)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return { text: `${text.slice(0, end)}${ELLIPSIS}`, clipped: true }
}

/** Safe, and no longer than `max`: for a file's text inside a sentence of Foothold's own. */
export function quotedFileText(text: string, max: number): string {
  return clipText(safeText(text), max).text
}
