import { nextAction } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { listNames } from '../common/list-names'

/**
 * A card's accessible name: the company first, then what a sighted person reads on it.
 * `when` is the interview time as the card shows it; `due` is its follow-up line, if it has one,
 * and `dueFor` who that follow-up is for.
 */
export function cardLabel(
  card: Card,
  when: string,
  due: string | null = nextAction(card),
  dueFor: string | null = null,
): string {
  const parts = [`${card.company}, ${card.position}.`, `Interview ${when}.`]
  if (card.sample) parts.splice(1, 0, 'Sample interview.')
  if (card.interviewers.length > 0) {
    parts.push(`With ${listNames(card.interviewers.map((person) => person.name))}.`)
  }
  // A closed card says how it ended ("Closed: Offer"), then any stay-in-touch nudge.
  const outcome = card.outcome === null ? null : nextAction(card)
  if (outcome !== null) parts.push(`${outcome}.`)
  if (due !== null && due !== outcome) parts.push(`${due}.`)
  if (dueFor !== null) parts.push(`${dueFor}.`)
  return parts.join(' ')
}
