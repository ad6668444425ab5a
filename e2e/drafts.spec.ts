import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { followUpKey } from '@shared/domain/follow-up-state'
import { snooze } from '@shared/cadence/reminders'
import { createCard } from '@shared/domain/board'
import type { Interviewer } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { emptyStore, type StoreData } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { expect, test, writeStoreFile } from './fixtures'

// The interview ended at 15:45 in Berlin on Tuesday 17 November; the thank-you is due a day later.
const INTERVIEW = { start: '2026-11-17T14:00:00.000Z', end: '2026-11-17T14:45:00.000Z' }
const NEXT_MORNING = '2026-11-18T09:00:00Z'

const PRIYA: Interviewer = {
  id: 'iv-priya',
  name: 'Priya Raman',
  title: 'Engineering Manager',
  email: 'priya@northwind.example',
  phone: '',
  linkedinUrl: 'https://www.linkedin.com/in/priya-raman',
  preferredChannel: 'email',
}
const TOM: Interviewer = {
  id: 'iv-tom',
  name: 'Tom Becker',
  title: 'Staff Engineer',
  email: 'tom.becker@northwind.example',
  phone: '+49 30 1234 5678',
  linkedinUrl: '',
  preferredChannel: 'email',
}

function northwind(interviewers: Interviewer[]): Card {
  const details = sampleDetails({
    company: 'Northwind Analytics',
    position: 'Senior Data Engineer',
    time: { ...INTERVIEW, timeZone: 'Europe/Berlin' },
    interviewers,
    topics: ['Migrating the nightly batch jobs to streaming'],
  })
  return createCard(details, 'northwind', new Date(INTERVIEW.end))
}

async function seed(dataFolder: string, cards: Card[]): Promise<void> {
  const data: StoreData = { ...emptyStore('Europe/Berlin'), cards }
  data.settings = { ...data.settings, yourName: 'Alex Morgan', signature: 'Alex Morgan' }
  await writeStoreFile(dataFolder, JSON.stringify(data))
}

async function openDrafts(page: Page): Promise<Locator> {
  await page.getByTestId('card').filter({ hasText: 'Northwind' }).click()
  const drafts = page.getByRole('dialog', { name: /Northwind/ }).getByTestId('drafts')
  await expect(drafts.getByTestId('draft')).toBeVisible()
  return drafts
}

const toast = (page: Page) => page.getByTestId('toast')

