import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import ICAL from 'ical.js'
import { pendingFollowUps } from '@shared/export/follow-ups'
import type { StoreData } from '@shared/store/store-format'
import { expect, test, writeStoreFile } from './fixtures'
import { seedBoard, type SeedCard } from './seed'
import { exportMessage, exportedFile, openData, storedCompanies } from './ui'

const backToBoard = (settings: Locator) =>
  settings.getByRole('button', { name: 'Back to board' }).click()

const backupList = (settings: Locator) => settings.getByRole('list', { name: 'Backups' })

/** The row of the backup taken on 20 November, whatever the locale writes first. */
const november20 = (settings: Locator) =>
  backupList(settings)
    .getByRole('listitem')
    .filter({ hasText: /20 Nov|Nov 20/ })

const companiesOnBoard = (page: Page) => page.getByTestId('card').locator('.card__company')

/** A valid board file written somewhere else, as another computer (or an export) would. */
async function boardFileElsewhere(folder: string, cards: SeedCard[]): Promise<string> {
  await mkdir(folder, { recursive: true })
  await seedBoard(folder, cards)
  return join(folder, 'foothold.json')
}

test('where the data lives, and an empty backups list', async ({ launch }) => {
  const app = await launch()
  const settings = await openData(app.page)
  await expect(settings.getByLabel('Data file')).toHaveValue(app.storeFile)
  await expect(settings.getByLabel('Backups folder')).toHaveValue(join(app.dataFolder, 'backups'))
  await expect(settings.getByText('No backups yet')).toHaveText(
    'No backups yet — Foothold keeps one a day, for the last 7 days.',
  )
})

test('export writes the whole board to the file chosen', async ({ launch, dataFolder }, info) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }, { company: 'Fabrikam' }])
  const app = await launch()
  const target = info.outputPath('exports', 'my-board.json')
  await mkdir(info.outputPath('exports'), { recursive: true })
  const settings = await openData(app.page)

  // A cancelled save picker leaves the next export working.
  await app.answerFileDialogs({ open: null, save: null })
  await settings.getByRole('button', { name: 'Export board…' }).click()

  await app.answerFileDialogs({ open: null, save: target })
  await settings.getByRole('button', { name: 'Export board…' }).click()
  await expect(app.page.getByTestId('toast')).toHaveText(
    exportMessage('Board exported to ', app.savedAs(target)),
  )
  await exportedFile(target)
  expect(await storedCompanies(target)).toEqual(['Contoso', 'Fabrikam'])
})

test('import replaces the board after asking, and keeps the old one as a backup', async ({
  launch,
  dataFolder,
}, info) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const file = await boardFileElsewhere(info.outputPath('laptop'), [
    { company: 'Northwind', stage: 'check-in' },
    { company: 'Litware' },
  ])
  const app = await launch()
  const { page } = app
  await app.answerFileDialogs({ open: file, save: null })
  const settings = await openData(page)
  const backupsBefore = await backupList(settings).getByRole('listitem').count()
  const importButton = settings.getByRole('button', { name: 'Import board…' })

  // Asked first; cancelling changes nothing.
  await importButton.click()
  let dialog = page.getByRole('dialog', { name: 'Import a board from a file?' })
  await expect(dialog).toContainText('1 interview and your settings')
  await expect(dialog).toContainText('Your current board is kept as a backup first')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(importButton).toBeFocused()
  expect(await storedCompanies(app.storeFile)).toEqual(['Contoso'])

  await importButton.click()
  dialog = page.getByRole('dialog', { name: 'Import a board from a file?' })
  await dialog.getByRole('button', { name: 'Choose file…' }).click()
  await expect(page.getByTestId('toast')).toHaveText(
    'Imported a board with 2 interviews. Your previous board was kept as a backup.',
  )
  expect(await storedCompanies(app.storeFile)).toEqual(['Northwind', 'Litware'])

  // The board before is the newest backup now, and can be restored.
  const rows = backupList(settings).getByRole('listitem')
  await expect(rows).toHaveCount(backupsBefore + 1)
  await expect(rows.first()).toContainText('1 interview')
  await expect(rows.first().getByRole('button', { name: 'Restore…' })).toBeEnabled()

  await backToBoard(settings)
  await expect(companiesOnBoard(page)).toHaveText(['Litware', 'Northwind'])
})

