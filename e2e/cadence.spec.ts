import { readFile } from 'node:fs/promises'
import { sendAndAdvance } from '@shared/cadence/advance'
import { createCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { emptyStore } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import type { FootholdApp, TimeControl } from './fixtures'
import { expect, test, writeStoreFile } from './fixtures'
import { cardIn, column, dragWithMouse, fillNewInterview, readStore } from './ui'

function timeOf(app: FootholdApp): TimeControl {
  if (!app.time) throw new Error('Launch with `now` to move time')
  return app.time
}

/**
 * Northwind, interviewed on Tuesday 17 Nov 2026 (Berlin): the thank-you went out that evening and
 * the check-in on Tuesday 24 Nov, so the card is in Final.
 */
async function seedCardInFinal(dataFolder: string, decisionDate: string | null = null) {
  let card: Card = createCard(
    sampleDetails({ decisionDate }),
    'northwind',
    new Date('2026-11-17T16:00:00Z'),
  )
  for (const at of ['2026-11-17T17:00:00Z', '2026-11-24T09:00:00Z']) {
    const next = sendAndAdvance(card, card.followUps, card.stage, 'all', new Date(at))
    card = { ...next.card, followUps: next.followUps }
  }
  expect(card.stage).toBe('final')
  await writeStoreFile(
    dataFolder,
    JSON.stringify({ ...emptyStore('Europe/Berlin'), cards: [card] }),
  )
  return card
}

// Tuesday 1 Dec 2026, 10:00 in Berlin.
const NOW = '2026-12-01T09:00:00Z'

test('a card dragged back to Check-in has a check-in to send again, and its reminder comes', async ({
  launch,
  dataFolder,
}) => {
  const seeded = await seedCardInFinal(dataFolder)
  const app = await launch({ now: NOW })
  const time = timeOf(app)
  const { page } = app

  await dragWithMouse(page, cardIn(page, 'final', 'Northwind'), column(page, 'check-in'))
  const card = cardIn(page, 'check-in', 'Northwind')
  await expect(card).toBeVisible()
  // Not "waiting for a reply": the earlier check-in is history, a new one is planned.
  await expect(card).toHaveAttribute('data-due-state', 'upcoming')
  await expect(card).toContainText(/Check-in due/)

  await card.click()
  const panel = page.getByRole('dialog', { name: /Northwind/ })
  const row = panel.getByTestId('follow-up')
  await expect(row).toHaveCount(1)
  await expect(row).toHaveAttribute('data-state', 'upcoming')
  await expect(row).toContainText('Priya Raman')
  await expect(row.getByRole('button', { name: 'Mark sent' })).toBeVisible()
  await expect(row).toContainText(
    /Why this date: a week after you moved the card to Check-in on Tue,? (1 Dec|Dec 1)\./,
  )

  // The stored card keeps the first check-in: nothing is lost, it just no longer counts.
  await expect.poll(async () => (await readStore(app.storeFile)).cards[0]?.stage).toBe('check-in')
  const stored = (await readStore(app.storeFile)).cards[0]!
  expect(stored.followUps.stages['check-in'].sent).toEqual(seeded.followUps.stages['check-in'].sent)

  // A week after the move, Tuesday 8 Dec at 09:00, the reminder names the person. (The final
  // due this morning was shown at start.)
  await page.keyboard.press('Escape')
  const shownBefore = (await time.notifications()).length
  await time.advanceTo('2026-12-08T07:59:00Z')
  expect(await time.notifications()).toHaveLength(shownBefore)
  await time.advanceTo('2026-12-08T08:00:00Z')
  const notices = (await time.notifications()).slice(shownBefore)
  expect(notices.map((n) => [n.title, n.key])).toEqual([
    ['Check in with Priya Raman', 'northwind:check-in:iv-1'],
  ])

  // Marked sent in this visit, the card moves on to Final by itself again.
  await time.click(notices[0]!)
  await panel.getByRole('button', { name: 'Mark sent' }).click()
  await expect(cardIn(page, 'final', 'Northwind')).toBeVisible()
  await expect
    .poll(async () => (await readStore(app.storeFile)).cards[0]?.followUps.stages['check-in'].sent)
    .toEqual([{ interviewerId: 'iv-1', sentAt: '2026-12-08T08:00:00.000Z' }])
})

test('undoing a drag back puts the card back exactly as it was', async ({ launch, dataFolder }) => {
  const seeded = await seedCardInFinal(dataFolder)
  const app = await launch({ now: NOW })
  const { page } = app
  await dragWithMouse(page, cardIn(page, 'final', 'Northwind'), column(page, 'check-in'))
  await expect(cardIn(page, 'check-in', 'Northwind')).toBeVisible()
  await expect.poll(async () => (await readStore(app.storeFile)).cards[0]?.stage).toBe('check-in')

  const toast = page.getByRole('status').filter({ hasText: 'Northwind' })
  await toast.getByRole('button', { name: 'Undo' }).click()
  const back = cardIn(page, 'final', 'Northwind')
  await expect(back).toBeVisible()
  await expect(page.getByTestId('toast')).toHaveText(
    /Undone — Northwind Analytics is back in Final/,
  )
  // The final is due today, as before the drag: the check-in sent on 24 Nov still counts.
  await expect(back).toHaveAttribute('data-due-state', 'due-today')
  // As seeded, but for the record of the final's reminder shown at start.
  const shownReminders = [{ key: 'northwind:final:iv-1', at: NOW.replace('Z', '.000Z') }]
  await expect
    .poll(async () => (await readStore(app.storeFile)).cards[0])
    .toEqual({ ...seeded, followUps: { ...seeded.followUps, shownReminders } })
})

test('the forms refuse a decision date before the interview, and an end before the start, beside the field', async ({
  launch,
  dataFolder,
}) => {
  await seedCardInFinal(dataFolder)
  // Wednesday 25 Nov: nothing is due, so nothing but the person writes to the file.
  const app = await launch({ now: '2026-11-25T09:00:00Z' })
  const { page } = app
  const before = await readFile(app.storeFile, 'utf8')

  const dialog = await fillNewInterview(page, {
    company: 'Fabrikam Robotics',
    position: 'Firmware Engineer',
    date: '2026-11-24',
    start: '14:00',
    interviewer: 'Jonas Weber',
  })
  await dialog.getByLabel('Duration (minutes)').fill('0')
  await dialog.getByLabel('Decision expected by').fill('2026-11-20')
  await dialog.getByRole('button', { name: 'Add interview' }).click()

  const decision = dialog.getByLabel('Decision expected by')
  await expect(decision).toHaveAttribute('aria-invalid', 'true')
  await expect(decision).toHaveAccessibleDescription(
    'The decision date comes before the interview (Tue 24 Nov 2026)',
  )
  const duration = dialog.getByLabel('Duration (minutes)')
  await expect(duration).toHaveAccessibleDescription(
    'The interview must end after it starts: at least 1 minute',
  )
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('card').filter({ hasText: 'Fabrikam' })).toHaveCount(0)
  expect(await readFile(app.storeFile, 'utf8')).toBe(before)

  // The interview's own day is fine.
  await duration.fill('45')
  await decision.fill('2026-11-24')
  await expect(decision).toHaveAttribute('aria-invalid', 'false')
  await dialog.getByRole('button', { name: 'Add interview' }).click()
  await expect(cardIn(page, 'thank-you', 'Fabrikam Robotics')).toBeVisible()

  // The card panel's form says the same, and saves nothing either.
  await cardIn(page, 'final', 'Northwind').click()
  const panel = page.getByRole('dialog', { name: /Northwind/ })
  await panel.getByLabel('Decision expected by').fill('2026-11-10')
  await panel.getByRole('button', { name: 'Save changes' }).click()
  await expect(panel.getByLabel('Decision expected by')).toHaveAccessibleDescription(
    'The decision date comes before the interview (Tue 17 Nov 2026)',
  )
  const stored = (await readStore(app.storeFile)).cards.find((c) => c.id === 'northwind')!
  expect(stored.decisionDate).toBeNull()
  expect(stored.activity.some((a) => a.kind === 'edited')).toBe(false)
})

