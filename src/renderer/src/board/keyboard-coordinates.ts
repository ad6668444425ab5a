import type { ClientRect, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core'
import { STAGES, type Stage } from '@shared/domain/interview'

interface Point {
  x: number
  y: number
}

const STEP: Readonly<Record<string, -1 | 1>> = { ArrowLeft: -1, ArrowRight: 1 }

/**
 * Where the dragged card goes when an arrow key is pressed: centred in the neighbouring column,
 * at the same height (kept inside that column). Undefined means "stay put".
 */
export function columnJump(
  code: string,
  from: Stage,
  columnRects: ReadonlyMap<UniqueIdentifier, ClientRect>,
  dragged: ClientRect,
): { target: Stage; point: Point } | undefined {
  const step = STEP[code]
  if (step === undefined) return undefined
  const target = STAGES[STAGES.indexOf(from) + step]
  if (target === undefined) return undefined
  const column = columnRects.get(target)
  if (!column) return undefined
  const lowest = Math.max(column.top, column.bottom - dragged.height)
  const point = {
    x: column.left + (column.width - dragged.width) / 2,
    y: Math.min(Math.max(dragged.top, column.top), lowest),
  }
  return { target, point }
}

export interface ColumnKeyboard {
  coordinateGetter: KeyboardCoordinateGetter
  /** The column the keys last chose in this drag; null for a pointer drag. */
  target(): Stage | null
  /** Call when a drag starts. */
  reset(): void
}

/**
 * dnd-kit's keyboard coordinate getter: left and right jump a whole column, up and down do nothing.
 * It remembers the column it last sent the card to, because dnd-kit works out which column the
 * card is over only after React re-renders, and the next key press (even the drop) can come first.
 */
export function createColumnKeyboard(): ColumnKeyboard {
  let lastTarget: Stage | null = null
  return {
    target: () => lastTarget,
    reset() {
      lastTarget = null
    },
    coordinateGetter(event, { context }) {
      const { active, collisionRect, droppableRects, over } = context
      if (event.code === 'ArrowUp' || event.code === 'ArrowDown') event.preventDefault()
      if (!active || !collisionRect) return undefined
      const from = lastTarget ?? ((over?.id ?? active.data.current?.stage) as Stage)
      const jump = columnJump(event.code, from, droppableRects, collisionRect)
      if (!jump) return undefined
      lastTarget = jump.target
      return jump.point
    },
  }
}
