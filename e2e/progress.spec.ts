import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PROGRESS_NOW, seedProgressBoard } from './progress-board'

async function openProgress(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Progress', exact: true }).click()
  const view = page.getByTestId('progress')
  await expect(view.getByRole('heading', { name: 'Progress', level: 1 })).toBeFocused()
  return view
}

/** A chart's figures as its screen-reader table gives them, one array per row. */
async function tableRows(view: Locator, name: string): Promise<string[][]> {
  const rows = view.getByRole('table', { name }).locator('tbody tr')
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
  )
}

test('shows the figures of a known board, and goes back to it', async ({ launch, dataFolder }) => {
  await seedProgressBoard(dataFolder)
  const { page } = await launch({ now: PROGRESS_NOW })
  const view = await openProgress(page)
  await expect(page.getByRole('search')).toBeHidden()

  await expect(view.getByRole('list', { name: 'In short' }).getByRole('listitem')).toHaveText([
    '9 interviews in the last 12 weeks, 5 of them in the last four.',
    'You sent 10 of 12 follow-ups on time.',
    '2 follow-ups are past due right now: the board’s Due filter shows which.',
    '1 offer so far. Well done.',
  ])

  // Mondays in Berlin, oldest first; Litware's August interview is before the window.
  const weeks = await tableRows(view, 'Interviews per week')
  expect(weeks.map(([, n]) => Number(n))).toEqual([0, 1, 0, 0, 0, 1, 1, 1, 0, 2, 1, 2])
  expect(weeks[0]![0]).toMatch(/Sep 7|7 Sep/)
  expect(weeks[11]![0]).toMatch(/Nov 23|23 Nov/)
  const weekChart = view.getByTestId('chart-weeks')
  await expect(weekChart.locator('svg text.chart__value')).toHaveText([
    '1',
    '1',
    '1',
    '1',
    '2',
    '1',
    '2',
  ])
  await expect(weekChart.locator('svg text.chart__label--current')).toHaveText('This week')

  expect(await tableRows(view, 'Follow-ups sent on time')).toEqual([
    ['Thank-you', '8', '1'],
    ['Check-in', '1', '1'],
    ['Final', '1', '0'],
  ])
  const timing = view.getByTestId('chart-timing')
  await expect(timing.locator('svg text.chart__value')).toHaveText([
    '8 on time · 1 late',
    '1 on time · 1 late',
    '1 on time · 0 late',
  ])
  await expect(timing).toContainText('2 more are overdue and not sent yet.')

  const outcomes = [
    ['Offer', '1'],
    ['Rejected', '2'],
    ['Position filled', '0'],
    ['No response', '1'],
    ['Withdrew', '1'],
    ['Still open', '5'],
  ]
  expect(await tableRows(view, 'Outcomes')).toEqual(outcomes)
  await expect(view.getByTestId('chart-outcomes').locator('svg text.chart__value')).toHaveText(
    outcomes.map(([, n]) => n!),
  )

  await view.getByRole('button', { name: 'Back to board' }).click()
  await expect(page.getByTestId('progress')).toBeHidden()
  await expect(page.getByTestId('card')).toHaveCount(10)
  await expect(page.getByRole('button', { name: 'Progress', exact: true })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Progress', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
})

test('a follow-up marked sent late on the board counts as late', async ({ launch, dataFolder }) => {
  await seedProgressBoard(dataFolder)
  const { page } = await launch({ now: PROGRESS_NOW })
  // Northwind's thank-you was due yesterday: it goes out now, a day late.
  await page.getByTestId('card').filter({ hasText: 'Northwind' }).click()
  const panel = page.getByRole('dialog', { name: /Northwind Analytics/ })
  await panel.getByTestId('follow-up').getByRole('button', { name: 'Mark sent' }).click()
  await expect(page.getByTestId('column-check-in').getByText('Northwind Analytics')).toBeVisible()

  const view = await openProgress(page)
  expect((await tableRows(view, 'Follow-ups sent on time'))[0]).toEqual(['Thank-you', '8', '2'])
  await expect(view.getByText('You sent 10 of 13 follow-ups on time.')).toBeVisible()
  await expect(view.getByTestId('chart-timing')).toContainText(
    '1 more is overdue and not sent yet.',
  )
})

test('the top-bar button and Escape both lead back to the board', async ({
  launch,
  dataFolder,
}) => {
  await seedProgressBoard(dataFolder)
  const { page } = await launch({ now: PROGRESS_NOW })
  const button = page.getByRole('button', { name: 'Progress', exact: true })
  await openProgress(page)
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  await button.click()
  await expect(page.getByTestId('column-thank-you')).toBeVisible()

  await openProgress(page)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('progress')).toBeHidden()
  await expect(button).toBeFocused()
})

test('an empty board shows what will appear, and offers to add an interview', async ({
  launch,
}) => {
  const { page } = await launch({ now: PROGRESS_NOW })
  const view = await openProgress(page)
  await expect(view.getByRole('heading', { name: 'Nothing to chart yet' })).toBeVisible()
  await expect(view.getByRole('figure')).toHaveCount(0)
  await expect(view.getByRole('list', { name: 'In short' })).toHaveCount(0)
  await view.getByRole('button', { name: 'Add your first interview' }).click()
  await expect(page.getByRole('dialog', { name: 'New interview' })).toBeVisible()
})
