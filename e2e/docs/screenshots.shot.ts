import type { Page } from '@playwright/test'
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, writeStoreFile } from '../fixtures'
import { seedBoard } from '../seed'
import { SCREENSHOTS, shoot } from './shoot'

// `npm run screenshots` refreshes the pictures in docs/. Not part of `npm test`.
const board = [
  {
    company: 'Northwind Analytics',
    position: 'Senior Data Engineer',
    interviewers: ['Priya Raman', 'Tom Becker'],
  },
  { company: 'Fabrikam Robotics', position: 'Firmware Engineer', interviewers: ['Jonas Weber'] },
  {
    company: 'Contoso Health',
    position: 'Product Designer',
    interviewers: ['Amara Okafor', 'Lea Novak', 'Sam Lee'],
  },
  {
    company: 'Tailspin Toys',
    position: 'Frontend Engineer',
    stage: 'check-in' as const,
    interviewers: ['Diego Alvarez'],
  },
  {
    company: 'Litware',
    position: 'Engineering Manager',
    stage: 'check-in' as const,
    interviewers: ['Mei Chen'],
  },
  {
    company: 'Alpine Ski House',
    position: 'Mobile Developer',
    stage: 'final' as const,
    interviewers: ['Hannah Schulz'],
  },
  {
    company: 'Coho Winery',
    position: 'Data Analyst',
    stage: 'closed' as const,
    outcome: 'offer' as const,
    interviewers: ['Olivia Brown'],
  },
  {
    company: 'Wide World Importers',
    position: 'QA Lead',
    stage: 'closed' as const,
    outcome: 'position-filled' as const,
    interviewers: ['Kenji Sato'],
  },
]

for (const scheme of ['light', 'dark'] as const) {
  test(`board, ${scheme}`, async ({ launch, dataFolder }) => {
    await seedBoard(dataFolder, board)
    const { page } = await launch()
    await page.emulateMedia({ colorScheme: scheme })
    await expect(page.getByTestId('card')).toHaveCount(board.length)
    await shoot(page, `board-${scheme}`)
  })

  test(`empty board, ${scheme}`, async ({ launch }) => {
    const { page } = await launch()
    await page.emulateMedia({ colorScheme: scheme })
    await shoot(page, `board-empty-${scheme}`)
  })
}

test('mid-drag', async ({ launch, dataFolder }) => {
  await seedBoard(dataFolder, board)
  const { page } = await launch()
  const card = page.getByTestId('card').filter({ hasText: 'Fabrikam' })
  const target = page.getByTestId('column-check-in')
  const a = (await card.boundingBox())!
  const b = (await target.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(b.x + b.width / 2, b.y + 260, { steps: 25 })
  await page.screenshot({ path: `${SCREENSHOTS}/board-mid-drag.png` })
  await page.mouse.up()
})

test('new interview dialog and card panel', async ({ launch, dataFolder }) => {
  await seedBoard(dataFolder, board)
  const { page } = await launch()
  await page.getByRole('button', { name: 'New interview' }).first().click()
  await expect(page.getByRole('dialog', { name: 'New interview' })).toBeVisible()
  await shoot(page, 'new-interview')
  await page.keyboard.press('Escape')
  await page.getByTestId('card').filter({ hasText: 'Northwind' }).click()
  await expect(page.getByRole('dialog', { name: /Northwind/ })).toBeVisible()
  await shoot(page, 'card-panel')
})

// A short, generic folder so the picture shows what a person would see, not the test's output path.
const genericDataFolder = {
  dataFolder: async ({}, use: (folder: string) => Promise<void>) => {
    const folder = join(tmpdir(), 'Foothold')
    await rm(folder, { recursive: true, force: true })
    await mkdir(folder, { recursive: true })
    await use(folder)
  },
}

test.describe('recovery banner', () => {
  test.use(genericDataFolder)
  test('names the kept file', async ({ launch, dataFolder }) => {
    await writeStoreFile(dataFolder, '{"schemaVersion":1,"cards":[')
    const { page } = await launch()
    await expect(page.getByRole('alert')).toBeVisible()
    await shoot(page, 'recovery-banner')
  })

  test('names the interviews set aside', async ({ launch, dataFolder }) => {
    const seeded = await seedBoard(dataFolder, board)
    // Two cards edited by hand: one ends before it starts, one lost its stage.
    const cards = seeded.cards.map((card, i) =>
      i === 1
        ? { ...card, time: { ...card.time, end: '2026-11-17T13:00:00.000Z' } }
        : i === 3
          ? { ...card, stage: 'waiting' }
          : card,
    )
    await writeStoreFile(dataFolder, JSON.stringify({ ...seeded, cards }, null, 2))
    const { page } = await launch()
    await expect(page.getByRole('alert')).toContainText('couldn’t be read')
    await shoot(page, 'salvage-banner')
  })
})

// Shot without a focused field, so the picture shows the settings rather than a caret.
async function shootSettings(page: Page, name: string): Promise<void> {
  await page.getByTestId('settings').getByRole('heading', { level: 2 }).click()
  await shoot(page, name)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`settings, ${scheme}`, async ({ launch, dataFolder }) => {
    await seedBoard(dataFolder, board)
    const { page } = await launch()
    await page.emulateMedia({ colorScheme: scheme })
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    const settings = page.getByTestId('settings')
    const section = (name: string) => settings.getByRole('button', { name, exact: true }).click()
    await section('Cadence')
    await settings.getByLabel('Check-in after').fill('5')
    await shootSettings(page, `settings-${scheme}`)
    await section('Profile')
    await settings.getByLabel('Your name').fill('Alex Morgan')
    await settings.getByLabel('Signature').fill('Best regards,\nAlex Morgan\n+49 30 1234 5678')
    await shootSettings(page, `settings-profile-${scheme}`)
    await section('Reminders')
    await settings.getByRole('switch', { name: 'Quiet hours' }).check()
    await shootSettings(page, `settings-reminders-${scheme}`)
  })
}

