import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoreData } from '@shared/store/store-format'
import { expect, test } from './fixtures'
import { seedBoard } from './seed'

test('a board changed on disk by a sync tool is reloaded, not overwritten', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const app = await launch()
  await expect(app.page.getByTestId('card')).toHaveCount(1)
  // Foothold has recorded the reminder it showed, so it has nothing left to save.
  await expect
    .poll(async () => (JSON.parse(await readFile(app.storeFile, 'utf8')) as StoreData).cards[0])
    .toMatchObject({ followUps: { shownReminders: [expect.anything()] } })

  // Another machine's copy arrives through the sync folder.
  await seedBoard(dataFolder, [{ company: 'Contoso' }, { company: 'Synced Ltd' }])
  await expect(app.page.getByTestId('card').filter({ hasText: 'Synced Ltd' })).toBeVisible({
    timeout: 10_000,
  })
  await expect(
    app.page.getByRole('status').filter({ hasText: 'changed on disk outside Foothold' }),
  ).toBeVisible()

  await expect(app.page.getByRole('alert')).toHaveCount(0)
  await app.restart()
  await expect(app.page.getByTestId('card')).toHaveCount(2)
})

test('when the file and the board both changed, nothing is lost and a kept copy is named', async ({
  launch,
  dataFolder,
}) => {
  const app = await launch()
  const { page } = app
  await page.getByRole('button', { name: 'New interview' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Company').fill('Typed Here Inc')
  await dialog.getByLabel('Position').fill('Analyst')
  await dialog.getByLabel('Interviewer name').first().fill('Ana Lopez')
  // The other version lands just before Foothold saves the new card. The store checks the file
  // every few seconds, so it may load the other version first (then both end up in the board), or
  // meet it only when saving (then the other version is kept as a copy, named in a banner).
  await seedBoard(dataFolder, [{ company: 'From The Laptop' }])
  await dialog.getByRole('button', { name: 'Add interview' }).click()
  await expect(page.getByTestId('card').filter({ hasText: 'Typed Here Inc' })).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveCount(0)

  const companies = async (file: string) =>
    (JSON.parse(await readFile(file, 'utf8')) as StoreData).cards.map((c) => c.company)
  await expect.poll(() => companies(app.storeFile)).toContain('Typed Here Inc')
  const copy = (await readdir(dataFolder)).find((name) => name.startsWith('foothold.conflict-'))
  if (copy) {
    const banner = page.getByRole('alert')
    await expect(banner).toContainText('changed outside Foothold')
    await expect(banner).toContainText(copy)
    expect(await companies(join(dataFolder, copy))).toEqual(['From The Laptop'])
  } else {
    expect(await companies(app.storeFile)).toEqual(['From The Laptop', 'Typed Here Inc'])
    await expect(page.getByTestId('card').filter({ hasText: 'From The Laptop' })).toBeVisible()
  }
})
