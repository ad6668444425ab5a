import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, writeStoreFile } from './fixtures'
import { seedBoard } from './seed'
import { cardIn, column, dragWithMouse, fillNewInterview, readStore } from './ui'

test('adds an interview from the dialog and keeps it', async ({ launch }) => {
  const app = await launch()
  const { page } = app
  const dialog = await fillNewInterview(page, {
    company: 'Fabrikam Robotics',
    position: 'Firmware Engineer',
    date: '2026-11-20',
    start: '10:30',
    interviewer: 'Jonas Weber',
  })
  await dialog.getByRole('button', { name: 'Add interview' }).click()

  const card = cardIn(page, 'thank-you', 'Fabrikam Robotics')
  await expect(card).toBeVisible()
  await expect(card).toContainText('Firmware Engineer')
  await expect(card).toContainText('JW')
  await expect(column(page, 'thank-you').getByTestId('column-count')).toHaveText('1')

  await app.restart()
  await expect(cardIn(app.page, 'thank-you', 'Fabrikam Robotics')).toBeVisible()
  const [stored] = (await readStore(app.storeFile)).cards
  expect(stored).toMatchObject({
    company: 'Fabrikam Robotics',
    position: 'Firmware Engineer',
    stage: 'thank-you',
  })
  expect(stored?.interviewers.map((i) => i.name)).toEqual(['Jonas Weber'])
})

test('shows what is wrong in the dialog instead of adding a broken card', async ({ launch }) => {
  const { page, storeFile } = await launch()
  await page.getByRole('button', { name: 'New interview' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Company').fill('   ')
  await dialog.getByRole('button', { name: 'Add interview' }).click()
  await expect(dialog.getByText('Company is required')).toBeVisible()
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('card')).toHaveCount(0)
  await expect(readFile(storeFile, 'utf8')).rejects.toThrow()
})

test('drags a card from Thank-you to Check-in with the mouse, persists it, and undoes it', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }, { company: 'Tailspin Toys' }])
  const { page, storeFile } = await launch()
  await dragWithMouse(page, cardIn(page, 'thank-you', 'Contoso'), column(page, 'check-in'))

  await expect(cardIn(page, 'check-in', 'Contoso')).toBeVisible()
  await expect(column(page, 'check-in').getByTestId('column-count')).toHaveText('1')
  await expect(column(page, 'thank-you').getByTestId('column-count')).toHaveText('1')
  await expect
    .poll(
      async () => (await readStore(storeFile)).cards.find((c) => c.company === 'Contoso')?.stage,
    )
    .toBe('check-in')
  const moved = (await readStore(storeFile)).cards.find((c) => c.company === 'Contoso')!
  expect(moved.activity.at(-1)).toMatchObject({ kind: 'moved', from: 'thank-you', to: 'check-in' })

  const toast = page.getByRole('status').filter({ hasText: 'Contoso' })
  await expect(toast).toContainText('Check-in')
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(cardIn(page, 'thank-you', 'Contoso')).toBeVisible()
  await expect
    .poll(
      async () => (await readStore(storeFile)).cards.find((c) => c.company === 'Contoso')?.stage,
    )
    .toBe('thank-you')
})

test('moves a card with the keyboard alone, with announcements', async ({ launch, dataFolder }) => {
  await seedBoard(dataFolder, [{ company: 'Wide World Importers' }])
  const { page, storeFile } = await launch()
  const card = cardIn(page, 'thank-you', 'Wide World Importers')
  await card.focus()
  await page.keyboard.press('Space')
  await expect(page.locator('[aria-live]').filter({ hasText: /Picked up/i })).toHaveCount(1)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(cardIn(page, 'final', 'Wide World Importers')).toBeVisible()
  await expect(page.locator('[aria-live]').filter({ hasText: /Final/ }).first()).toBeAttached()
  await expect.poll(async () => (await readStore(storeFile)).cards[0]?.stage).toBe('final')
})

test('dropping on Closed asks for the outcome; cancelling leaves the card where it was', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Litware', stage: 'final' }])
  const { page, storeFile } = await launch()

  await dragWithMouse(page, cardIn(page, 'final', 'Litware'), column(page, 'closed'))
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('outcome')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(cardIn(page, 'final', 'Litware')).toBeVisible()

  await dragWithMouse(page, cardIn(page, 'final', 'Litware'), column(page, 'closed'))
  await page.getByRole('dialog').getByText('Offer', { exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Close card' }).click()
  await expect(cardIn(page, 'closed', 'Litware')).toContainText('Offer')
  await expect
    .poll(async () => (await readStore(storeFile)).cards[0])
    .toMatchObject({ stage: 'closed', outcome: 'offer' })
})

test('deletes a card from its panel and brings it back with Undo', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Adventure Works' }])
  const { page, storeFile } = await launch()
  await cardIn(page, 'thank-you', 'Adventure Works').click()
  await page.getByRole('button', { name: 'Delete' }).click()
  const confirm = page
    .getByRole('alertdialog')
    .or(page.getByRole('dialog').filter({ hasText: /delete/i }))
  if (await confirm.getByRole('button', { name: /Delete/ }).count()) {
    await confirm
      .getByRole('button', { name: /Delete/ })
      .last()
      .click()
  }
  await expect(page.getByTestId('card')).toHaveCount(0)
  await expect.poll(async () => (await readStore(storeFile)).cards.length).toBe(0)
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(cardIn(page, 'thank-you', 'Adventure Works')).toBeVisible()
  await expect.poll(async () => (await readStore(storeFile)).cards.length).toBe(1)
})

