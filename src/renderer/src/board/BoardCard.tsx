import { memo, type KeyboardEvent, type PointerEvent } from 'react'
import type { Card } from '@shared/domain/card'
import { useBoard, useBoardActions } from '../state/board-context'
import { selectReadOnly } from '../state/selectors'
import { CardViewContent } from './CardContent'
import { CARD_HEIGHT, CARD_STRIDE } from './card-window'
import { useDrag, useDragHandles } from './drag-state'
import { MoveMenu } from './MoveMenu'
import { useCardView, type CardView } from './use-card-view'

interface BoardCardProps {
  id: string
  /** Place in the column; the list draws only some cards, so each is positioned by its index. */
  index: number
  setSize: number
}

/** One card in a column, looked up by id so that a change to another card does not render this one. */
export const BoardCard = memo(function BoardCard({ id, index, setSize }: BoardCardProps) {
  const card = useBoard((s) => s.cards[id])
  const homeTimeZone = useBoard((s) => s.settings.timeZone)
  const selected = useBoard((s) => s.selectedCardId === id)
  const readOnly = useBoard(selectReadOnly)
  const view = useCardView(card)
  if (!card || !view) return null
  return (
    <li
      className="card-slot"
      data-card-slot={id}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ height: CARD_HEIGHT, transform: `translateY(${index * CARD_STRIDE}px)` }}
    >
      <DraggableCard
        card={card}
        view={view}
        homeTimeZone={homeTimeZone}
        selected={selected}
        readOnly={readOnly}
      />
      <MoveMenu card={card} disabled={readOnly} />
    </li>
  )
})

interface DraggableCardProps {
  card: Card
  view: CardView
  homeTimeZone: string
  selected: boolean
  /** Nothing can be saved, so the card opens but cannot be picked up. */
  readOnly: boolean
}

/**
 * The card itself is the drag handle and the button that opens it: a click or Enter opens it,
 * Space or a pointer drag picks it up. (Space cannot open it: dnd-kit claims it.) It borrows the
 * board's one draggable only when picked up (see drag-state.tsx), so other drags leave it alone.
 */
function DraggableCard({ card, view, homeTimeZone, selected, readOnly }: DraggableCardProps) {
  const actions = useBoardActions()
  const drag = useDragHandles()
  const isDragging = useDrag((s) => s.activeId === card.id)
  const open = () => actions.navigate({ kind: 'select', cardId: card.id })
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault()
      open()
      return
    }
    if (!readOnly) drag.onKeyDown(event, card.id, card.stage)
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!readOnly) drag.onPointerDown(event, card.id, card.stage)
  }

  const className = [
    'card',
    `card--${view.dueState}`,
    selected && 'card--selected',
    isDragging && 'card--placeholder',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <div
      data-testid="card"
      data-card-id={card.id}
      data-stage={card.stage}
      data-due-state={view.dueState}
      className={className}
      aria-label={view.label}
      role="button"
      tabIndex={0}
      aria-pressed={isDragging || undefined}
      // Read-only, it still opens: no instructions for moving it.
      aria-roledescription={readOnly ? 'card' : 'draggable card'}
      aria-describedby={readOnly ? undefined : drag.describedBy}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onClick={open}
    >
      <CardViewContent card={card} view={view} homeTimeZone={homeTimeZone} />
    </div>
  )
}
