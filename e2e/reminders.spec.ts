import { readFile } from 'node:fs/promises'
import type { StoreData } from '@shared/store/store-format'
import type { FootholdApp, TimeControl } from './fixtures'
import { expect, test } from './fixtures'
import { seedBoard } from './seed'
import { fillNewInterview } from './ui'

function timeOf(app: FootholdApp): TimeControl {
  if (!app.time) throw new Error('Launch with `now` to move time')
  return app.time
}

test('a reminder after the interview opens its card, and marking it sent moves the card on', async ({
  launch,
}) => {
  const app = await launch({ now: '2026-11-17T09:00:00Z' })
  const time = timeOf(app)
  const { page } = app

  const dialog = await fillNewInterview(page, {
    company: 'Fabrikam Robotics',
    position: 'Firmware Engineer',
    date: '2026-11-17',
    start: '14:00',
    interviewer: 'Jonas Weber',
  })
  await dialog.getByRole('button', { name: 'Add interview' }).click()
  await expect(page.getByTestId('card').filter({ hasText: 'Fabrikam' })).toBeVisible()
  expect(await time.notifications()).toEqual([])

  await time.advanceTo('2026-11-18T12:00:00Z')
  const [notice, ...others] = await time.notifications()
  expect(others).toEqual([])
  expect(notice).toMatchObject({
    title: 'Thank Jonas for the interview',
    body: expect.stringContaining('Fabrikam Robotics, Firmware Engineer'),
  })
  // Catching up again (another resume) does not repeat it.
  await time.advanceTo('2026-11-18T12:05:00Z')
  expect(await time.notifications()).toHaveLength(1)

  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await time.click(notice!)
  const panel = page.getByRole('dialog', { name: /Fabrikam Robotics/ })
  await expect(panel).toBeVisible()
  const followUp = panel.locator(`[data-testid="follow-up"][data-key="${notice!.key}"]`)
  await expect(followUp).toBeInViewport()
  await expect(followUp).toContainText('Jonas Weber')

  await followUp.getByRole('button', { name: 'Mark sent' }).click()
  const card = page
    .getByTestId('column-check-in')
    .getByTestId('card')
    .filter({ hasText: 'Fabrikam' })
  await expect(card).toBeVisible()
  await expect(card).toHaveAttribute('data-due-state', 'upcoming')
  await expect(card).toContainText(/Check-in/)

  const stored = JSON.parse(await readFile(app.storeFile, 'utf8')) as StoreData
  expect(stored.cards[0]?.stage).toBe('check-in')
  expect(stored.cards[0]?.followUps.stages['thank-you'].sent).toHaveLength(1)
  expect(stored.cards[0]?.followUps.shownReminders.map((r) => r.key)).toEqual([notice!.key])
})

test('reminders that came due while Foothold was closed arrive once, as one summary', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [
    { company: 'Contoso' },
    { company: 'Litware' },
    { company: 'Proseware' },
  ])
  const app = await launch({ now: '2026-11-20T10:00:00Z' })
  const time = timeOf(app)
  await expect.poll(async () => (await time.notifications()).length).toBe(1)
  expect((await time.notifications())[0]).toMatchObject({ title: '3 follow-ups are due' })
  await expect(app.page.getByTestId('due-count')).toContainText('3')
  await app.restart()
  await expect(app.page.getByTestId('due-count')).toContainText('3')
  await app.time!.advanceTo('2026-11-20T10:00:00Z') // let the new session's scheduler catch up
  expect(await app.time!.notifications()).toEqual([])
})

test('a reminder the system will not show appears in the window, and opens its card', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Tailspin Toys' }])
  const app = await launch({ now: '2026-11-20T10:00:00Z' })
  const time = timeOf(app)
  await expect.poll(async () => (await time.notifications()).length).toBe(1)
  const [notice] = await time.notifications()
  await expect(app.page.getByTestId('in-app-reminder')).toHaveCount(0)

  await time.fail(notice!)
  const banner = app.page.getByTestId('in-app-reminder')
  await expect(banner).toContainText(notice!.title)
  await expect(banner).toContainText('did not display the notification')

  await banner.getByRole('button', { name: 'Open card' }).click()
  const panel = app.page.getByRole('dialog', { name: /Tailspin Toys/ })
  await expect(panel).toBeVisible()
  await expect(
    panel.locator(`[data-testid="follow-up"][data-key="${notice!.key}"]`),
  ).toBeInViewport()
  await expect(banner).toHaveCount(0)
})