test('a bad file is refused with the interview and field named, and nothing changes', async ({
  launch,
  dataFolder,
}, info) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const file = await boardFileElsewhere(info.outputPath('elsewhere'), [
    { company: 'Fabrikam' },
    { company: 'Broken Co' },
  ])
  const data = JSON.parse(await readFile(file, 'utf8')) as StoreData
  const broken = data.cards[1]!
  broken.time = {
    ...broken.time,
    end: new Date(Date.parse(broken.time.start) - 60_000).toISOString(),
  }
  const bad = join(info.outputPath('elsewhere'), 'bad-board.json')
  await writeFile(bad, JSON.stringify(data))

  const app = await launch()
  const { page } = app
  const settings = await openData(page)
  const backups = await backupList(settings).getByRole('listitem').count()
  const before = await readFile(app.storeFile, 'utf8')

  await app.answerFileDialogs({ open: bad, save: null })
  await settings.getByRole('button', { name: 'Import board…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Choose file…' }).click()

  const alert = settings.getByRole('region', { name: 'Import and export' }).getByRole('alert')
  await expect(alert).toContainText('bad-board.json cannot be used')
  await expect(alert).toContainText('interview 2 (“Broken Co”), time.end')
  await expect(alert).toContainText('Nothing was changed')
  await expect(page.getByTestId('toast')).toHaveCount(0)
  expect(await readFile(app.storeFile, 'utf8')).toBe(before)
  await expect(backupList(settings).getByRole('listitem')).toHaveCount(backups)

  await backToBoard(settings)
  await expect(companiesOnBoard(page)).toHaveText(['Contoso'])
})

test('a backup is restored from the list; a broken one says why and cannot be', async ({
  launch,
  dataFolder,
}, info) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const backups = join(dataFolder, 'backups')
  await mkdir(backups, { recursive: true })
  const older = await boardFileElsewhere(info.outputPath('older'), [
    { company: 'Restored Ltd' },
    { company: 'Fabrikam', stage: 'final' },
  ])
  await copyFile(older, join(backups, 'foothold-20261120T090000Z.json'))
  await writeFile(join(backups, 'foothold-20261119T090000Z.json'), '{"schemaVersion":')

  const app = await launch()
  const { page } = app
  const settings = await openData(page)
  const rows = backupList(settings).getByRole('listitem')
  const count = await rows.count()

  const broken = rows.filter({ hasText: /19 Nov|Nov 19/ })
  await expect(broken).toContainText('Can’t be restored: the file is not valid JSON')
  await expect(broken.getByRole('button')).toHaveCount(0)

  const row = november20(settings)
  await expect(row).toContainText('2 interviews')
  await row.getByRole('button', { name: 'Restore…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(dialog).toContainText('2 interviews')
  await expect(dialog).toContainText('Your current board is kept as a backup first')
  await dialog.getByRole('button', { name: 'Restore backup' }).click()

  await expect(page.getByTestId('toast')).toHaveText(
    /^Restored the backup from .*(20 Nov|Nov 20).* \(2 interviews\)\. Your previous board was kept as a backup\.$/,
  )
  // The board from before the restore is listed now.
  await expect(rows).toHaveCount(count + 1)
  expect((await readdir(backups)).length).toBe(count + 1)
  expect(await storedCompanies(app.storeFile)).toEqual(['Restored Ltd', 'Fabrikam'])

  await backToBoard(settings)
  await expect(page.getByTestId('column-thank-you').getByTestId('card')).toContainText(
    'Restored Ltd',
  )
  await expect(page.getByTestId('column-final').getByTestId('card')).toContainText('Fabrikam')
  await expect(page.getByTestId('card').filter({ hasText: 'Contoso' })).toHaveCount(0)
})

test('a read-only board can be exported, but not replaced', async ({
  launch,
  dataFolder,
}, info) => {
  const newer = JSON.stringify({ schemaVersion: 99, settings: {}, cards: [] })
  await writeStoreFile(dataFolder, newer)
  await mkdir(join(dataFolder, 'backups'), { recursive: true })
  const older = await boardFileElsewhere(info.outputPath('older'), [{ company: 'Contoso' }])
  await copyFile(older, join(dataFolder, 'backups', 'foothold-20261120T090000Z.json'))

  const { page, storeFile } = await launch()
  const settings = await openData(page)
  await expect(november20(settings).getByRole('button', { name: 'Restore…' })).toBeDisabled()
  await expect(settings.getByRole('button', { name: 'Import board…' })).toBeDisabled()
  await expect(settings.getByRole('button', { name: 'Export board…' })).toBeEnabled()
  await expect(settings.getByTestId('read-only-hint').first()).toBeVisible()
  expect(await readFile(storeFile, 'utf8')).toBe(newer)
})

test('settings open during a restore show the restored values, not stale ones', async ({
  launch,
  dataFolder,
}, info) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const older = await boardFileElsewhere(info.outputPath('older'), [{ company: 'Restored Ltd' }])
  const board = JSON.parse(await readFile(older, 'utf8')) as StoreData
  board.settings.yourName = 'Sam From The Backup'
  await mkdir(join(dataFolder, 'backups'), { recursive: true })
  await writeFile(
    join(dataFolder, 'backups', 'foothold-20261120T090000Z.json'),
    JSON.stringify(board),
  )

  const { page } = await launch()
  const settings = await openData(page)
  await november20(settings).getByRole('button', { name: 'Restore…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Restore backup' }).click()
  await expect(page.getByTestId('toast')).toContainText('Restored the backup')

  await settings.getByRole('button', { name: 'Profile', exact: true }).click()
  await expect(settings.getByLabel('Your name')).toHaveValue('Sam From The Backup')
  // Nothing was edited, so there is nothing to save over the restored settings.
  await expect(settings.getByRole('button', { name: 'Save' })).toBeDisabled()
})