test('the same board is there after a restart', async ({ launch, dataFolder }) => {
  await seedBoard(dataFolder, [
    { company: 'Alpine Ski House', stage: 'check-in' },
    { company: 'Coho Winery', stage: 'closed', outcome: 'rejected' },
    { company: 'Margie’s Travel' },
  ])
  const app = await launch()
  await dragWithMouse(
    app.page,
    cardIn(app.page, 'thank-you', 'Margie’s Travel'),
    column(app.page, 'final'),
  )
  await expect(cardIn(app.page, 'final', 'Margie’s Travel')).toBeVisible()
  await app.restart()
  const { page } = app
  await expect(cardIn(page, 'check-in', 'Alpine Ski House')).toBeVisible()
  await expect(cardIn(page, 'closed', 'Coho Winery')).toContainText('Rejected')
  await expect(cardIn(page, 'final', 'Margie’s Travel')).toBeVisible()
  for (const [stage, count] of [
    ['thank-you', '0'],
    ['check-in', '1'],
    ['final', '1'],
    ['closed', '1'],
  ]) {
    await expect(column(page, stage!).getByTestId('column-count')).toHaveText(count!)
  }
})

test('a corrupt store file is kept aside, named in a banner, and the app still works', async ({
  launch,
  dataFolder,
}) => {
  const garbage = '{"schemaVersion":1,"cards":[{"company":"Half-writ'
  await writeStoreFile(dataFolder, garbage)
  const { page } = await launch()
  const banner = page.getByRole('alert')
  await expect(banner).toBeVisible()
  const kept = (await readdir(dataFolder)).find((name) => name.startsWith('foothold.corrupt-'))
  expect(kept).toBeDefined()
  await expect(banner).toContainText(kept!)
  await expect(banner).toContainText(/empty board|no backup/i)
  expect(await readFile(join(dataFolder, kept!), 'utf8')).toBe(garbage)
  await expect(page.getByTestId('column-thank-you')).toBeVisible()
})

test('the page runs under the strict CSP without a single violation or error', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Proseware' }])
  const { page } = await launch()
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(e.message))
  const response = await page.reload()
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  await expect(cardIn(page, 'thank-you', 'Proseware')).toBeVisible()
  await dragWithMouse(page, cardIn(page, 'thank-you', 'Proseware'), column(page, 'check-in'))
  await expect(cardIn(page, 'check-in', 'Proseware')).toBeVisible()
  expect(problems).toEqual([])
})

test('edits a card in its panel, saves it, and finds the edits after a restart', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso', interviewers: ['Priya Raman'] }])
  const app = await launch()
  await cardIn(app.page, 'thank-you', 'Contoso').click()
  let panel = app.page.getByRole('dialog', { name: 'Contoso' })
  await panel.getByLabel('Position').fill('Staff Product Designer')
  await panel.getByRole('button', { name: 'Add another interviewer' }).click()
  await panel.getByLabel('Interviewer name').nth(1).fill('Jonas Weber')
  await panel.getByRole('button', { name: 'Remove interviewer 1' }).click()
  await expect(panel.getByLabel('Interviewer name')).toHaveCount(1)
  await expect(panel.getByText('Unsaved changes')).toBeVisible()
  await panel.getByRole('button', { name: 'Save changes' }).click()
  await expect(panel.getByRole('button', { name: 'Save changes' })).toBeDisabled()
  await expect(panel.getByText('Unsaved changes')).toHaveCount(0)
  await expect(cardIn(app.page, 'thank-you', 'Contoso')).toContainText('Staff Product Designer')
  await expect(cardIn(app.page, 'thank-you', 'Contoso')).toContainText('JW')

  await app.restart()
  await cardIn(app.page, 'thank-you', 'Contoso').click()
  panel = app.page.getByRole('dialog', { name: 'Contoso' })
  await expect(panel.getByLabel('Position')).toHaveValue('Staff Product Designer')
  await expect(panel.getByLabel('Interviewer name')).toHaveCount(1)
  await expect(panel.getByLabel('Interviewer name')).toHaveValue('Jonas Weber')

  const [stored] = (await readStore(app.storeFile)).cards
  expect(stored?.position).toBe('Staff Product Designer')
  expect(stored?.interviewers.map((i) => i.name)).toEqual(['Jonas Weber'])
  expect(stored?.activity.at(-1)).toMatchObject({
    kind: 'edited',
    fields: ['position', 'interviewers'],
  })
})

