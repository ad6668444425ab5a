import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import { STAGE_LABELS, type Stage } from '@shared/domain/interview'
import { useBoard, useBoardActions } from '../state/board-context'
import { selectVisibleCards, selectWaitingForRest } from '../state/selectors'
import { BoardCard } from './BoardCard'
import { useDrag, useDragHandles } from './drag-state'
import {
  CARD_HEIGHT,
  CARD_STRIDE,
  indexesToDraw,
  scrollTopToReveal,
  visibleWindow,
} from './card-window'
import { focusCardWhenDrawn } from './focus-card'
import { STAGE_HINTS } from './stage-hints'

export const Column = memo(function Column({ stage }: { stage: Stage }) {
  // Deferred: typing in the search box stays responsive while long columns re-render behind it.
  const ids = useDeferredValue(useBoard(useShallow((s) => selectVisibleCards(s).byStage[stage])))
  const searching = useBoard((s) => s.query.trim() !== '')
  // While only the first screen is in, the count and the scroll height are the whole column's.
  const onTheWay = useBoard((s) =>
    s.onTheWay && !searching && !s.dueOnly ? s.onTheWay.byStage[stage] : 0,
  )
  const waiting = useBoard(selectWaitingForRest)
  const count = ids.length + onTheWay
  const { setColumnNode } = useDragHandles()
  // Hovering a card over its own column is not a move, so it is not highlighted as one.
  const isTarget = useDrag((s) => s.over === stage && s.source !== stage)
  // The lifted card stays drawn while it is away (see CardList).
  const draggedId = useDrag((s) => (s.source === stage ? s.activeId : null))
  const titleId = `column-${stage}-title`
  const columnRef = useCallback(
    (node: HTMLElement | null) => setColumnNode(stage, node),
    [setColumnNode, stage],
  )

  return (
    <section
      ref={columnRef}
      data-testid={`column-${stage}`}
      className={`column column--${stage}${isTarget ? ' column--target' : ''}`}
      aria-labelledby={titleId}
    >
      <header className="column__header">
        <div className="column__title-row">
          <span className={`stage-dot stage-dot--${stage}`} aria-hidden="true" />
          <h2 className="column__title" id={titleId}>
            {STAGE_LABELS[stage]}
          </h2>
          <span className="column__count" data-testid="column-count">
            {count}
          </span>
        </div>
        <p className="column__hint" title={STAGE_HINTS[stage]}>
          {STAGE_HINTS[stage]}
        </p>
      </header>
      {count > 0 ? (
        <CardList ids={ids} rows={count} titleId={titleId} draggedId={draggedId} />
      ) : (
        // Which line shows is up to the board's dragging class, so a drag renders no empty column.
        <p className="column__empty">
          <span className="column__empty-idle">
            {!searching ? 'Nothing here yet' : waiting ? 'Searching…' : 'No matches'}
          </span>
          <span className="column__empty-drop">Drop here</span>
        </p>
      )}
    </section>
  )
})

interface CardListProps {
  ids: readonly string[]
  /** Cards in the column, of which `ids` may be only the first (see BoardState.onTheWay). */
  rows: number
  titleId: string
  draggedId: string | null
}

/** The column's cards, drawn only where the scroll box shows them (see card-window.ts). */
function CardList({ ids, rows, titleId, draggedId }: CardListProps) {
  const actions = useBoardActions()
  const reveal = useBoard((s) => s.revealRequest)
  const scrollRef = useRef<HTMLDivElement>(null)
  const handledReveal = useRef(0)
  // Null until the box is measured: a first render with no cards lays out cheaply, and the cards
  // that fit are drawn in the same frame, before anything is painted.
  const [view, setView] = useState<ScrollView | null>(null)
  const [focusedId, setFocusedId] = useState<string | null>(null)

  useLayoutEffect(() => {
    const box = scrollRef.current
    if (!box) return
    const measure = () => setView((old) => nextView(old, box))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    return () => observer.disconnect()
  }, [])

  // Waits for the card to be in this column: a moved card arrives a render later (deferred ids).
  useEffect(() => {
    const box = scrollRef.current
    if (!box || !reveal || handledReveal.current === reveal.seq) return
    const index = ids.indexOf(reveal.cardId)
    if (index < 0) return
    handledReveal.current = reveal.seq
    const top = scrollTopToReveal(index, box.scrollTop, box.clientHeight)
    if (top !== null) box.scrollTop = top
    focusCardWhenDrawn(reveal.cardId)
  }, [reveal, ids])

  const pinned = [focusedId, draggedId].map((id) => (id === null ? -1 : ids.indexOf(id)))
  const shown = view ? visibleWindow(view.scrollTop, view.height, rows) : NOTHING
  const drawn = indexesToDraw(shown, pinned)

  const onFocus = (event: FocusEvent) => {
    const slot = (event.target as Element).closest('[data-card-slot]')
    setFocusedId(slot?.getAttribute('data-card-slot') ?? null)
  }
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedId(null)
  }
  // Up and down walk the column, so every card is in reach without drawing them all for Tab.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    const target = event.target as HTMLElement
    if (step === 0 || draggedId !== null || target.dataset.testid !== 'card') return
    const next = ids[ids.indexOf(target.dataset.cardId ?? '') + step]
    event.preventDefault()
    if (next) actions.reveal(next)
  }

  return (
    <div
      ref={scrollRef}
      className="column__scroll"
      onScroll={(e) => {
        const box = e.currentTarget
        setView((old) => nextView(old, box))
      }}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <ul
        className="column__cards"
        aria-labelledby={titleId}
        style={{ height: rows * CARD_STRIDE }}
      >
        {drawn.map((index) =>
          index < ids.length ? (
            <BoardCard key={ids[index]} id={ids[index]!} index={index} setSize={rows} />
          ) : (
            <WaitingSlot key={`waiting-${index}`} index={index} />
          ),
        )}
      </ul>
    </div>
  )
}

/** Where a card still on its way from main will be drawn. */
function WaitingSlot({ index }: { index: number }) {
  return (
    <li
      className="card-slot card-slot--waiting"
      aria-hidden="true"
      style={{ height: CARD_HEIGHT, transform: `translateY(${index * CARD_STRIDE}px)` }}
    />
  )
}

interface ScrollView {
  scrollTop: number
  height: number
}

const NOTHING = { start: 0, end: 0 }

/** The box's scroll and height, or the old ones when the same rows of cards are in view. */
function nextView(old: ScrollView | null, box: HTMLElement): ScrollView {
  const next = { scrollTop: box.scrollTop, height: box.clientHeight }
  const rows = (v: ScrollView) =>
    `${Math.floor(v.scrollTop / CARD_STRIDE)}:${Math.ceil((v.scrollTop + v.height) / CARD_STRIDE)}:${v.height > 0}`
  return old && rows(old) === rows(next) ? old : next
}
