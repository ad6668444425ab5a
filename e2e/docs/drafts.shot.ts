import type { Locator, Page } from '@playwright/test'
import { sendAndAdvance } from '@shared/cadence/advance'
import { createCard } from '@shared/domain/board'
import type { Channel, Interviewer } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { emptyStore, type StoreData } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { expect, test, writeStoreFile } from '../fixtures'
import { shoot } from './shoot'

// `npm run screenshots` refreshes these pictures in docs/screenshots.
const NOW = '2026-11-24T10:00:00Z' // Tue 24 Nov, 11:00 in Berlin

function person(id: string, name: string, title: string, preferredChannel: Channel): Interviewer {
  const handle = name.toLowerCase().replace(/\s+/g, '.')
  return {
    id,
    name,
    title,
    email: `${handle}@example.com`,
    phone: '+49 30 5550 1420',
    linkedinUrl: `https://www.linkedin.com/in/${handle.replace('.', '-')}`,
    preferredChannel,
  }
}

interface Spec {
  id: string
  company: string
  position: string
  start: string
  people: Interviewer[]
  topics: string[]
  /** Thank-yous sent to everyone at this instant: the card moves on to Check-in. */
  thanked?: string
}

function build(spec: Spec): Card {
  const end = new Date(Date.parse(spec.start) + 45 * 60_000).toISOString()
  const details = sampleDetails({
    company: spec.company,
    position: spec.position,
    time: { start: spec.start, end, timeZone: 'Europe/Berlin' },
    interviewers: spec.people,
    topics: spec.topics,
  })
  const card = createCard(details, spec.id, new Date(end))
  if (!spec.thanked) return card
  const next = sendAndAdvance(card, card.followUps, card.stage, 'all', new Date(spec.thanked))
  return { ...next.card, followUps: next.followUps }
}

const northwind = build({
  id: 'northwind',
  company: 'Northwind Analytics',
  position: 'Senior Data Engineer',
  start: '2026-11-23T13:00:00Z',
  people: [
    person('priya', 'Priya Raman', 'Engineering Manager', 'email'),
    person('tom', 'Tom Becker', 'Staff Engineer', 'linkedin'),
  ],
  topics: ['Migrating the nightly batch jobs to streaming'],
})

const litware = build({
  id: 'litware',
  company: 'Litware',
  position: 'Engineering Manager',
  start: '2026-11-13T09:00:00Z',
  people: [person('mei', 'Mei Chen', 'VP Engineering', 'phone')],
  topics: ['How the platform team runs on-call'],
  thanked: '2026-11-13T17:00:00Z',
})

const contoso = build({
  id: 'contoso',
  company: 'Contoso Health',
  position: 'Product Designer',
  start: '2026-11-23T08:00:00Z',
  people: [
    person('amara', 'Amara Okafor', 'Head of Design', 'email'),
    person('lea', 'Lea Novak', 'Product Manager', 'email'),
  ],
  topics: [],
})

const others = [
  build({
    id: 'fabrikam',
    company: 'Fabrikam Robotics',
    position: 'Firmware Engineer',
    start: '2026-11-23T15:00:00Z',
    people: [person('jonas', 'Jonas Weber', 'Lead Engineer', 'email')],
    topics: ['Bring-up of the new motor controller'],
  }),
  build({
    id: 'tailspin',
    company: 'Tailspin Toys',
    position: 'Frontend Engineer',
    start: '2026-11-16T09:00:00Z',
    people: [person('diego', 'Diego Alvarez', 'Engineering Lead', 'email')],
    topics: ['Their design system'],
    thanked: '2026-11-16T17:00:00Z',
  }),
]

async function seed(dataFolder: string): Promise<void> {
  const data: StoreData = {
    ...emptyStore('Europe/Berlin'),
    cards: [northwind, contoso, litware, ...others],
  }
  data.settings = { ...data.settings, yourName: 'Alex Morgan', signature: 'Alex Morgan' }
  await writeStoreFile(dataFolder, JSON.stringify(data))
}

/** Opens a card and brings its draft to the top of the panel. */
async function openDraft(page: Page, company: string): Promise<Locator> {
  // Taller than the usual window, so the whole draft fits beside the board.
  await page.setViewportSize({ width: 1320, height: 1040 })
  await page.getByTestId('card').filter({ hasText: company }).click()
  const drafts = page.getByRole('dialog', { name: new RegExp(company) }).getByTestId('drafts')
  await expect(drafts.getByTestId('draft')).toBeVisible()
  await drafts.evaluate((section) => section.scrollIntoView({ block: 'start' }))
  return drafts
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an email draft, ${scheme}`, async ({ launch, dataFolder }) => {
    await seed(dataFolder)
    const { page } = await launch({ now: NOW })
    await page.emulateMedia({ colorScheme: scheme })
    const drafts = await openDraft(page, 'Northwind')
    if (scheme === 'dark') {
      // After a copy: the toast, and the question whether it went out.
      await drafts.getByRole('button', { name: 'Copy', exact: true }).click()
      await expect(drafts.getByRole('group', { name: 'Did you send it?' })).toBeVisible()
    }
    await shoot(page, `drafts-email${scheme === 'dark' ? '-dark' : ''}`, { focusDialog: true })
  })
}

test('a LinkedIn note', async ({ launch, dataFolder }) => {
  await seed(dataFolder)
  const { page } = await launch({ now: NOW })
  const drafts = await openDraft(page, 'Northwind')
  await drafts.getByRole('tab', { name: 'Tom Becker' }).click()
  await expect(drafts.getByTestId('note-counter')).toBeVisible()
  await shoot(page, 'drafts-linkedin', { focusDialog: true })
})

test('a call script', async ({ launch, dataFolder }) => {
  await seed(dataFolder)
  const { page } = await launch({ now: NOW })
  const drafts = await openDraft(page, 'Litware')
  await expect(drafts.getByRole('textbox', { name: 'Script' })).toBeVisible()
  await shoot(page, 'drafts-call', { focusDialog: true })
})

test('a draft with advice', async ({ launch, dataFolder }) => {
  await seed(dataFolder)
  const { page } = await launch({ now: NOW })
  const drafts = await openDraft(page, 'Contoso')
  await drafts.getByRole('textbox', { name: 'Subject' }).fill('Following up')
  await drafts
    .getByRole('textbox', { name: 'Message' })
    .fill(
      'Dear Amara Okafor,\n\nI haven’t heard back from you since our interview yesterday. ' +
        'PLEASE LET ME KNOW where things stand, ideally ASAP.\n\nKind regards,\nAlex Morgan',
    )
  await expect(drafts.getByTestId('draft-status')).toHaveText('Saved')
  await drafts
    .getByTestId('draft-findings')
    .evaluate((list) => list.scrollIntoView({ block: 'end' }))
  await shoot(page, 'drafts-lint', { focusDialog: true })
})
