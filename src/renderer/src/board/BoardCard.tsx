import { useDraggable } from '@dnd-kit/core'
import { memo, type KeyboardEvent } from 'react'
import type { Card } from '../../../shared/domain/interview'
import { useBoard, useBoardActions } from '../state/board-context'
import { selectReadOnly } from '../state/selectors'
import { CardViewContent } from './CardContent'
import { CARD_HEIGHT, CARD_STRIDE } from './card-window'
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
  // Worked out here, once per change of the card: the draggable below re-renders during every drag.
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
 * Space or a pointer drag picks it up. (Space cannot open it: dnd-kit claims it.)
 */
function DraggableCard({ card, view, homeTimeZone, selected, readOnly }: DraggableCardProps) {
  const actions = useBoardActions()
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: card.id,
    data: { stage: card.stage },
    disabled: readOnly,
    attributes: { roleDescription: readOnly ? 'card' : 'draggable card' },
  })
  const open = () => actions.navigate({ kind: 'select', cardId: card.id })
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault()
      open()
      return
    }
    listeners?.onKeyDown?.(event)
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
      ref={setNodeRef}
      data-testid="card"
      data-card-id={card.id}
      data-stage={card.stage}
      data-due-state={view.dueState}
      className={className}
      aria-label={view.label}
      {...attributes}
      // Read-only, it still opens: not "disabled", and no instructions for moving it.
      aria-disabled={undefined}
      aria-describedby={readOnly ? undefined : attributes['aria-describedby']}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={open}
    >
      <CardViewContent card={card} view={view} homeTimeZone={homeTimeZone} />
    </div>
  )
}
