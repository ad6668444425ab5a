import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { columnJump, createColumnKeyboard } from './keyboard-coordinates'

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
})

const columns = new Map([
  ['thank-you', rect(0, 50, 300, 600)],
  ['check-in', rect(310, 50, 300, 600)],
  ['final', rect(620, 50, 300, 600)],
  ['closed', rect(930, 50, 300, 600)],
])
const card = rect(10, 200, 280, 120)

describe('columnJump', () => {
  it('moves right into the next column, centred, at the same height', () => {
    expect(columnJump('ArrowRight', 'thank-you', columns, card)).toEqual({
      target: 'check-in',
      point: { x: 320, y: 200 },
    })
  })

  it('moves left into the previous column', () => {
    expect(columnJump('ArrowLeft', 'final', columns, card)?.target).toBe('check-in')
  })

  it('stays put at either end of the board', () => {
    expect(columnJump('ArrowLeft', 'thank-you', columns, card)).toBeUndefined()
    expect(columnJump('ArrowRight', 'closed', columns, card)).toBeUndefined()
  })

  it('ignores other keys', () => {
    expect(columnJump('ArrowDown', 'thank-you', columns, card)).toBeUndefined()
  })

  it('keeps the card inside the target column vertically', () => {
    const low = rect(10, 640, 280, 120)
    expect(columnJump('ArrowRight', 'thank-you', columns, low)?.point.y).toBe(530)
    const high = rect(10, 0, 280, 120)
    expect(columnJump('ArrowRight', 'thank-you', columns, high)?.point.y).toBe(50)
  })

  it('stays put when the target column has not been measured', () => {
    const partial = new Map([['thank-you', rect(0, 50, 300, 600)]])
    expect(columnJump('ArrowRight', 'thank-you', partial, card)).toBeUndefined()
  })
})

describe('createColumnKeyboard', () => {
  // dnd-kit's context as it is right after the drag started: over the first column, never updated.
  const staleContext = {
    active: { id: 'c1', data: { current: { stage: 'thank-you' } } },
    collisionRect: card,
    droppableRects: columns,
    over: { id: 'thank-you' },
  }
  const press = (getter: KeyboardCoordinateGetter, code: string) =>
    getter({ code, preventDefault: () => undefined } as KeyboardEvent, {
      active: 'c1',
      currentCoordinates: { x: 0, y: 0 },
      context: staleContext as never,
    })

  it('counts presses that come faster than dnd-kit can tell where the card is', () => {
    const keyboard = createColumnKeyboard()
    press(keyboard.coordinateGetter, 'ArrowRight')
    expect(press(keyboard.coordinateGetter, 'ArrowRight')).toEqual({ x: 630, y: 200 })
    expect(keyboard.target()).toBe('final')
  })

  it('forgets the last drag when a new one starts', () => {
    const keyboard = createColumnKeyboard()
    press(keyboard.coordinateGetter, 'ArrowRight')
    keyboard.reset()
    expect(keyboard.target()).toBeNull()
  })
})
