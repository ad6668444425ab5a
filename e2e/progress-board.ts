import { sendAndAdvance } from '@shared/cadence/advance'
import { createCard, moveCard } from '@shared/domain/board'
import type { Outcome } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { emptyStore, type StoreData } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { writeStoreFile } from './fixtures'

/** Wednesday 25 November 2026, 11:00 in Berlin (the board's time zone): "this week" began on the 23rd. */
export const PROGRESS_NOW = '2026-11-25T10:00:00Z'

interface History {
  company: string
  position: string
  /** Interview start (UTC); it lasts 45 minutes. */
  start: string
  people?: string[]
  /** Each instant sends the card's current stage to everyone (thank-you, check-in, final, in turn). */
  sent?: string[]
  closed?: [Outcome, string]
}

/**
 * Ten interviews with a known history. Late: Contoso's thank-you (two days after) and Tailspin's
 * check-in (two days after its due day). Past due now, unsent: Northwind's thank-you and Adventure
 * Works' check-in. Litware's interview is older than the twelve weeks shown.
 */
export const PROGRESS_BOARD: History[] = [
  { company: 'Northwind Analytics', position: 'Data Engineer', start: '2026-11-23T09:00:00Z' },
  {
    company: 'Alpine Ski House',
    position: 'Mobile Developer',
    start: '2026-11-24T13:00:00Z',
    sent: ['2026-11-24T17:00:00Z'],
  },
  {
    company: 'Fabrikam Robotics',
    position: 'Firmware Engineer',
    start: '2026-11-19T13:00:00Z',
    people: ['Jonas Weber', 'Mei Chen'],
    sent: ['2026-11-19T18:00:00Z'],
  },
  {
    company: 'Contoso Health',
    position: 'Product Designer',
    start: '2026-11-10T09:00:00Z',
    sent: ['2026-11-12T10:00:00Z', '2026-11-19T16:00:00Z'],
  },
  {
    company: 'Adventure Works',
    position: 'Backend Engineer',
    start: '2026-11-12T14:00:00Z',
    sent: ['2026-11-12T18:00:00Z'],
  },
  {
    company: 'Tailspin Toys',
    position: 'Frontend Engineer',
    start: '2026-10-27T10:00:00Z',
    sent: ['2026-10-27T15:00:00Z', '2026-11-05T09:00:00Z', '2026-11-12T08:00:00Z'],
    closed: ['rejected', '2026-11-20T09:00:00Z'],
  },
  {
    company: 'Proseware',
    position: 'Platform Engineer',
    start: '2026-10-20T09:00:00Z',
    sent: ['2026-10-20T12:00:00Z'],
    closed: ['withdrew', '2026-10-22T09:00:00Z'],
  },
  {
    company: 'Coho Winery',
    position: 'Data Analyst',
    start: '2026-10-13T12:00:00Z',
    sent: ['2026-10-13T17:00:00Z'],
    closed: ['offer', '2026-10-30T09:00:00Z'],
  },
  {
    company: 'Wide World Importers',
    position: 'QA Lead',
    start: '2026-09-15T09:00:00Z',
    closed: ['rejected', '2026-10-01T09:00:00Z'],
  },
  {
    company: 'Litware',
    position: 'Engineering Manager',
    start: '2026-08-20T09:00:00Z',
    sent: ['2026-08-20T15:00:00Z'],
    closed: ['no-response', '2026-10-10T09:00:00Z'],
  },
]

function build(history: History, i: number): Card {
  const end = new Date(Date.parse(history.start) + 45 * 60_000)
  const details = sampleDetails({
    company: history.company,
    position: history.position,
    time: { start: history.start, end: end.toISOString(), timeZone: 'Europe/Berlin' },
    interviewers: (history.people ?? ['Priya Raman']).map((name, j) => ({
      ...sampleDetails().interviewers[0]!,
      id: `iv-${i}-${j}`,
      name,
    })),
  })
  let card = createCard(details, `progress-${i}`, end)
  for (const at of history.sent ?? []) {
    const next = sendAndAdvance(card, card.followUps, card.stage, 'all', new Date(at))
    card = { ...next.card, followUps: next.followUps }
  }
  if (history.closed) {
    const [outcome, at] = history.closed
    card = moveCard(card, 'closed', outcome, new Date(at))
  }
  return card
}

/** Writes the board above to the data folder, as an earlier session of Foothold would have. */
export async function seedProgressBoard(dataFolder: string): Promise<StoreData> {
  const data: StoreData = { ...emptyStore('Europe/Berlin'), cards: PROGRESS_BOARD.map(build) }
  await writeStoreFile(dataFolder, JSON.stringify(data))
  return data
}