test.describe('data settings', () => {
  test.use(genericDataFolder)
  for (const scheme of ['light', 'dark'] as const) {
    test(`settings data, ${scheme}`, async ({ launch, dataFolder }, info) => {
      // Three earlier daily backups (one of them damaged); Foothold takes today's when it opens.
      const backups = join(dataFolder, 'backups')
      await mkdir(backups, { recursive: true })
      const earlier = info.outputPath('earlier')
      await mkdir(earlier, { recursive: true })
      for (const [stamp, cards] of [
        ['20261122T083000Z', board.slice(0, 7)],
        ['20261120T081500Z', board.slice(0, 6)],
      ] as const) {
        await seedBoard(earlier, [...cards])
        await copyFile(join(earlier, 'foothold.json'), join(backups, `foothold-${stamp}.json`))
      }
      await writeFile(join(backups, 'foothold-20261121T080500Z.json'), '')
      await seedBoard(dataFolder, board)

      const { page } = await launch({ now: '2026-11-23T15:00:00Z' })
      await page.emulateMedia({ colorScheme: scheme })
      // Tall enough for the whole section, import and export included.
      await page.setViewportSize({ width: 1320, height: 1000 })
      await page.getByRole('button', { name: 'Settings', exact: true }).click()
      const settings = page.getByTestId('settings')
      await settings.getByRole('button', { name: 'Data', exact: true }).click()
      await expect(
        settings.getByRole('list', { name: 'Backups' }).getByRole('listitem'),
      ).toHaveCount(4)
      await shootSettings(page, `settings-data-${scheme}`)
    })
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test(`settings templates, ${scheme}`, async ({ launch }) => {
    const { page } = await launch()
    await page.emulateMedia({ colorScheme: scheme })
    // Tall enough for the editor and its preview.
    await page.setViewportSize({ width: 1320, height: 1240 })
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    const settings = page.getByTestId('settings')
    await settings.getByLabel('Your name').fill('Alex Morgan')
    await settings.getByRole('button', { name: 'Templates', exact: true }).click()
    await settings.getByRole('radio', { name: 'Check-in' }).check()
    await settings
      .getByRole('textbox', { name: 'Subject' })
      .fill('Checking in on the {position} role – {yourName}')
    await expect(settings.getByTestId('template-preview-subject')).toHaveText(
      'Checking in on the Senior Data Engineer role – Alex Morgan',
    )
    await shootSettings(page, `settings-templates-${scheme}`)
  })
}
