import { createCard, moveCard } from '../domain/board'
import type { Channel, Interviewer, Outcome, Stage } from '../domain/interview'
import type { Card } from '../domain/card'
import { sampleDetails } from '../test-support/sample-details'
import { sendAndAdvance } from './advance'
import { emptyFollowUps } from '../domain/follow-up-state'
import type { FollowUpState } from '../domain/follow-up-state'

/** Builders for the cadence tests. Only tests import this file. */

export const CARD_ID = 'card-1'

export function person(id: string, preferredChannel: Channel = 'email'): Interviewer {
  return {
    id,
    name: `Interviewer ${id}`,
    title: '',
    email: `${id}@example.com`,
    phone: '',
    linkedinUrl: '',
    preferredChannel,
  }
}

export interface CardSpec {
  /** When the interview ended (an instant). */
  end: string
  timeZone?: string
  interviewers?: Interviewer[]
  decisionDate?: string | null
  topics?: string[]
}

export function newCard(spec: CardSpec): Card {
  const end = new Date(spec.end)
  const details = sampleDetails({
    time: {
      start: new Date(end.getTime() - 45 * 60_000).toISOString(),
      end: end.toISOString(),
      timeZone: spec.timeZone ?? 'Europe/Berlin',
    },
    interviewers: spec.interviewers ?? [person('iv-1')],
    decisionDate: spec.decisionDate ?? null,
    ...(spec.topics ? { topics: spec.topics } : {}),
  })
  return createCard(details, CARD_ID, end)
}

/** Drags the card by hand, as the board does. */
export function dragTo(card: Card, stage: Stage, at: string, outcome: Outcome | null = null): Card {
  return moveCard(card, stage, outcome, new Date(at))
}

export interface Tracked {
  card: Card
  followUps: FollowUpState
}

export function tracked(card: Card, followUps: FollowUpState = emptyFollowUps()): Tracked {
  return { card, followUps }
}

/** Marks the current stage sent to everyone at `at`, letting the card move on by itself. */
export function sendAll({ card, followUps }: Tracked, at: string): Tracked {
  return sendAndAdvance(card, followUps, card.stage, 'all', new Date(at))
}

export function sendTo({ card, followUps }: Tracked, interviewerId: string, at: string): Tracked {
  return sendAndAdvance(card, followUps, card.stage, [interviewerId], new Date(at))
}
