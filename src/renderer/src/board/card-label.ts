import { nextAction } from '../../../shared/domain/board'
import type { Card } from '../../../shared/domain/interview'
import { listNames } from '../common/list-names'

/**
 * A card's accessible name: the company first, then what a sighted person reads on it.
 * `when` is the interview time as the card shows it.
 */
export function cardLabel(card: Card, when: string): string {
  const parts = [`${card.company}, ${card.position}.`, `Interview ${when}.`]
  if (card.interviewers.length > 0) {
    parts.push(`With ${listNames(card.interviewers.map((person) => person.name))}.`)
  }
  parts.push(`${nextAction(card)}.`)
  return parts.join(' ')
}
