import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { seedBoard } from './seed'
import { column, fillNewInterview, readStore } from './ui'

const NOW = '2026-11-23T09:00:00Z'
const welcome = (page: Page) => page.getByRole('dialog', { name: 'Welcome to Foothold' })
const samplesIn = (page: Page, stage: string) =>
  column(page, stage).getByTestId('card').filter({ hasText: 'Sample' })

/** The welcome loads on demand: once nothing is loading any more, it would be there. */
async function expectNoWelcome(page: Page): Promise<void> {
  await expect(column(page, 'thank-you')).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expect(welcome(page)).toHaveCount(0)
}

test('a first run asks a few things, saves them, and never asks again', async ({ launch }) => {
  const app = await launch({ onboarding: true, now: NOW })
  const dialog = welcome(app.page)
  await expect(dialog).toBeVisible()
  // Prefilled from this computer; the sample board is opt-in.
  const here = await app.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  await expect(dialog.getByLabel('Time zone')).toHaveValue(here)
  await expect(
    dialog.getByRole('checkbox', { name: 'Start with a sample board' }),
  ).not.toBeChecked()

  await dialog.getByLabel('Your name').fill('Robin Vale')
  await dialog.getByLabel('Signature').fill('Robin Vale\nrobin@vale.example')
  await dialog.getByLabel('Time zone').selectOption('America/Chicago')
  await dialog.getByLabel('Reminder time').fill('08:15')
  await dialog.getByRole('checkbox', { name: 'Friday' }).uncheck()
  // The same checks as Settings: a wrong value is named, and nothing is saved.
  await dialog.getByLabel('Reminder time').fill('')
  await dialog.getByRole('button', { name: 'Get started' }).click()
  await expect(dialog.getByText('Enter a time of day, like 09:00')).toBeVisible()
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Reminder time').fill('08:15')
  await dialog.getByRole('button', { name: 'Get started' }).click()
  await expect(dialog).toBeHidden()

  const data = await readStore(app.storeFile)
  expect(data.onboarded).toBe(true)
  expect(data.cards).toEqual([])
  expect(data.settings).toMatchObject({
    yourName: 'Robin Vale',
    signature: 'Robin Vale\nrobin@vale.example',
    timeZone: 'America/Chicago',
    cadence: { reminderTime: '08:15', workdays: [1, 2, 3, 4] },
  })

  // What was chosen is what Settings shows.
  await app.page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = app.page.getByTestId('settings')
  await expect(settings.getByLabel('Your name')).toHaveValue('Robin Vale')
  await settings.getByRole('button', { name: 'Reminders', exact: true }).click()
  await expect(settings.getByLabel('Reminder time')).toHaveValue('08:15')
  await expect(settings.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked()

  await app.page.reload()
  await expectNoWelcome(app.page)
  await app.restart()
  await expectNoWelcome(app.page)
})

test('skipping keeps the defaults and is not asked again', async ({ launch }) => {
  const app = await launch({ onboarding: true })
  await welcome(app.page).getByRole('button', { name: 'Keep the defaults' }).click()
  await expect(welcome(app.page)).toBeHidden()
  const data = await readStore(app.storeFile)
  expect(data).toMatchObject({ onboarded: true, cards: [], settings: { yourName: '' } })
  await app.restart()
  await expectNoWelcome(app.page)
})

test('the sample board shows every stage, raises no reminder, and goes in one click', async ({
  launch,
}) => {
  const app = await launch({ onboarding: true, now: NOW })
  const { page } = app
  const dialog = welcome(page)
  await dialog.getByRole('checkbox', { name: 'Start with a sample board' }).check()
  await dialog.getByRole('button', { name: 'Get started' }).click()
  await expect(dialog).toBeHidden()

  for (const stage of ['thank-you', 'check-in', 'final', 'closed']) {
    await expect(samplesIn(page, stage).first()).toBeVisible()
  }
  await expect(samplesIn(page, 'closed').first()).toContainText('Offer')
  const notice = page.getByTestId('sample-notice')
  await expect(notice).toContainText('You are looking at sample interviews')

  // A day later, a sample's follow-ups would be due: none reaches the system.
  await app.time!.advanceTo('2026-11-24T12:00:00Z')
  expect(await app.time!.notifications()).toEqual([])

  // The person's own interview, added meanwhile, stays when the samples go.
  const form = await fillNewInterview(page, {
    company: 'Fabrikam Robotics',
    position: 'Firmware Engineer',
    date: '2026-11-23',
    start: '10:30',
    interviewer: 'Jonas Weber',
  })
  await form.getByRole('button', { name: 'Add interview' }).click()
  await expect(column(page, 'thank-you').getByText('Fabrikam Robotics')).toBeVisible()

  await notice.getByRole('button', { name: 'Remove them' }).click()
  await expect(page.getByTestId('toast')).toContainText('Removed the sample interviews')
  await expect(page.getByTestId('card')).toHaveCount(1)
  await expect(page.getByTestId('card')).toContainText('Fabrikam Robotics')
  await expect(notice).toBeHidden()
  await expect
    .poll(async () => (await readStore(app.storeFile)).cards.map((c) => c.company))
    .toEqual(['Fabrikam Robotics'])

  // Undo brings every sample back.
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
  await expect(samplesIn(page, 'final')).toHaveCount(1)
  await expect(page.getByTestId('card')).toHaveCount(5)
})

test('an existing board is not a first run', async ({ launch, dataFolder }) => {
  await seedBoard(dataFolder, [{ company: 'Contoso Pharma' }])
  const app = await launch({ onboarding: true })
  await expect(app.page.getByText('Contoso Pharma')).toBeVisible()
  await expectNoWelcome(app.page)
})

test('Settings → Data shows where the data lives and offers samples on an empty board', async ({
  launch,
}) => {
  const app = await launch()
  const { page } = app
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = page.getByTestId('settings')
  await settings.getByRole('button', { name: 'Data', exact: true }).click()
  const showInFolder = settings.getByRole('button', { name: 'Show in folder' })
  if (app.host === 'browser') {
    // A browser cannot open a file manager: the button is not there rather than broken.
    await expect(showInFolder).toHaveCount(0)
  } else {
    await showInFolder.click()
    await expect.poll(() => app.lastShownInFolder()).toBe(app.storeFile)
  }
  await settings.getByRole('button', { name: 'Copy folder path' }).click()
  await expect.poll(async () => (await app.readClipboard()).text).toBe(app.dataFolder)

  await settings.getByRole('button', { name: 'Add a sample board' }).click()
  await expect(page.getByTestId('sample-notice')).toBeVisible()
  await expect(samplesIn(page, 'check-in')).toHaveCount(1)
})

test('quiet hours are a reminder setting, and hold reminders until they end', async ({
  launch,
  dataFolder,
}) => {
  // Interview 14:00–14:45 UTC; its first reminder comes an hour later, at 16:45 in Berlin.
  await seedBoard(dataFolder, [{ company: 'Contoso Pharma' }])
  const app = await launch({ now: '2026-11-17T15:00:00Z' })
  await app.page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = app.page.getByTestId('settings')
  await settings.getByRole('button', { name: 'Reminders', exact: true }).click()
  await settings.getByRole('switch', { name: 'Quiet hours' }).check()
  await settings.getByLabel('Quiet from').fill('16:00')
  await settings.getByLabel('Quiet until').fill('16:00')
  await expect(
    settings.getByText('Quiet hours need an end different from their start'),
  ).toBeVisible()
  await settings.getByLabel('Quiet until').fill('08:00')
  await settings.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(app.page.getByTestId('toast')).toHaveText(/Settings saved/)
  expect((await readStore(app.storeFile)).settings.cadence.quietHours).toEqual({
    from: '16:00',
    until: '08:00',
  })

  await app.time!.advanceTo('2026-11-17T20:00:00Z')
  expect(await app.time!.notifications()).toEqual([])
  // 08:00 in Berlin.
  await app.time!.advanceTo('2026-11-18T07:00:00Z')
  await expect
    .poll(async () => (await app.time!.notifications()).map((n) => n.cardId))
    .toEqual(['seed-0'])
})