// ---- spreadsheet (CSV) and calendar (.ics) exports ------------------------------------------

const NOW = '2026-11-18T08:00:00.000Z'

const CSV_BUTTON = 'Export as spreadsheet (CSV)…'
const CALENDAR_BUTTON = 'Export follow-ups to calendar (.ics)…'

test('the board as a spreadsheet: BOM, header, one row per interview', async ({
  launch,
  dataFolder,
}, info) => {
  await seedBoard(dataFolder, [
    { company: 'Contoso, Ltd', interviewers: ['Priya Raman', 'Zoë Ørsted'] },
    { company: 'Fabrikam', stage: 'closed', outcome: 'offer' },
  ])
  const app = await launch({ now: NOW })
  await mkdir(info.outputPath('exports'), { recursive: true })
  const target = info.outputPath('exports', 'interviews')
  const settings = await openData(app.page)

  // A cancelled save picker leaves the next export working.
  await app.answerFileDialogs({ open: null, save: null })
  await settings.getByRole('button', { name: CSV_BUTTON }).click()

  await app.answerFileDialogs({ open: null, save: target })
  await settings.getByRole('button', { name: CSV_BUTTON }).click()
  await expect(app.page.getByTestId('toast')).toHaveText(
    exportMessage('Exported 2 interviews to ', app.savedAs(`${target}.csv`)),
  )
  const bytes = await exportedFile(`${target}.csv`)
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n')
  expect(lines).toHaveLength(4)
  expect(lines[3]).toBe('')
  expect(lines[0]).toBe(
    'Company,Position,Stage,Outcome,Interview start (Europe/Berlin),Interview start UTC offset,' +
      'Interview end (Europe/Berlin),Interview end UTC offset,Interview time zone,Format,' +
      'Topics (one per line),Decision date,Next follow-up,Next follow-up due (Europe/Berlin),' +
      'Next follow-up due UTC offset,Job link,Notes,' +
      'Interviewer 1,Interviewer 1 email,Interviewer 2,Interviewer 2 email',
  )
  expect(lines[1]).toContain(
    '"Contoso, Ltd",Product Designer,Thank-you,,2026-11-17 15:00,UTC+01:00,2026-11-17 15:45,UTC+01:00,Europe/Berlin,',
  )
  // Each interviewer in columns of their own, at the end.
  expect(lines[1]).toMatch(
    /,Priya Raman,priya@northwind\.example,Zoë Ørsted,priya@northwind\.example$/,
  )
  expect(lines[1]).toContain(',Thank-you email to Priya Raman,2026-11-18 15:45,UTC+01:00,')
  expect(lines[2]).toMatch(/^Fabrikam,Product Designer,Closed,Offer,/)
})

