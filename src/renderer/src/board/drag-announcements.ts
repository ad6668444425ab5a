import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core'
import { STAGE_LABELS, type Stage } from '@shared/domain/interview'
import { type Card } from '@shared/domain/card'

type CardName = Pick<Card, 'company' | 'position'>

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'Press Enter to open this card. To move it, press Space, choose a column with the left and right ' +
    'arrow keys, then press Space or Enter to drop it, or Escape to cancel.',
}

export function pickedUp(card: CardName, from: Stage): string {
  return (
    `Picked up ${card.company}, ${card.position}. In ${STAGE_LABELS[from]}. ` +
    'Use the left and right arrow keys to choose a column, Space or Enter to drop, Escape to cancel.'
  )
}

export function movedOver(card: CardName, from: Stage, over: Stage | null): string {
  if (over === null) return `${card.company} is not over a column.`
  if (over === from) return `${card.company} is back in ${STAGE_LABELS[from]}.`
  return `${card.company} is over ${STAGE_LABELS[over]}.`
}

export function dropped(card: CardName, from: Stage, over: Stage | null): string {
  if (over === null || over === from) return `${card.company} stays in ${STAGE_LABELS[from]}.`
  if (over === 'closed') return `${card.company} dropped on Closed. Choose an outcome to close it.`
  return `Dropped ${card.company} in ${STAGE_LABELS[over]}.`
}

export function cancelled(card: CardName, from: Stage): string {
  return `Cancelled. ${card.company} stays in ${STAGE_LABELS[from]}.`
}

/**
 * Live announcements naming the card and the columns. The column a drag started from is
 * remembered, because by the time the drop is announced the store may already have moved the card;
 * so is the column last announced, so "picked up" is not drowned by "over the same column".
 */
export function createAnnouncements(
  lookup: (id: UniqueIdentifier) => (CardName & { stage: Stage }) | undefined,
  dropTarget: (over: { id: UniqueIdentifier } | null) => Stage | null = (over) =>
    over ? (over.id as Stage) : null,
): Announcements {
  let from: Stage = 'thank-you'
  let lastOver: Stage | null = null
  const stageOf = (over: { id: UniqueIdentifier } | null) => (over ? (over.id as Stage) : null)
  const named = (id: UniqueIdentifier) => lookup(id) ?? { company: 'The card', position: '' }
  return {
    onDragStart({ active }) {
      const card = lookup(active.id)
      if (!card) return undefined
      from = card.stage
      lastOver = from
      return pickedUp(card, from)
    },
    onDragOver({ active, over }) {
      const stage = stageOf(over)
      if (stage === lastOver) return undefined
      lastOver = stage
      return movedOver(named(active.id), from, stage)
    },
    onDragEnd: ({ active, over }) => dropped(named(active.id), from, dropTarget(over)),
    onDragCancel: ({ active }) => cancelled(named(active.id), from),
  }
}
