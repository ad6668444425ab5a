import { mkdir, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { seedBoard } from '../seed'
import { shoot } from './shoot'

// `npm run screenshots` refreshes these pictures in docs/screenshots.
const NOW = '2026-11-24T10:00:00Z'

/** A sheet kept by hand in Excel (semicolons), with a row that cannot be imported as it is. */
const SHEET = [
  'Company;Role;Date;Time;Interviewers;Emails;Status;Salary range',
  'Northwind Analytics;Senior Data Engineer;2026-11-23;14:00;Priya Raman, Tom Becker;priya.raman@example.com, tom.becker@example.com;Thank-you;80–95k',
  'Contoso Health;Product Designer;2026-11-20;09:30;Amara Okafor;amara@example.com;Check-in;',
  'Fabrikam;Data Analyst;2026-11-31;11:00;Sam Lee;;;',
  'Litware;Engineering Manager;2026-11-13;10:00;Mei Chen;mei.chen@example.com;Closed;',
  'Tailspin Toys;Platform Engineer;2026-11-18;16:00;Jonas Weber;jonas.weber@example.com;Final;',
].join('\r\n')

async function openImport(page: Page, file: string, answer: (f: string) => Promise<void>) {
  await page.setViewportSize({ width: 1180, height: 900 })
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = page.getByTestId('settings')
  await settings.getByRole('button', { name: 'Data', exact: true }).click()
  await answer(file)
  await settings.getByRole('button', { name: 'Import interviews from CSV…' }).click()
  await expect(page.getByRole('dialog', { name: 'Match the columns' })).toBeVisible()
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the import dialog, mapping and preview, ${scheme}`, async ({
    launch,
    dataFolder,
  }, info) => {
    test.setTimeout(60_000)
    await seedBoard(dataFolder, [])
    await mkdir(info.outputPath('sheets'), { recursive: true })
    const file = info.outputPath('sheets', 'job hunt.csv')
    await writeFile(file, SHEET)
    const app = await launch({ now: NOW })
    const { page } = app
    await page.emulateMedia({ colorScheme: scheme })
    await openImport(page, file, (f) => app.answerFileDialogs({ open: f, save: null }))
    const suffix = scheme === 'dark' ? '-dark' : '-light'
    await shoot(page, `import-mapping${suffix}`, { focusDialog: true })

    await page.getByRole('button', { name: 'Preview' }).click()
    const preview = page.getByRole('dialog', { name: 'Check and import' })
    await preview.getByRole('checkbox').check()
    await shoot(page, `import-preview${suffix}`, { focusDialog: true })
  })
}