test('the follow-ups still to send as a calendar, one event each', async ({
  launch,
  dataFolder,
}, info) => {
  const seeded = await seedBoard(dataFolder, [
    { company: 'Contoso; Labs', interviewers: ['Priya Raman', 'Zoë Ørsted'] },
    { company: 'Northwind', stage: 'check-in' },
    { company: 'Fabrikam', stage: 'closed', outcome: 'rejected' },
  ])
  const app = await launch({ now: NOW })
  await mkdir(info.outputPath('exports'), { recursive: true })
  const target = info.outputPath('exports', 'follow-ups.ics')
  const settings = await openData(app.page)

  await app.answerFileDialogs({ open: null, save: target })
  await settings.getByRole('button', { name: CALENDAR_BUTTON }).click()
  const expected = seeded.cards.flatMap((card) => pendingFollowUps(card, seeded.settings))
  expect(expected).toHaveLength(3)
  await expect(app.page.getByTestId('toast')).toHaveText(
    exportMessage('Exported 3 follow-ups to ', app.savedAs(target)),
  )

  const text = (await exportedFile(target)).toString('utf8')
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  expect(events.map((e) => e.uid).sort()).toEqual(
    expected.map((item) => `${item.key}@foothold.app`).sort(),
  )
  const byUid = new Map(events.map((e) => [e.uid, e]))
  for (const item of expected) {
    const event = byUid.get(`${item.key}@foothold.app`)!
    const due = Date.parse(item.dueAt)
    const start = event.startDate.toJSDate().getTime()
    expect(item.dueKind === 'deadline' ? start + 15 * 60_000 : start).toBe(due)
  }
  expect(events.map((e) => e.summary).sort()).toEqual([
    'Check in with Priya Raman — Northwind, Product Designer',
    'Thank Priya Raman — Contoso; Labs, Product Designer',
    'Thank Zoë Ørsted — Contoso; Labs, Product Designer',
  ])
})

test('a read-only board can still be exported to a spreadsheet and a calendar', async ({
  launch,
  dataFolder,
}, info) => {
  await writeStoreFile(dataFolder, JSON.stringify({ schemaVersion: 99, settings: {}, cards: [] }))
  const app = await launch({ now: NOW })
  await mkdir(info.outputPath('exports'), { recursive: true })
  const settings = await openData(app.page)
  await expect(settings.getByTestId('read-only-hint').first()).toBeVisible()

  const csv = info.outputPath('exports', 'board.csv')
  await app.answerFileDialogs({ open: null, save: csv })
  await settings.getByRole('button', { name: CSV_BUTTON }).click()
  await expect(app.page.getByTestId('toast')).toHaveText(
    exportMessage('Exported no interviews to ', app.savedAs(csv)),
  )
  expect((await exportedFile(csv)).toString('utf8').split('\r\n')).toHaveLength(2)

  const ics = info.outputPath('exports', 'follow-ups.ics')
  await app.answerFileDialogs({ open: null, save: ics })
  await settings.getByRole('button', { name: CALENDAR_BUTTON }).click()
  await expect(app.page.getByTestId('toast')).toHaveText(
    exportMessage(
      'No follow-ups are waiting to be sent; saved an empty calendar to ',
      app.savedAs(ics),
    ),
  )
  const calendar = new ICAL.Component(ICAL.parse((await exportedFile(ics)).toString('utf8')))
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0)
})
