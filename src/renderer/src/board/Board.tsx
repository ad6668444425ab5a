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
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { useState } from 'react'
import { useStore } from 'zustand'
import { STAGES, type Stage } from '@shared/domain/interview'
import { useBoard, useBoardActions } from '../state/board-context'
import { selectReadOnly, selectWaitingForRest } from '../state/selectors'
import { CardViewContent } from './CardContent'
import { Column } from './Column'
import { DragAnnouncer, SILENT } from './DragAnnouncer'
import { screenReaderInstructions } from './drag-announcements'
import {
  DragSources,
  createDragStore,
  dragMoved,
  dragStarted,
  dragStopped,
  type DragStore,
} from './drag-state'
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
  const readOnly = useBoard(selectReadOnly)
  // Busy while only the first screen is in; the rest of the cards are on their way.
  const busy = useBoard(selectWaitingForRest)
  const [drag] = useState(createDragStore)
  const dragging = useStore(drag, (s) => s.activeId !== null)
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
    dragStarted(drag, String(active.id), active.data.current?.stage as Stage)
  }
  const onDragOver = ({ over }: DragOverEvent) => dragMoved(drag, over?.id ?? null)
  // A keyboard drag lands where the keys chose, even if dnd-kit has not caught up yet.
  const [dropTarget] = useState(
    () => (over: { id: UniqueIdentifier } | null) =>
      keyboard.target() ?? (over ? (over.id as Stage) : null),
  )
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    dragStopped(drag)
    const target = dropTarget(over)
    if (target) actions.requestMove(String(active.id), target)
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => dragStopped(drag)}
    >
      <DragSources drag={drag} disabled={readOnly}>
        <div className={`board${dragging ? ' board--dragging' : ''}`} aria-busy={busy}>
          {STAGES.map((stage) => (
            <Column key={stage} stage={stage} />
          ))}
        </div>
      </DragSources>
      <DragAnnouncer dropTarget={dropTarget} />
      <DragOverlay className="card-overlay">
        <DraggedCard drag={drag} />
      </DragOverlay>
    </DndContext>
  )
}

function DraggedCard({ drag }: { drag: DragStore }) {
  const id = useStore(drag, (s) => s.activeId) ?? ''
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
