import { mkdir, readFile, writeFile } from 'node:fs/promises'
import type { Locator } from '@playwright/test'
import type { StoreData } from '@shared/store/store-format'
import { expect, test } from './fixtures'
import { seedBoard } from './seed'
import { column, exportedFile, openData, storedCompanies } from './ui'

const NOW = '2026-11-18T08:00:00.000Z'
const IMPORT_BUTTON = 'Import interviews from CSV…'

const fieldFor = (dialog: Locator, header: string) =>
  dialog.getByRole('combobox', { name: `Foothold field for ${header}`, exact: true })

async function csvFile(folder: string, name: string, text: string): Promise<string> {
  await mkdir(folder, { recursive: true })
  const file = `${folder}/${name}`
  await writeFile(file, text)
  return file
}

test('a hand-made sheet: guessed columns, a named problem, nothing added until agreed, Undo', async ({
  launch,
  dataFolder,
}, info) => {
  test.setTimeout(90_000)
  await seedBoard(dataFolder, [{ company: 'Already here' }])
  const file = await csvFile(
    info.outputPath('sheets'),
    'my interviews.csv',
    [
      'Employer,Role,Date,Time,Interviewer,Status,Outcome,Salary',
      'Contoso,Designer,2026-11-16,14:00,Ann Lee,Check-in,,90k',
      'Fabrikam,Analyst,31/02/2026,10:00,Bo Chen,,,',
      'Tailspin,PM,2026-11-10,9:30,,Closed,Offer,',
    ].join('\r\n'),
  )
  const app = await launch({ now: NOW })
  const { page } = app
  const settings = await openData(page)

  // A cancelled file picker leaves the next import working.
  await app.answerFileDialogs({ open: null, save: null })
  await settings.getByRole('button', { name: IMPORT_BUTTON }).click()

  await app.answerFileDialogs({ open: file, save: null })
  await settings.getByRole('button', { name: IMPORT_BUTTON }).click()
  const dialog = page.getByRole('dialog', { name: 'Match the columns' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('my interviews.csv · 3 rows · step 1 of 2')).toBeVisible()
  await expect(fieldFor(dialog, 'Employer')).toHaveValue('company')
  await expect(fieldFor(dialog, 'Role')).toHaveValue('position')
  await expect(fieldFor(dialog, 'Date')).toHaveValue('start')
  await expect(fieldFor(dialog, 'Time')).toHaveValue('time')
  await expect(fieldFor(dialog, 'Interviewer')).toHaveValue('interviewers')
  await expect(fieldFor(dialog, 'Status')).toHaveValue('stage')
  await expect(fieldFor(dialog, 'Salary')).toHaveValue('skip')
  await expect(dialog.getByRole('row', { name: /Employer/ })).toContainText('ContosoFabrikam')

  // Unmapping the company is caught before the preview; by keyboard, as a person would.
  await fieldFor(dialog, 'Employer').selectOption('skip')
  await expect(dialog.getByText('Choose the column that holds the company.')).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Preview' })).toBeDisabled()
  await fieldFor(dialog, 'Employer').focus()
  await page.keyboard.press('ArrowDown')
  await expect(fieldFor(dialog, 'Employer')).toHaveValue('company')
  await dialog.getByRole('button', { name: 'Preview' }).click()

  const preview = page.getByRole('dialog', { name: 'Check and import' })
  await expect(preview.getByRole('heading', { name: '2 interviews ready to import' })).toBeVisible()
  await expect(preview.getByRole('heading', { name: '1 row has a problem' })).toBeVisible()
  await expect(preview.getByRole('listitem')).toHaveText([
    'Row 3: the date “31/02/2026” is not a real date',
  ])
  await expect(preview.getByRole('row', { name: /Contoso/ })).toContainText('Check-in')
  const importButton = preview.getByRole('button', { name: 'Import 2 interviews' })
  await expect(importButton).toBeDisabled()
  expect(await storedCompanies(app.storeFile)).toEqual(['Already here'])

  await preview.getByRole('checkbox', { name: 'Skip the 1 row with a problem' }).check()
  await importButton.click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('Imported 2 interviews from the spreadsheet')
  await expect
    .poll(() => storedCompanies(app.storeFile))
    .toEqual(['Already here', 'Contoso', 'Tailspin'])

  await settings.getByRole('button', { name: 'Back to board' }).click()
  await expect(column(page, 'check-in').getByTestId('card')).toContainText(['Contoso'])
  await expect(column(page, 'closed').getByTestId('card')).toContainText(['Tailspin'])

  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(toast).toContainText('Undone — removed the 2 interviews the import added')
  await expect(page.getByTestId('card')).toHaveCount(1)
  await expect.poll(() => storedCompanies(app.storeFile)).toEqual(['Already here'])
})

test('a semicolon sheet with day/month dates asks which order; a workbook or an empty sheet is refused', async ({
  launch,
  dataFolder,
}, info) => {
  test.setTimeout(60_000)
  // An empty board whose person lives in Berlin: times without a zone are read in theirs.
  await seedBoard(dataFolder, [])
  const file = await csvFile(
    info.outputPath('sheets'),
    'excel.csv',
    '\uFEFFCompany;Position;Interview date;Notes\r\n"Woodgrove; Bank";Teller;03/11/2026 14:00;"=1+1"\r\n',
  )
  const workbook = await csvFile(
    info.outputPath('sheets'),
    'book.xlsx',
    'PK\u0003\u0004\u0000\u0000',
  )
  const headerOnly = await csvFile(info.outputPath('sheets'), 'empty.csv', 'Company;Position\r\n')
  const app = await launch({ now: NOW })
  const { page } = app
  const settings = await openData(page)

  // A workbook is refused by name with what to do; a file with no rows says so in the dialog.
  await app.answerFileDialogs({ open: workbook, save: null })
  await settings.getByRole('button', { name: IMPORT_BUTTON }).click()
  await expect(settings.getByRole('alert')).toHaveText(
    'Couldn’t import: book.xlsx is not a CSV text file. In your spreadsheet app, save it as “CSV UTF-8” and choose that file.',
  )
  await app.answerFileDialogs({ open: headerOnly, save: null })
  await settings.getByRole('button', { name: IMPORT_BUTTON }).click()
  const refused = page.getByRole('dialog', { name: 'Can’t import empty.csv' })
  await expect(refused.getByRole('alert')).toHaveText(
    'The file has a header row but no interviews under it. Nothing was imported.',
  )
  await refused.getByRole('button', { name: 'Close' }).click()

  await app.answerFileDialogs({ open: file, save: null })
  await settings.getByRole('button', { name: IMPORT_BUTTON }).click()
  const dialog = page.getByRole('dialog', { name: 'Match the columns' })
  await expect(fieldFor(dialog, 'Interview date')).toHaveValue('start')
  await expect(dialog.getByRole('button', { name: 'Preview' })).toBeDisabled()
  await dialog.getByRole('radio', { name: /3 November 2026/ }).check()
  await dialog.getByRole('button', { name: 'Preview' }).click()

  const preview = page.getByRole('dialog', { name: 'Check and import' })
  await expect(preview.getByRole('row', { name: /Woodgrove; Bank/ })).toContainText(/3 Nov|Nov 3/)
  // No problems: nothing to agree to.
  await expect(preview.getByRole('checkbox')).toHaveCount(0)
  await preview.getByRole('button', { name: 'Import 1 interview' }).click()
  await expect(page.getByTestId('toast')).toContainText('Imported 1 interview')
  const data = JSON.parse(await readFile(app.storeFile, 'utf8')) as StoreData
  expect(data.cards[0]).toMatchObject({
    company: 'Woodgrove; Bank',
    notes: '=1+1',
    time: { start: '2026-11-03T13:00:00.000Z', timeZone: 'Europe/Berlin' },
  })
})

test('a file Foothold exported imports back, into the same columns', async ({
  launch,
  dataFolder,
}, info) => {
  test.setTimeout(90_000)
  await seedBoard(dataFolder, [
    // A name with a comma, and one with a semicolon, come back as one person each.
    { company: 'Contoso, Ltd', interviewers: ['Raman, Priya', 'Zoë; Ørsted'] },
    { company: 'Fabrikam', stage: 'final' },
    { company: 'Litware', stage: 'closed', outcome: 'rejected' },
  ])
  const app = await launch({ now: NOW })
  const { page } = app
  const settings = await openData(page)
  const exported = info.outputPath('exports', 'board.csv')
  await mkdir(info.outputPath('exports'), { recursive: true })
  await app.answerFileDialogs({ open: null, save: exported })
  await settings.getByRole('button', { name: 'Export as spreadsheet (CSV)…' }).click()
  await expect(page.getByTestId('toast')).toContainText('Exported 3 interviews')
  await exportedFile(exported)

  await app.answerFileDialogs({ open: exported, save: null })
  await settings.getByRole('button', { name: IMPORT_BUTTON }).click()
  const dialog = page.getByRole('dialog', { name: 'Match the columns' })
  await expect(fieldFor(dialog, 'Next follow-up')).toHaveValue('skip')
  await dialog.getByRole('button', { name: 'Preview' }).click()
  const preview = page.getByRole('dialog', { name: 'Check and import' })
  await expect(preview.getByRole('heading', { name: '3 interviews ready to import' })).toBeVisible()
  await preview.getByRole('button', { name: 'Import 3 interviews' }).click()
  await expect(page.getByTestId('toast')).toContainText('Imported 3 interviews')

  const data = JSON.parse(await readFile(app.storeFile, 'utf8')) as StoreData
  const [originals, copies] = [data.cards.slice(0, 3), data.cards.slice(3)]
  const comparable = (card: StoreData['cards'][number]) => ({
    company: card.company,
    position: card.position,
    stage: card.stage,
    outcome: card.outcome,
    time: card.time,
    interviewers: card.interviewers.map((i) => [i.name, i.email]),
    topics: card.topics,
    jobUrl: card.jobUrl,
  })
  expect(copies.map(comparable)).toEqual(originals.map(comparable))
  await settings.getByRole('button', { name: 'Back to board' }).click()
  await expect(column(page, 'final').getByTestId('card')).toHaveCount(2)
  await expect(column(page, 'closed').getByTestId('card')).toHaveCount(2)
})
