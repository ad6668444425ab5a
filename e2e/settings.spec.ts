import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { expect, test, writeStoreFile } from './fixtures'
import { seedBoard } from './seed'
import { readStore } from './ui'

async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = page.getByTestId('settings')
  await expect(settings.getByRole('heading', { name: 'Settings' })).toBeVisible()
  return settings
}

const showSection = (settings: Locator, name: string) =>
  settings.getByRole('button', { name, exact: true }).click()

const saveButton = (settings: Locator) =>
  settings.getByRole('button', { name: 'Save', exact: true })

test('cadence and reminder time are saved, and still there after a restart', async ({ launch }) => {
  const app = await launch()
  let settings = await openSettings(app.page)
  await expect(saveButton(settings)).toBeDisabled()

  await showSection(settings, 'Cadence')
  await settings.getByLabel('Check-in after').fill('3')
  await expect(
    settings.getByRole('list', { name: 'What happens after an interview' }),
  ).toContainText('3 days later')
  await showSection(settings, 'Reminders')
  await settings.getByLabel('Reminder time').fill('08:30')
  await settings.getByRole('checkbox', { name: 'Saturday' }).check()
  await expect(settings.getByText('Unsaved changes')).toBeVisible()
  await saveButton(settings).click()

  await expect(app.page.getByTestId('toast')).toHaveText(/Settings saved/)
  await expect(saveButton(settings)).toBeDisabled()
  expect((await readStore(app.storeFile)).settings.cadence).toMatchObject({
    checkInDays: 3,
    reminderTime: '08:30',
    workdays: [1, 2, 3, 4, 5, 6],
  })

  await app.restart()
  settings = await openSettings(app.page)
  await showSection(settings, 'Cadence')
  await expect(settings.getByLabel('Check-in after')).toHaveValue('3')
  await expect(settings.getByLabel('Final follow-up after')).toHaveValue('7')
  await showSection(settings, 'Reminders')
  await expect(settings.getByLabel('Reminder time')).toHaveValue('08:30')
  await expect(settings.getByRole('checkbox', { name: 'Saturday' })).toBeChecked()
  await expect(settings.getByRole('checkbox', { name: 'Sunday' })).not.toBeChecked()
})

test('your name and a signature of several lines are kept', async ({ launch }) => {
  const app = await launch()
  let settings = await openSettings(app.page)
  const signature = 'Best regards,\nAlex Morgan\n+49 30 1234 5678'
  await settings.getByLabel('Your name').fill('Alex Morgan')
  await settings.getByLabel('Signature').fill(signature)
  await saveButton(settings).click()
  await expect(app.page.getByTestId('toast')).toHaveText(/Settings saved/)

  await app.restart()
  settings = await openSettings(app.page)
  await expect(settings.getByLabel('Your name')).toHaveValue('Alex Morgan')
  await expect(settings.getByLabel('Signature')).toHaveValue(signature)
  expect((await readStore(app.storeFile)).settings).toMatchObject({
    yourName: 'Alex Morgan',
    signature,
  })
})

test('spell checking is off until turned on, and stays on after a restart', async ({ launch }) => {
  const app = await launch()
  let settings = await openSettings(app.page)
  const spelling = settings.getByRole('switch', { name: 'Check my spelling' })
  if (app.host === 'browser') {
    // The person's browser checks spelling by its own settings; there is nothing to choose here.
    await expect(settings.getByLabel('Signature')).toBeVisible()
    await expect(spelling).toHaveCount(0)
    return
  }
  test.skip(process.platform === 'darwin', 'macOS checks spelling itself, with nothing to choose')
  await expect(spelling).not.toBeChecked()
  await expect(settings.getByText(/downloads a dictionary for your language/)).toBeVisible()
  await spelling.check()
  await saveButton(settings).click()
  await expect(app.page.getByTestId('toast')).toHaveText(/Settings saved/)
  expect((await readStore(app.storeFile)).settings.spellcheck).toBe(true)

  await app.restart()
  settings = await openSettings(app.page)
  await expect(settings.getByRole('switch', { name: 'Check my spelling' })).toBeChecked()
})

test('a wrong value is explained next to its field and never saved', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const { page, storeFile } = await launch()
  const before = (await readStore(storeFile)).settings
  const settings = await openSettings(page)

  await showSection(settings, 'Cadence')
  await settings.getByLabel('Thank-you due within').fill('1')
  const firstReminder = settings.getByLabel('First reminder after')
  await expect(firstReminder).toHaveAttribute('aria-invalid', 'true')
  await expect(firstReminder).toHaveAccessibleDescription(
    /The first reminder must come before the thank-you is due/,
  )
  await settings.getByLabel('Check-in after').fill('')
  await expect(settings.getByText('Enter a number of days')).toBeVisible()

  // Saving from another section leads back to the first problem.
  await showSection(settings, 'Reminders')
  await saveButton(settings).click()
  await expect(settings.getByRole('alert')).toHaveText(/Not saved: fix the marked settings first/)
  await expect(settings.getByRole('heading', { name: 'Cadence' })).toBeVisible()
  await expect(firstReminder).toBeFocused()
  await expect(page.getByTestId('toast')).toHaveCount(0)
  expect((await readStore(storeFile)).settings).toEqual(before)

  // Fixed, it saves.
  await firstReminder.fill('30')
  await settings.getByLabel('Check-in after').fill('5')
  await expect(settings.getByRole('alert')).toHaveCount(0)
  await saveButton(settings).click()
  await expect(page.getByTestId('toast')).toHaveText(/Settings saved/)
  expect((await readStore(storeFile)).settings.cadence).toMatchObject({
    thankYouDueHours: 1,
    freshReminderMinutes: 30,
    checkInDays: 5,
  })
})