test('snoozing until a decision date that has passed is shown unavailable, saying why', async ({
  launch,
  dataFolder,
}) => {
  await seedCardInFinal(dataFolder, '2026-11-27')
  const app = await launch({ now: NOW })
  const { page } = app
  await cardIn(page, 'final', 'Northwind').click()
  const panel = page.getByRole('dialog', { name: /Northwind/ })
  await panel.getByTestId('follow-up').first().getByRole('button', { name: 'Snooze' }).click()
  const item = page.getByRole('menuitem', { name: /Until decision date/ })
  await expect(item).toHaveAttribute('aria-disabled', 'true')
  await expect(item).toContainText(/The decision date, Fri,? (27 Nov|Nov 27), has passed/)
  // A click (the menu item is aria-disabled, so Playwright would wait for it to be enabled).
  await item.dispatchEvent('click')
  // Nothing happened: the menu is still open and no snooze was saved.
  await expect(item).toBeVisible()
  expect((await readStore(app.storeFile)).cards[0]!.followUps.snoozes).toEqual([])
})

test('the nudge after a late interview waits for the morning, and the setting can turn that off', async ({
  launch,
  dataFolder,
}) => {
  await writeStoreFile(dataFolder, JSON.stringify(emptyStore('Europe/Berlin')))
  // Tuesday 17 Nov 2026, 22:30 in Berlin.
  const app = await launch({ now: '2026-11-17T21:30:00Z' })
  const time = timeOf(app)
  const { page } = app
  const dialog = await fillNewInterview(page, {
    company: 'Litware',
    position: 'Analyst',
    date: '2026-11-17',
    start: '21:00',
    interviewer: 'Ines Moreau',
  })
  await dialog.getByRole('button', { name: 'Add interview' }).click()
  await expect(cardIn(page, 'thank-you', 'Litware')).toBeVisible()

  // It ended at 21:45: the nudge would come at 22:45, but waits for 07:00.
  await time.advanceTo('2026-11-18T05:59:00Z')
  expect(await time.notifications()).toEqual([])
  await time.advanceTo('2026-11-18T06:00:00Z')
  expect((await time.notifications()).map((n) => n.title)).toEqual(['Thank Ines for the interview'])

  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = page.getByTestId('settings')
  await settings.getByRole('button', { name: 'Reminders', exact: true }).click()
  const wait = settings.getByRole('switch', {
    name: 'After a late interview, wait for the morning',
  })
  await expect(wait).toBeChecked()
  await wait.uncheck()
  await settings.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByTestId('toast')).toHaveText(/Settings saved/)
  expect((await readStore(app.storeFile)).settings.cadence.freshReminderWaitsForMorning).toBe(false)
})
