/**
 * Columns draw only the cards in or near view: with thousands of cards, every drag would otherwise
 * make React walk all of them. Cards have one fixed height so positions are simple arithmetic.
 */
export const CARD_HEIGHT = 148
export const CARD_GAP = 8
export const CARD_STRIDE = CARD_HEIGHT + CARD_GAP

/** Cards drawn beyond each edge of the view, so a quick scroll does not show blanks. */
const OVERSCAN = 4
/** Before the column has been measured, assume a tall window. */
const UNMEASURED_HEIGHT = 1200

export interface CardWindow {
  start: number
  /** One past the last index drawn. */
  end: number
}

export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  count: number,
): CardWindow {
  const height = viewportHeight > 0 ? viewportHeight : UNMEASURED_HEIGHT
  const first = Math.floor(scrollTop / CARD_STRIDE)
  const last = Math.ceil((scrollTop + height) / CARD_STRIDE)
  return { start: Math.max(0, first - OVERSCAN), end: Math.min(count, last + OVERSCAN) }
}

/**
 * The indexes to draw: the window plus pinned cards outside it (the focused card and the one being
 * dragged must stay in the page, or focus and the drag would be lost). Sorted, without repeats.
 */
export function indexesToDraw(window: CardWindow, pinned: readonly number[]): number[] {
  const indexes = new Set<number>()
  for (let i = window.start; i < window.end; i++) indexes.add(i)
  for (const index of pinned) if (index >= 0) indexes.add(index)
  return [...indexes].sort((a, b) => a - b)
}

/** The scrollTop that brings card `index` fully into view, or null when it already is. */
export function scrollTopToReveal(
  index: number,
  scrollTop: number,
  viewportHeight: number,
): number | null {
  const top = index * CARD_STRIDE
  const bottom = top + CARD_HEIGHT
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight
  return null
}
