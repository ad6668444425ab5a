import { describe, expect, it } from 'vitest'
import {
  CARD_HEIGHT,
  CARD_STRIDE,
  indexesToDraw,
  scrollTopToReveal,
  visibleWindow,
} from './card-window'

describe('visibleWindow', () => {
  it('covers the cards in view plus a few on either side', () => {
    expect(visibleWindow(0, CARD_STRIDE * 5, 100)).toEqual({ start: 0, end: 9 })
    expect(visibleWindow(CARD_STRIDE * 50, CARD_STRIDE * 5, 100)).toEqual({ start: 46, end: 59 })
  })

  it('never goes past the ends of the column', () => {
    expect(visibleWindow(CARD_STRIDE * 98, CARD_STRIDE * 5, 100)).toEqual({ start: 94, end: 100 })
    expect(visibleWindow(0, 600, 3)).toEqual({ start: 0, end: 3 })
  })

  it('assumes a tall view before the column is measured', () => {
    expect(visibleWindow(0, 0, 100).end).toBeGreaterThan(8)
  })
})

describe('indexesToDraw', () => {
  it('adds pinned cards outside the window, in order and once', () => {
    expect(indexesToDraw({ start: 2, end: 5 }, [40, 3, -1])).toEqual([2, 3, 4, 40])
  })
})

describe('scrollTopToReveal', () => {
  it('scrolls up or down just enough to show the whole card', () => {
    const view = CARD_STRIDE * 4
    expect(scrollTopToReveal(1, CARD_STRIDE * 3, view)).toBe(CARD_STRIDE)
    expect(scrollTopToReveal(10, 0, view)).toBe(10 * CARD_STRIDE + CARD_HEIGHT - view)
    expect(scrollTopToReveal(2, 0, view)).toBeNull()
  })
})
