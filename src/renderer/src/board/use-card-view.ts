import { useMemo } from 'react'
import type { Card } from '@shared/domain/card'
import { formatInterviewTime } from '@shared/domain/zoned-time'
import { useBoard } from '../state/board-context'
import { planOf, summarizeDue, type CardDueState } from '../state/plans'
import { cardLabel } from './card-label'
import { dueFor, dueLine, dueSentence, type DueLine } from './due-text'

export interface CardView {
  /** The interview time, in the interview's own zone. */
  when: string
  label: string
  dueState: CardDueState
  due: DueLine | null
  /** Who the due follow-up is for, and how: the line's tooltip. */
  dueFor: string | null
}

/**
 * What a card shows, worked out once per change of the card, the settings or the minute: the
 * draggable card re-renders during every drag, and this must not run then. The plan itself comes
 * from the shared per-card cache.
 */
export function useCardView(card: Card | undefined): CardView | null {
  const settings = useBoard((s) => s.settings)
  const now = useBoard((s) => s.now)
  return useMemo(() => {
    if (!card) return null
    const at = new Date(now)
    const summary = summarizeDue(planOf(card, settings), at, settings.timeZone)
    const due = dueLine(summary, card, at, settings.timeZone)
    const forWhom = dueFor(summary, card)
    const when = formatInterviewTime(card.time.start, card.time.timeZone)
    return {
      when,
      label: cardLabel(card, when, due ? dueSentence(due) : null, forWhom),
      dueState: summary.state,
      due,
      dueFor: forWhom,
    }
  }, [card, settings, now])
}
