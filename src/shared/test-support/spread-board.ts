import { createCard, moveCard } from '../domain/board'
import { STAGES } from '../domain/interview'
import { type Card } from '../domain/card'
import { sampleDetails } from './sample-details'

const CREATED = new Date('2026-11-01T09:00:00Z')

/**
 * `count` interviews spread over the four columns and November 2026, with ties in interview time,
 * some without interviewers (nothing planned) and every tenth a sample: a board whose column order
 * exercises every rule of boardOrder.
 */
export function spreadBoard(count: number): Card[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(1 + ((i * 7) % 28)).padStart(2, '0')
    const details = sampleDetails({
      company: `Company ${i}`,
      time: {
        start: `2026-11-${day}T14:00:00.000Z`,
        end: `2026-11-${day}T14:45:00.000Z`,
        timeZone: 'Europe/Berlin',
      },
      ...(i % 9 === 0 ? { interviewers: [] } : {}),
    })
    const stage = STAGES[i % STAGES.length]!
    const card = createCard(details, `card-${String(i).padStart(4, '0')}`, CREATED)
    const moved =
      stage === 'thank-you'
        ? card
        : moveCard(card, stage, stage === 'closed' ? 'offer' : null, CREATED)
    return i % 10 === 0 ? { ...moved, sample: true } : moved
  })
}