test('search filters by company, position and interviewer, and clearing it shows all', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [
    { company: 'Contoso', position: 'Product Designer', interviewers: ['Priya Raman'] },
    { company: 'Tailspin Toys', position: 'Firmware Engineer', interviewers: ['Jonas Weber'] },
    {
      company: 'Fabrikam',
      position: 'Data Analyst',
      stage: 'check-in',
      interviewers: ['Zoë Lindqvist', 'Ana Costa'],
    },
  ])
  const { page } = await launch()
  const search = page.getByRole('searchbox', { name: 'Search' })
  const companies = () => page.getByTestId('card').locator('.card__company')
  await expect(companies()).toHaveCount(3)

  await search.fill('tailspin')
  await expect(companies()).toHaveText(['Tailspin Toys'])

  await search.fill('analy')
  await expect(companies()).toHaveText(['Fabrikam'])
  await expect(column(page, 'check-in').getByTestId('card')).toHaveCount(1)

  // Interviewer names, with or without the accent.
  await search.fill('zoe lind')
  await expect(companies()).toHaveText(['Fabrikam'])
  await search.fill('Jonas')
  await expect(companies()).toHaveText(['Tailspin Toys'])

  await search.fill('Northwind')
  await expect(page.getByTestId('card')).toHaveCount(0)
  const noResults = page.getByRole('note').filter({ hasText: 'No interviews match' })
  await expect(noResults).toContainText('“Northwind”')

  await noResults.getByRole('button', { name: 'Clear search' }).click()
  await expect(search).toHaveValue('')
  await expect(noResults).toHaveCount(0)
  await expect(companies()).toHaveCount(3)

  await search.fill('designer')
  await expect(companies()).toHaveText(['Contoso'])
  await search.fill('')
  await expect(companies()).toHaveCount(3)
})

test('a read-only board offers no changes and says why', async ({ launch, dataFolder }) => {
  // Written by a newer Foothold: this one must not touch it.
  const newer = JSON.stringify({ schemaVersion: 99, settings: {}, cards: [] })
  await writeStoreFile(dataFolder, newer)
  const { page, storeFile } = await launch()
  await expect(page.getByRole('alert')).toContainText('Read-only')
  await expect(page.getByTestId('read-only-hint')).toBeVisible()
  await expect(page.getByRole('button', { name: 'New interview' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Add your first interview' })).toBeDisabled()
  // Still visible after the banner is dismissed.
  await page.getByRole('button', { name: 'Dismiss this message' }).click()
  await expect(page.getByTestId('read-only-hint')).toBeVisible()
  expect(await readFile(storeFile, 'utf8')).toBe(newer)
})

test('the new interview dialog asks before throwing away what was typed', async ({ launch }) => {
  const { page } = await launch()
  const dialog = page.getByRole('dialog', { name: 'New interview' })
  // Open, and drawn: its form arrives as a chunk of its own, and keys before that reach the board.
  const open = async () => {
    await page.getByRole('button', { name: 'New interview' }).first().click()
    await expect(dialog.getByLabel('Company')).toBeVisible()
  }
  const prompt = dialog.getByRole('alertdialog', { name: 'Unsaved changes' })

  // Nothing typed: Escape and Cancel just close.
  await open()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  await open()
  await dialog.getByLabel('Company').fill('Fabrikam')
  await page.keyboard.press('Escape')
  await expect(prompt).toContainText('Discard unsaved changes?')
  await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused()
  // Escape again keeps the edits, however often it is pressed.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Company')).toHaveValue('Fabrikam')

  await expect(prompt).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await prompt.getByRole('button', { name: 'Keep editing' }).click()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expect(dialog.getByLabel('Company')).toHaveValue('Fabrikam')

  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await prompt.getByRole('button', { name: 'Discard changes' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('card')).toHaveCount(0)
  await open()
  await expect(dialog.getByLabel('Company')).toHaveValue('')
})

test('a long board opens with every card counted, and its last card in reach', async ({
  launch,
  dataFolder,
}) => {
  // More cards than the first screen sends of a column.
  await seedBoard(
    dataFolder,
    Array.from({ length: 60 }, (_, i) => ({ company: `Company ${i + 1}` })),
  )
  const { page } = await launch({ now: '2026-11-18T09:00:00.000Z' })
  const thankYou = column(page, 'thank-you')
  await expect(thankYou.getByTestId('column-count')).toHaveText('60')
  await expect(page.getByTestId('due-count')).toHaveText('60 due')
  await expect(page.locator('.board')).toHaveAttribute('aria-busy', 'false')
  await thankYou.locator('.column__scroll').evaluate((box) => (box.scrollTop = box.scrollHeight))
  const last = thankYou.locator('[data-card-slot][aria-posinset="60"]')
  await expect(last).toBeInViewport()
  await expect(last).toHaveAttribute('aria-setsize', '60')
  await expect(last.getByTestId('card')).toContainText('Company')
})
