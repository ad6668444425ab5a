import { sendAndAdvance } from '@shared/cadence/advance'
import { followUpKey } from '@shared/domain/follow-up-state'
import { snooze } from '@shared/cadence/reminders'
import { createCard, moveCard } from '@shared/domain/board'
import type { Channel, Outcome, Stage } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { emptyStore } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { expect, test, writeStoreFile } from '../fixtures'
import { shoot } from './shoot'

// `npm run screenshots` refreshes these pictures in docs/screenshots.
const NOW = '2026-11-24T10:00:00Z' // Tue 24 Nov, 11:00 in Berlin

interface Spec {
  company: string
  position: string
  /** Interview start (UTC); it lasts 45 minutes. */
  start: string
  people: [string, Channel][]
  topics?: string[]
  decisionDate?: string
  /** Stage messages sent to everyone, in order, at these instants (moves the card on). */
  sentAll?: string[]
  /** Then, send the current stage to only the first person at this instant. */
  sentFirst?: string
  snoozeFirstUntil?: string
  close?: { outcome: Outcome; at: string }
  dragTo?: { stage: Stage; at: string }
}

function build(spec: Spec, i: number): Card {
  const end = new Date(Date.parse(spec.start) + 45 * 60_000).toISOString()
  const details = sampleDetails({
    company: spec.company,
    position: spec.position,
    time: { start: spec.start, end, timeZone: 'Europe/Berlin' },
    interviewers: spec.people.map(([name, preferredChannel], j) => ({
      ...sampleDetails().interviewers[0]!,
      id: `iv-${i}-${j}`,
      name,
      preferredChannel,
    })),
    topics: spec.topics ?? ['Their roadmap for next year'],
    decisionDate: spec.decisionDate ?? null,
  })
  let card = createCard(details, `seed-${i}`, new Date(end))
  for (const at of spec.sentAll ?? []) {
    const next = sendAndAdvance(card, card.followUps, card.stage, 'all', new Date(at))
    card = { ...next.card, followUps: next.followUps }
  }
  if (spec.sentFirst) {
    const next = sendAndAdvance(
      card,
      card.followUps,
      card.stage,
      [`iv-${i}-0`],
      new Date(spec.sentFirst),
    )
    card = { ...next.card, followUps: next.followUps }
  }
  if (spec.snoozeFirstUntil) {
    for (const j of spec.people.keys()) {
      const key = followUpKey(card.id, card.stage, `iv-${i}-${j}`)
      card = { ...card, followUps: snooze(card.followUps, key, new Date(spec.snoozeFirstUntil)) }
    }
  }
  if (spec.dragTo) card = moveCard(card, spec.dragTo.stage, null, new Date(spec.dragTo.at))
  if (spec.close) card = moveCard(card, 'closed', spec.close.outcome, new Date(spec.close.at))
  return card
}

const specs: Spec[] = [
  // Thank-you: overdue (one of two sent), due today, snoozed, upcoming tomorrow
  {
    company: 'Northwind Analytics',
    position: 'Senior Data Engineer',
    start: '2026-11-20T13:00:00Z',
    people: [
      ['Priya Raman', 'email'],
      ['Tom Becker', 'linkedin'],
    ],
    topics: [],
    sentFirst: '2026-11-20T17:00:00Z',
  },
  {
    company: 'Fabrikam Robotics',
    position: 'Firmware Engineer',
    start: '2026-11-23T15:00:00Z',
    people: [['Jonas Weber', 'email']],
  },
  {
    company: 'Contoso Health',
    position: 'Product Designer',
    start: '2026-11-23T08:00:00Z',
    people: [
      ['Amara Okafor', 'email'],
      ['Lea Novak', 'email'],
      ['Sam Lee', 'email'],
    ],
    snoozeFirstUntil: '2026-11-25T08:00:00Z',
  },
  // Check-in: due today, upcoming call, overdue
  {
    company: 'Tailspin Toys',
    position: 'Frontend Engineer',
    start: '2026-11-16T09:00:00Z',
    people: [['Diego Alvarez', 'email']],
    sentAll: ['2026-11-17T08:00:00Z'],
  },
  {
    company: 'Litware',
    position: 'Engineering Manager',
    start: '2026-11-19T09:00:00Z',
    people: [['Mei Chen', 'phone']],
    sentAll: ['2026-11-19T17:00:00Z'],
  },
  {
    company: 'Proseware',
    position: 'Platform Engineer',
    start: '2026-11-11T09:00:00Z',
    people: [['Kofi Mensah', 'email']],
    sentAll: ['2026-11-11T16:00:00Z'],
  },
  // Final: waiting, close suggestion due, upcoming on LinkedIn
  {
    company: 'Alpine Ski House',
    position: 'Mobile Developer',
    start: '2026-11-02T09:00:00Z',
    people: [['Hannah Schulz', 'email']],
    sentAll: ['2026-11-02T16:00:00Z', '2026-11-09T09:00:00Z', '2026-11-20T09:00:00Z'],
  },
  {
    company: 'Woodgrove Bank',
    position: 'Data Scientist',
    start: '2026-10-20T09:00:00Z',
    people: [['Elena Rossi', 'email']],
    sentAll: ['2026-10-20T16:00:00Z', '2026-10-27T09:00:00Z', '2026-11-05T09:00:00Z'],
  },
  {
    company: 'Adatum',
    position: 'Site Reliability Engineer',
    start: '2026-11-05T09:00:00Z',
    people: [['Ravi Patel', 'linkedin']],
    sentAll: ['2026-11-05T16:00:00Z', '2026-11-20T09:00:00Z'],
  },
  {
    company: 'Coho Winery',
    position: 'Data Analyst',
    start: '2026-11-02T09:00:00Z',
    people: [['Olivia Brown', 'email']],
    close: { outcome: 'offer', at: '2026-11-18T09:00:00Z' },
  },
  {
    company: 'Wide World Importers',
    position: 'QA Lead',
    start: '2026-11-03T09:00:00Z',
    people: [['Kenji Sato', 'email']],
    close: { outcome: 'position-filled', at: '2026-11-19T09:00:00Z' },
  },
]

async function seed(folder: string) {
  await writeStoreFile(
    folder,
    JSON.stringify({ ...emptyStore('Europe/Berlin'), cards: specs.map(build) }),
  )
}

for (const scheme of ['light', 'dark'] as const) {
  test(`due states, ${scheme}`, async ({ launch, dataFolder }) => {
    await seed(dataFolder)
    const { page } = await launch({ now: NOW })
    await page.emulateMedia({ colorScheme: scheme })
    await expect(page.getByTestId('card')).toHaveCount(specs.length)
    await shoot(page, `due-states-${scheme}`)
    if (scheme === 'dark') return
    await page.getByTestId('card').filter({ hasText: 'Northwind' }).click()
    const panel = page.getByRole('dialog', { name: /Northwind/ })
    await expect(panel.getByTestId('follow-up')).toHaveCount(2)
    await shoot(page, 'follow-ups-panel')
  })
}
