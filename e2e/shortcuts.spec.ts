import type { Page } from '@playwright/test'
import { SHORTCUTS } from '@shared/shortcuts'
import { expect, test } from './fixtures'
import { seedBoard } from './seed'
import { cardIn, column } from './ui'

// The browser host runs on Linux, so the shortcuts take Ctrl.
const NOW = '2026-11-18T09:00:00Z'

const focusedCompany = (page: Page) => page.locator(':focus').getAttribute('aria-label')
const toast = (page: Page) => page.getByTestId('toast')

test('the common path, by keyboard alone: add, open, copy, mark sent, move on, undo', async ({
  launch,
}) => {
  test.setTimeout(60_000)
  const app = await launch({ now: NOW })
  const { page } = app

  await page.keyboard.press('Control+n')
  const dialog = page.getByRole('dialog', { name: /interview/i })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Company').fill('Fabrikam Robotics')
  await dialog.getByLabel('Position').fill('Firmware Engineer')
  await dialog.getByLabel('Date').fill('2026-11-17')
  await dialog.getByLabel('Start time').fill('10:30')
  await dialog.getByLabel('Interviewer name').first().fill('Jonas Weber')
  await dialog.getByLabel('Interviewer name').first().press('Enter')
  await expect(dialog).toBeHidden()

  const card = cardIn(page, 'thank-you', 'Fabrikam Robotics')
  await expect(card).toBeFocused()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('dialog', { name: 'Fabrikam Robotics' })
  await expect(panel.getByTestId('draft')).toBeVisible()
  const body = await panel.getByRole('textbox', { name: 'Message' }).inputValue()
  expect(body).toContain('Jonas Weber')

  await page.keyboard.press('Control+Shift+C')
  await expect(toast(page)).toContainText('Copied the email to Jonas Weber')
  expect((await app.readClipboard()).text).toContain(body)

  await page.keyboard.press('Control+Shift+M')
  await expect(toast(page)).toContainText('Jonas Weber')
  await expect(cardIn(page, 'check-in', 'Fabrikam Robotics')).toBeVisible()

  await page.keyboard.press('Control+Shift+ArrowRight')
  await expect(cardIn(page, 'final', 'Fabrikam Robotics')).toBeVisible()
  await expect(toast(page).getByRole('button', { name: 'Undo' })).toBeVisible()

  await page.keyboard.press('Control+z')
  await expect(cardIn(page, 'check-in', 'Fabrikam Robotics')).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(cardIn(page, 'check-in', 'Fabrikam Robotics')).toBeFocused()
})

test('moving a focused card on to Closed still asks how it ended', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso', stage: 'final' }])
  const { page } = await launch()
  await cardIn(page, 'final', 'Contoso').focus()
  await page.keyboard.press('Control+Shift+ArrowRight')
  const outcome = page.getByRole('dialog', { name: 'Close Contoso' })
  await expect(outcome).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(outcome).toBeHidden()
  await expect(cardIn(page, 'final', 'Contoso')).toBeVisible()
})

test("Ctrl+Z in Settings leaves the board alone, though the move's Undo is still offered", async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso', stage: 'thank-you' }])
  const { page } = await launch()
  await cardIn(page, 'thank-you', 'Contoso').focus()
  await page.keyboard.press('Control+Shift+ArrowRight')
  await expect(cardIn(page, 'check-in', 'Contoso')).toBeVisible()
  await expect(toast(page)).toContainText('Undo')

  await page.keyboard.press('Control+,')
  const settings = page.getByRole('main', { name: 'Settings' })
  await settings.getByRole('button', { name: /Reminders/ }).click()
  await settings.getByRole('checkbox', { name: 'Saturday' }).check()
  await page.keyboard.press('Control+z')
  await settings.getByRole('button', { name: 'Back to board' }).click()
  await settings.getByRole('button', { name: 'Discard changes' }).click()
  await expect(cardIn(page, 'check-in', 'Contoso')).toBeVisible()
})

test('arrows cross columns at the same height, skipping empty ones; Home and End', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [
    { company: 'Alpha' },
    { company: 'Bravo' },
    { company: 'Charlie' },
    { company: 'Delta', stage: 'check-in' },
    { company: 'Echo', stage: 'check-in' },
    { company: 'Foxtrot', stage: 'closed', outcome: 'offer' },
  ])
  const { page } = await launch()
  const thankYou = column(page, 'thank-you').getByTestId('card')
  const checkIn = column(page, 'check-in').getByTestId('card')
  await thankYou.nth(1).focus()

  await page.keyboard.press('ArrowRight')
  await expect(checkIn.nth(1)).toBeFocused()
  // Final is empty: the focus goes on to Closed.
  await page.keyboard.press('ArrowRight')
  await expect(cardIn(page, 'closed', 'Foxtrot')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(cardIn(page, 'closed', 'Foxtrot')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(checkIn.first()).toBeFocused()

  await page.keyboard.press('ArrowLeft')
  await expect(thankYou.first()).toBeFocused()
  await page.keyboard.press('End')
  await expect(thankYou.last()).toBeFocused()
  await page.keyboard.press('Home')
  await expect(thankYou.first()).toBeFocused()

  // Picked up, the arrows choose the card's column instead of moving the focus.
  const company = ((await focusedCompany(page)) ?? '').split(',')[0]!
  expect(company, 'the focused card names its company').not.toBe('')
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(
    column(page, 'check-in').getByTestId('card').filter({ hasText: company }),
  ).toBeVisible()
})

test('the help overlay lists every shortcut, and keys typed in a field stay in it', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const { page } = await launch()
  const card = cardIn(page, 'thank-you', 'Contoso')
  await card.focus()
  await page.keyboard.press('Shift+?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help.getByTestId('shortcut')).toHaveCount(SHORTCUTS.length)
  for (const group of ['Board', 'Card', 'Drafts', 'General'])
    await expect(help.getByRole('heading', { name: group, exact: true })).toBeVisible()
  await expect(help.getByTestId('shortcut').filter({ hasText: 'Copy the draft' })).toContainText(
    'CtrlShiftC',
  )
  // Focus stays inside: the board behind is inert.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await expect(help.locator(':focus')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(card).toBeFocused()

  await page.keyboard.press('/')
  const search = page.getByRole('searchbox', { name: 'Search' })
  await expect(search).toBeFocused()
  await page.keyboard.type('Con/?')
  await expect(search).toHaveValue('Con/?')
  await expect(help).toBeHidden()
  await page.keyboard.press('F1')
  await expect(help).toBeVisible()
  await help.getByRole('button', { name: 'Close' }).press('Enter')
  await expect(search).toBeFocused()

  await page.keyboard.press('Control+,')
  await expect(page.getByRole('main', { name: 'Settings' })).toBeVisible()
  await page.keyboard.press('Control+f')
  await expect(search).toBeFocused()
  await expect(page.getByRole('main', { name: 'Board' })).toBeVisible()
})

test('the app menu runs the same commands', async ({ launch, dataFolder }) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const app = await launch()
  const { page } = app
  await app.chooseMenuCommand('showHelp')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  await cardIn(page, 'thank-you', 'Contoso').focus()
  await app.chooseMenuCommand('nextStage')
  await expect(cardIn(page, 'check-in', 'Contoso')).toBeVisible()
  await app.chooseMenuCommand('undo')
  await expect(cardIn(page, 'thank-you', 'Contoso')).toBeVisible()

  await app.chooseMenuCommand('newInterview')
  await expect(page.getByRole('dialog', { name: /interview/i })).toBeVisible()
})
