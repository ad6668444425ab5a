import { useDraggable, useDroppable, type UniqueIdentifier } from '@dnd-kit/core'
import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react'
import { flushSync } from 'react-dom'
import { createStore, useStore, type StoreApi } from 'zustand'
import { STAGES, type Stage } from '@shared/domain/interview'

/*
 * dnd-kit's useDraggable and useDroppable re-render every component that calls them whenever the
 * drag changes (it starts, crosses a column, ends). With one hook per card, every card on the board
 * re-rendered during each drag. Here dnd-kit's hooks live in a few components that draw nothing:
 * one draggable, lent to whichever card is picked up, and one droppable per column. What cards and
 * columns need to know (is this card lifted? is this column the target?) comes from a small store
 * they subscribe to by selector, so only the lifted card and the source and target columns change.
 */

export interface DragState {
  activeId: string | null
  /** The column the lifted card comes from. */
  source: Stage | null
  /** The column under the card now. */
  over: Stage | null
}

export type DragStore = StoreApi<DragState>

const IDLE: DragState = { activeId: null, source: null, over: null }

export function createDragStore(): DragStore {
  return createStore<DragState>(() => IDLE)
}

export const dragStarted = (store: DragStore, id: string, source: Stage) =>
  store.setState({ activeId: id, source, over: source })
export const dragMoved = (store: DragStore, over: UniqueIdentifier | null) =>
  store.setState({ over: over === null ? null : (over as Stage) })
export const dragStopped = (store: DragStore) => store.setState(IDLE)

interface Handles {
  drag: DragStore
  /** Starts a pointer drag of the card the event is on (dnd-kit waits for a few pixels). */
  onPointerDown(event: PointerEvent<HTMLElement>, id: string, stage: Stage): void
  /** Space picks the card up (dnd-kit's keyboard sensor). */
  onKeyDown(event: KeyboardEvent<HTMLElement>, id: string, stage: Stage): void
  /** dnd-kit's hidden instructions for screen readers, for aria-describedby. */
  describedBy: string | undefined
  setColumnNode(stage: Stage, node: HTMLElement | null): void
}

const HandlesContext = createContext<Handles | null>(null)

function useHandles(): Handles {
  const handles = useContext(HandlesContext)
  if (!handles) throw new Error('Cards and columns must be inside <DragSources>')
  return handles
}

/** Subscribes to one slice of the drag. */
export function useDrag<T>(selector: (state: DragState) => T): T {
  return useStore(useHandles().drag, selector)
}

export function useDragHandles(): Omit<Handles, 'drag'> {
  return useHandles()
}

interface Lent {
  id: string
  stage: Stage
}

const NOBODY = '\u0000none'

/**
 * dnd-kit's draggable, lent to the card a drag starts on; plus the columns' droppables. Must be
 * inside DndContext; its children (the board) do not re-render when the drag changes.
 */
export function DragSources({
  drag,
  disabled,
  children,
}: {
  drag: DragStore
  disabled: boolean
  children: ReactNode
}) {
  const [lent, setLent] = useState<Lent | null>(null)
  const draggable = useDraggable({
    id: lent?.id ?? NOBODY,
    data: { stage: lent?.stage },
    disabled: disabled || lent === null,
  })
  // Read by the stable handlers below; updated as dnd-kit re-renders this component.
  const latest = useRef(draggable)
  useLayoutEffect(() => {
    latest.current = draggable
  })
  const [columns] = useState<ColumnNodes>(() => ({ nodes: new Map(), setters: new Map() }))

  const [handles] = useState<Handles>(() => {
    /** Hands the draggable to this card, synchronously, so dnd-kit sees it in this very event. */
    const lend = (element: HTMLElement, id: string, stage: Stage) => {
      latest.current.setNodeRef(element)
      flushSync(() =>
        setLent((now) => (now?.id === id && now.stage === stage ? now : { id, stage })),
      )
    }
    return {
      drag,
      describedBy: draggable.attributes['aria-describedby'],
      onPointerDown(event, id, stage) {
        if (drag.getState().activeId !== null || event.button !== 0) return
        lend(event.currentTarget, id, stage)
        latest.current.listeners?.onPointerDown?.(event)
      },
      onKeyDown(event, id, stage) {
        if (drag.getState().activeId !== null) return
        if (event.code !== 'Space' && event.key !== ' ') return
        lend(event.currentTarget, id, stage)
        latest.current.listeners?.onKeyDown?.(event)
      },
      setColumnNode(stage, node) {
        columns.nodes.set(stage, node)
        columns.setters.get(stage)?.(node)
      },
    }
  })

  return (
    <HandlesContext.Provider value={handles}>
      {children}
      {STAGES.map((stage) => (
        <ColumnDroppable key={stage} stage={stage} columns={columns} />
      ))}
    </HandlesContext.Provider>
  )
}

/** The column elements, and how to hand each to its droppable, whichever mounts first. */
interface ColumnNodes {
  nodes: Map<Stage, HTMLElement | null>
  setters: Map<Stage, (node: HTMLElement | null) => void>
}

/** One column's droppable, attached to the column element that the column itself draws. */
function ColumnDroppable({ stage, columns }: { stage: Stage; columns: ColumnNodes }) {
  const { setNodeRef } = useDroppable({ id: stage })
  useLayoutEffect(() => {
    columns.setters.set(stage, setNodeRef)
    setNodeRef(columns.nodes.get(stage) ?? null)
    return () => {
      columns.setters.delete(stage)
    }
  }, [stage, columns, setNodeRef])
  return null
}