test('copying a draft puts exactly the shown subject and text on the clipboard', async ({
  launch,
  dataFolder,
}) => {
  await seed(dataFolder, [northwind([PRIYA, TOM])])
  const app = await launch({ now: NEXT_MORNING })
  const drafts = await openDrafts(app.page)

  await expect(drafts.getByRole('tab', { name: 'Priya Raman' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await drafts.getByRole('tab', { name: 'Tom Becker' }).click()
  const subject = drafts.getByRole('textbox', { name: 'Subject' })
  const body = drafts.getByRole('textbox', { name: 'Message' })
  await expect(body).toHaveValue(/^Dear Tom Becker,/)
  await expect(body).toHaveValue(/nightly batch jobs to streaming/)
  const shownSubject = await subject.inputValue()
  const shownBody = await body.inputValue()
  expect(shownSubject).toContain('Senior Data Engineer')
  expect(shownBody).not.toMatch(/[{}]/)

  await drafts.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(toast(app.page)).toContainText('Copied the email to Tom Becker')
  const copied = await app.readClipboard()
  expect(copied.text).toBe(`Subject: ${shownSubject}\n\n${shownBody}`)
  expect(copied.html).toContain('<p>Dear Tom Becker,</p>')

  await drafts.getByRole('button', { name: 'Copy subject' }).click()
  await expect.poll(async () => (await app.readClipboard()).text).toBe(shownSubject)
  await drafts.getByRole('button', { name: 'Copy body' }).click()
  await expect.poll(async () => (await app.readClipboard()).text).toBe(shownBody)

  // Each copy is logged on the card (saved just after the clipboard is written, so waited for).
  const copies = async () =>
    (JSON.parse(await readFile(app.storeFile, 'utf8')) as StoreData).cards[0]!.activity.filter(
      (a) => a.kind === 'copied',
    )
  await expect.poll(async () => (await copies()).length).toBe(3)
})

test('an edited draft is saved with the card, survives a restart, and resets to the template', async ({
  launch,
  dataFolder,
}) => {
  await seed(dataFolder, [northwind([PRIYA])])
  const app = await launch({ now: NEXT_MORNING })
  let drafts = await openDrafts(app.page)
  const template = await drafts.getByRole('textbox', { name: 'Message' }).inputValue()
  await expect(drafts.getByRole('button', { name: 'Reset to template' })).toHaveCount(0)

  const mine = `${template}\n\nP.S. The streaming design doc we sketched is attached.`
  await drafts.getByRole('textbox', { name: 'Message' }).fill(mine)
  await expect(drafts.getByTestId('draft-status')).toHaveText('Saved')
  await drafts.getByRole('textbox', { name: 'Subject' }).fill('Thank you for Tuesday – Alex Morgan')
  await drafts.getByRole('textbox', { name: 'Subject' }).blur()
  await expect(drafts.getByTestId('draft-status')).toHaveText('Saved')

  await app.restart()
  drafts = await openDrafts(app.page)
  await expect(drafts.getByRole('textbox', { name: 'Message' })).toHaveValue(mine)
  await expect(drafts.getByRole('textbox', { name: 'Subject' })).toHaveValue(
    'Thank you for Tuesday – Alex Morgan',
  )
  await expect(drafts.getByTestId('draft-status')).toHaveText('Your wording, kept with the card')

  await drafts.getByRole('button', { name: 'Reset to template' }).click()
  await expect(drafts.getByRole('textbox', { name: 'Message' })).toHaveValue(template)
  await expect(drafts.getByRole('button', { name: 'Reset to template' })).toHaveCount(0)
  await expect(toast(app.page)).toContainText('back to the template')
  await toast(app.page).getByRole('button', { name: 'Undo' }).click()
  await expect(drafts.getByRole('textbox', { name: 'Message' })).toHaveValue(mine)
})

test('answering Yes to "Did you send it?" marks it sent and moves the card on', async ({
  launch,
  dataFolder,
}) => {
  await seed(dataFolder, [northwind([PRIYA])])
  const app = await launch({ now: NEXT_MORNING })
  const { page } = app
  const drafts = await openDrafts(page)
  await expect(drafts.getByRole('heading')).toHaveText('Draft · Thank-you')

  await drafts.getByRole('button', { name: 'Copy', exact: true }).click()
  const ask = drafts.getByRole('group', { name: 'Did you send it?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Yes' }).click()

  await expect(toast(page)).toContainText('moved Northwind Analytics to Check-in')
  await expect(
    page.getByTestId('column-check-in').getByTestId('card').filter({ hasText: 'Northwind' }),
  ).toBeVisible()
  // The next draft is the check-in, a week on.
  await expect(drafts.getByRole('heading')).toHaveText('Draft · Check-in')
  await expect(drafts.getByRole('textbox', { name: 'Message' })).toHaveValue(
    /interest in the Senior Data Engineer/,
  )
  const stored = JSON.parse(await readFile(app.storeFile, 'utf8')) as StoreData
  expect(stored.cards[0]!.followUps.stages['thank-you'].sent).toHaveLength(1)

  // "Not yet" only puts the question away.
  await drafts.getByRole('button', { name: 'Copy', exact: true }).click()
  await drafts.getByRole('button', { name: 'Not yet' }).click()
  await expect(drafts.getByRole('group', { name: 'Did you send it?' })).toHaveCount(0)
  await expect(drafts.getByRole('heading')).toHaveText('Draft · Check-in')
})

test('a LinkedIn note counts its characters and warns past 300', async ({ launch, dataFolder }) => {
  await seed(dataFolder, [northwind([PRIYA])])
  const app = await launch({ now: NEXT_MORNING })
  const drafts = await openDrafts(app.page)

  await drafts.getByRole('radio', { name: 'LinkedIn' }).check()
  await expect(drafts.getByRole('textbox', { name: 'Subject' })).toHaveCount(0)
  const note = drafts.getByRole('textbox', { name: 'Note' })
  await expect(note).toHaveValue(/^Hello Priya Raman, thank you/)
  const counter = drafts.getByTestId('note-counter')
  await expect(counter).toHaveText(`${(await note.inputValue()).length} / 300`)
  await expect(counter).not.toHaveClass(/over/)
  await expect(drafts.getByRole('button', { name: 'Open in mail app' })).toBeDisabled()
  await expect(drafts).toContainText('LinkedIn notes are sent on LinkedIn')

  const long = `${await note.inputValue()} ${'I keep thinking about the backfill plan. '.repeat(4)}`
  expect(long.length).toBeGreaterThan(300)
  await note.fill(long)
  await expect(counter).toHaveText(`${long.length} / 300`)
  await expect(counter).toHaveClass(/over/)
  await expect(drafts.getByTestId('draft-finding').filter({ hasText: 'LinkedIn' })).toContainText(
    `The note is ${long.length} characters; LinkedIn accepts at most 300.`,
  )
  // Advice, not a block: the note can still be copied.
  await drafts.getByRole('button', { name: 'Copy note' }).click()
  await expect.poll(async () => (await app.readClipboard()).text).toBe(long)
})

test('Open in mail app hands a mailto: link to the interviewer, with the subject', async ({
  launch,
  dataFolder,
}) => {
  const noEmail = { ...TOM, email: '', preferredChannel: 'email' as const }
  await seed(dataFolder, [northwind([PRIYA, noEmail])])
  const app = await launch({ now: NEXT_MORNING })
  const drafts = await openDrafts(app.page)

  const subject = await drafts.getByRole('textbox', { name: 'Subject' }).inputValue()
  await drafts.getByRole('button', { name: 'Open in mail app' }).click()
  await expect(toast(app.page)).toContainText('Opened the email to Priya Raman in your mail app')
  const url = await app.lastOpenedUrl()
  expect(url).toMatch(/^mailto:priya@northwind\.example\?/)
  const query = new URLSearchParams(url!.slice(url!.indexOf('?') + 1))
  expect(query.get('subject')).toBe(subject)
  expect(url).toContain(`subject=${encodeURIComponent(subject)}`)
  await expect(drafts.getByRole('group', { name: 'Did you send it?' })).toBeVisible()

  await drafts.getByRole('tab', { name: 'Tom Becker' }).click()
  await expect(drafts.getByRole('button', { name: 'Open in mail app' })).toBeDisabled()
  await expect(drafts).toContainText('Add Tom Becker’s email address to the card')
})

test('a call script for an interviewer who prefers the phone', async ({ launch, dataFolder }) => {
  await seed(dataFolder, [northwind([{ ...TOM, preferredChannel: 'phone' }])])
  const app = await launch({ now: NEXT_MORNING })
  const drafts = await openDrafts(app.page)
  await expect(drafts.getByRole('radio', { name: 'Call' })).toBeChecked()
  await expect(drafts.getByRole('textbox', { name: 'Script' })).toHaveValue(
    /^Hello Tom Becker, this is Alex Morgan/,
  )
  await expect(drafts).toContainText('Call +49 30 1234 5678')
  await drafts.getByRole('button', { name: 'Copy script' }).click()
  await expect(drafts.getByRole('group', { name: 'Did you make the call?' })).toBeVisible()
})

test('a clicked reminder opens the card on that interviewer’s draft', async ({
  launch,
  dataFolder,
}) => {
  // Priya's thank-you is snoozed, so only Tom's reminder comes up.
  const card = northwind([PRIYA, TOM])
  const priyaKey = followUpKey(card.id, 'thank-you', PRIYA.id)
  const snoozed = { ...card, followUps: snooze(card.followUps, priyaKey, new Date(NEXT_MORNING)) }
  await seed(dataFolder, [snoozed])
  const app = await launch({ now: '2026-11-17T15:00:00Z' })
  const time = app.time!
  await time.advanceTo('2026-11-17T16:00:00Z')
  await expect.poll(async () => (await time.notifications()).length).toBe(1)
  const [notice] = await time.notifications()
  expect(notice!.key).toBe(followUpKey(card.id, 'thank-you', TOM.id))

  await app.page.locator('body').click({ position: { x: 5, y: 5 } })
  await time.click(notice!)
  const drafts = app.page.getByRole('dialog', { name: /Northwind/ }).getByTestId('drafts')
  await expect(drafts.getByRole('tab', { name: 'Tom Becker' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(drafts.getByRole('textbox', { name: 'Message' })).toHaveValue(/^Dear Tom Becker,/)
})
