import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, writeStoreFile } from './fixtures'
import { seedBoard } from './seed'
import { storedCompanies } from './ui'

test('a board with cards that cannot be read opens with the good ones and says which were kept aside', async ({
  launch,
  dataFolder,
}) => {
  const board = await seedBoard(dataFolder, [
    { company: 'Contoso' },
    { company: 'Broken Co', position: 'Analyst' },
    { company: 'Fabrikam' },
    { company: 'Odd One' },
  ])
  // One interview ends before it starts; another has a company name no one could have typed.
  const cards = board.cards.map((card, i) =>
    i === 1
      ? { ...card, time: { ...card.time, end: '2026-11-17T13:00:00.000Z' } }
      : i === 3
        ? { ...card, company: `Odd\u0007One\n${'x'.repeat(300)}` }
        : card,
  )
  await writeStoreFile(dataFolder, JSON.stringify({ ...board, cards }, null, 2))
  const app = await launch()
  const { page } = app

  await expect(page.getByTestId('card')).toHaveCount(2)
  await expect(page.getByTestId('card').filter({ hasText: 'Contoso' })).toBeVisible()
  await expect(page.getByTestId('card').filter({ hasText: 'Fabrikam' })).toBeVisible()

  const kept = (await readdir(dataFolder)).find((name) => name.startsWith('foothold.set-aside-'))
  expect(kept).toBeDefined()
  const banner = page.getByRole('alert').filter({ hasText: 'couldn’t be read' })
  await expect(banner).toContainText('2 interviews in your data file couldn’t be read.')
  await expect(banner).toContainText(kept!)
  await expect(banner.getByRole('listitem').first()).toHaveText(
    'Broken Co — Analyst: time.end: The interview must end after it starts',
  )
  const odd = banner.getByRole('listitem').nth(1)
  await expect(odd).toContainText('Odd\uFFFDOne\uFFFD')
  await expect(odd).not.toContainText('x'.repeat(100))
  await odd.getByRole('button', { name: /Show all/ }).click()
  await expect(odd).toContainText('x'.repeat(100))

  // Kept whole: each card as the file had it, with its reason.
  const setAside = JSON.parse(await readFile(join(dataFolder, kept!), 'utf8')) as {
    cards: Array<{ interview: number; reason: string; card: unknown }>
  }
  expect(setAside.cards.map((c) => [c.interview, c.card])).toEqual([
    [2, cards[1]],
    [4, cards[3]],
  ])

  // The board on disk holds the good cards; the next start opens it without a word.
  await expect.poll(() => storedCompanies(app.storeFile)).toEqual(['Contoso', 'Fabrikam'])
  await page.getByRole('button', { name: 'Dismiss this message' }).click()
  await expect(banner).toHaveCount(0)
  await app.restart()
  await expect(app.page.getByTestId('card')).toHaveCount(2)
  await expect(app.page.getByRole('alert')).toHaveCount(0)
  expect((await readdir(dataFolder)).filter((n) => n.startsWith('foothold.set-aside-'))).toEqual([
    kept,
  ])
})

test('a board saved with a byte-order mark opens as the board it is', async ({
  launch,
  dataFolder,
}) => {
  const board = await seedBoard(dataFolder, [{ company: 'Contoso' }, { company: 'Fabrikam' }])
  await writeStoreFile(dataFolder, `\uFEFF${JSON.stringify(board, null, 2)}`)
  const { page } = await launch()
  await expect(page.getByTestId('card')).toHaveCount(2)
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect((await readdir(dataFolder)).some((n) => n.startsWith('foothold.corrupt-'))).toBe(false)
})
