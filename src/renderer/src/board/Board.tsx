import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { useState } from 'react'
import { STAGES, type Stage } from '../../../shared/domain/interview'
import { useBoard, useBoardActions } from '../state/board-context'
import { CardViewContent } from './CardContent'
import { Column } from './Column'
import { DragAnnouncer, SILENT } from './DragAnnouncer'
import { screenReaderInstructions } from './drag-announcements'
import { createColumnKeyboard } from './keyboard-coordinates'
import { useCardView } from './use-card-view'

// Space picks a card up; Enter is kept for opening it. Either drops it.
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] }

// DragAnnouncer speaks instead of dnd-kit's own live region (see there why).
const accessibility = { announcements: SILENT, screenReaderInstructions }

/** The pointer decides when there is one; the keyboard moves a rectangle, so overlap decides. */
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args)
  return hits.length > 0 ? hits : rectIntersection(args)
}

export function Board() {
  const actions = useBoardActions()
  const [activeId, setActiveId] = useState<string | null>(null)
  const [keyboard] = useState(createColumnKeyboard)

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click still opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: keyboard.coordinateGetter,
      keyboardCodes: KEYBOARD_CODES,
    }),
  )

  const onDragStart = ({ active }: DragStartEvent) => {
    keyboard.reset()
    setActiveId(String(active.id))
  }
  // A keyboard drag lands where the keys chose, even if dnd-kit has not caught up yet.
  const [dropTarget] = useState(
    () => (over: { id: UniqueIdentifier } | null) =>
      keyboard.target() ?? (over ? (over.id as Stage) : null),
  )
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null)
    const target = dropTarget(over)
    if (target) actions.requestMove(String(active.id), target)
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
    >
      <div className="board">
        {STAGES.map((stage) => (
          <Column key={stage} stage={stage} />
        ))}
      </div>
      <DragAnnouncer dropTarget={dropTarget} />
      <DragOverlay className="card-overlay">
        {activeId !== null && <DraggedCard id={activeId} />}
      </DragOverlay>
    </DndContext>
  )
}

function DraggedCard({ id }: { id: string }) {
  const card = useBoard((s) => s.cards[id])
  const homeTimeZone = useBoard((s) => s.settings.timeZone)
  const view = useCardView(card)
  if (!card || !view) return null
  return (
    <div className={`card card--lifted card--${view.dueState}`}>
      <CardViewContent card={card} view={view} homeTimeZone={homeTimeZone} />
    </div>
  )
}