test('at least one workday stays ticked', async ({ launch }) => {
  const { page } = await launch()
  const settings = await openSettings(page)
  await showSection(settings, 'Reminders')
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
    await settings.getByRole('checkbox', { name: day }).uncheck()
  }
  await expect(settings.getByText('Choose at least one workday')).toBeVisible()
  await expect(settings.getByRole('button', { name: /Reminders/ })).toContainText('needs fixing')
  await saveButton(settings).click()
  await expect(settings.getByRole('alert')).toHaveText(/Not saved/)
})

test('a shorter check-in moves the check-in date shown on the board', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso', stage: 'check-in' }])
  const app = await launch({ now: '2026-11-18T10:00:00Z' })
  test.skip(app.time === null, 'needs the injected clock of the browser host')
  const { page } = app
  const card = page
    .getByTestId('column-check-in')
    .getByTestId('card')
    .filter({ hasText: 'Contoso' })
  // Thank-you due on 18 November; the check-in a week later, on Wednesday the 25th.
  await expect(card).toContainText(/Check-in due Wed,? (Nov 25|25 Nov)/)

  const settings = await openSettings(page)
  await showSection(settings, 'Cadence')
  await settings.getByLabel('Check-in after').fill('3')
  await saveButton(settings).click()
  await expect(page.getByTestId('toast')).toHaveText(/Settings saved/)
  await settings.getByRole('button', { name: 'Back to board' }).click()

  // Three days later is Saturday the 21st: the next workday is Monday the 23rd.
  await expect(card).toContainText(/Check-in due Mon,? (Nov 23|23 Nov)/)
  await app.restart()
  await expect(
    app.page.getByTestId('column-check-in').getByTestId('card').filter({ hasText: 'Contoso' }),
  ).toContainText(/Check-in due Mon,? (Nov 23|23 Nov)/)
})

test('reset to defaults asks first and can be undone until saved', async ({ launch }) => {
  const app = await launch()
  const settings = await openSettings(app.page)
  await showSection(settings, 'Cadence')
  const checkIn = settings.getByLabel('Check-in after')
  await checkIn.fill('3')
  await settings.getByLabel('Final follow-up after').fill('10')

  await settings.getByRole('button', { name: 'Reset to defaults' }).click()
  const question = settings.getByRole('alertdialog', { name: 'Reset the cadence' })
  await expect(question).toBeVisible()
  await app.page.keyboard.press('Escape') // keeps the numbers, and stays in Settings
  await expect(question).toHaveCount(0)
  await expect(checkIn).toHaveValue('3')

  await settings.getByRole('button', { name: 'Reset to defaults' }).click()
  await question.getByRole('button', { name: 'Reset to defaults' }).click()
  await expect(checkIn).toHaveValue('7')
  await expect(settings.getByLabel('Final follow-up after')).toHaveValue('7')
  await settings.getByRole('button', { name: 'Undo' }).click()
  await expect(checkIn).toHaveValue('3')
  await expect(settings.getByLabel('Final follow-up after')).toHaveValue('10')

  await settings.getByRole('button', { name: 'Reset to defaults' }).click()
  await question.getByRole('button', { name: 'Reset to defaults' }).click()
  // Nothing to save: the defaults are what is stored.
  await expect(saveButton(settings)).toBeDisabled()
  await expect(settings.getByRole('button', { name: 'Reset to defaults' })).toHaveCount(0)
})

test('leaving with unsaved changes asks first; Escape and Back to board both leave', async ({
  launch,
}) => {
  const app = await launch()
  const { page } = app
  let settings = await openSettings(page)
  await page.keyboard.press('Escape')
  await expect(settings).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Settings', exact: true })).toBeFocused()

  settings = await openSettings(page)
  await settings.getByLabel('Your name').fill('Alex')
  await page.keyboard.press('Escape')
  const prompt = settings.getByRole('alertdialog', { name: 'Unsaved changes' })
  await expect(prompt).toBeVisible()
  await page.keyboard.press('Escape') // keeps editing
  await expect(prompt).toHaveCount(0)
  await expect(settings.getByLabel('Your name')).toHaveValue('Alex')

  await settings.getByRole('button', { name: 'Back to board' }).click()
  await prompt.getByRole('button', { name: 'Discard changes' }).click()
  await expect(settings).toHaveCount(0)
  await expect(page.getByTestId('column-thank-you')).toBeVisible()

  settings = await openSettings(page)
  await expect(settings.getByLabel('Your name')).toHaveValue('')
})

test('a read-only board keeps the settings from being saved, and says why', async ({
  launch,
  dataFolder,
}) => {
  const newer = JSON.stringify({ schemaVersion: 99, settings: {}, cards: [] })
  await writeStoreFile(dataFolder, newer)
  const { page, storeFile } = await launch()
  const settings = await openSettings(page)
  await settings.getByLabel('Your name').fill('Alex')
  await expect(saveButton(settings)).toBeDisabled()
  await expect(settings.getByTestId('read-only-hint')).toBeVisible()
  await settings.getByLabel('Your name').press('Enter')
  expect(await readFile(storeFile, 'utf8')).toBe(newer)
})
