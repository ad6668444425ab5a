import { useDraggable } from '@dnd-kit/core'
import { memo, useMemo, type KeyboardEvent } from 'react'
import type { Card } from '../../../shared/domain/interview'
import { formatInterviewTime } from '../../../shared/domain/zoned-time'
import { useBoard, useBoardActions } from '../state/board-context'
import { CardContent } from './CardContent'
import { CARD_HEIGHT, CARD_STRIDE } from './card-window'
import { MoveMenu } from './MoveMenu'
import { cardLabel } from './card-label'

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
  // Worked out here, once per change of the card: the draggable below re-renders during every drag.
  const text = useMemo(() => {
    if (!card) return null
    const when = formatInterviewTime(card.time.start, card.time.timeZone)
    return { when, label: cardLabel(card, when) }
  }, [card])
  if (!card || !text) return null
  return (
    <li
      className="card-slot"
      data-card-slot={id}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ height: CARD_HEIGHT, transform: `translateY(${index * CARD_STRIDE}px)` }}
    >
      <DraggableCard card={card} {...text} homeTimeZone={homeTimeZone} selected={selected} />
      <MoveMenu card={card} />
    </li>
  )
})

interface DraggableCardProps {
  card: Card
  when: string
  label: string
  homeTimeZone: string
  selected: boolean
}

/**
 * The card itself is the drag handle and the button that opens it: a click or Enter opens it,
 * Space or a pointer drag picks it up. (Space cannot open it: dnd-kit claims it.)
 */
function DraggableCard({ card, when, label, homeTimeZone, selected }: DraggableCardProps) {
  const actions = useBoardActions()
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: card.id,
    data: { stage: card.stage },
    attributes: { roleDescription: 'draggable card' },
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

  const className = ['card', selected && 'card--selected', isDragging && 'card--placeholder']
    .filter(Boolean)
    .join(' ')
  return (
    <div
      ref={setNodeRef}
      data-testid="card"
      data-card-id={card.id}
      data-stage={card.stage}
      className={className}
      aria-label={label}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={open}
    >
      <CardContent card={card} when={when} homeTimeZone={homeTimeZone} />
    </div>
  )
}
