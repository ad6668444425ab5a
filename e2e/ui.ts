import { access, readFile, stat } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import type { StoreData } from '@shared/store/store-format'
import { expect } from './fixtures'

/** A column of the board, by stage. */
export const column = (page: Page, stage: string): Locator => page.getByTestId(`column-${stage}`)

/** Drags with real pointer events in small steps, as a hand would. */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!
  const b = (await to.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  const target = { x: b.x + b.width / 2, y: b.y + Math.min(b.height / 2, 200) }
  await page.mouse.move(target.x, target.y, { steps: 20 })
  await page.mouse.move(target.x + 2, target.y + 2, { steps: 2 })
  await page.mouse.up()
}

/** A card of one column, by company. */
export const cardIn = (page: Page, stage: string, company: string): Locator =>
  column(page, stage).getByTestId('card').filter({ hasText: company })

export interface NewInterview {
  company: string
  position: string
  /** `YYYY-MM-DD` and `HH:mm`, on the form's own clock. */
  date: string
  start: string
  interviewer: string
}

/**
 * Opens "New interview" and fills in what every interview needs, as a person would; returns the
 * dialog, for anything else to fill in before pressing "Add interview".
 */
export async function fillNewInterview(page: Page, interview: NewInterview): Promise<Locator> {
  await page.getByRole('button', { name: 'New interview' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Company').fill(interview.company)
  await dialog.getByLabel('Position').fill(interview.position)
  await dialog.getByLabel('Date').fill(interview.date)
  await dialog.getByLabel('Start time').fill(interview.start)
  await dialog.getByLabel('Interviewer name').first().fill(interview.interviewer)
  return dialog
}

/** Opens Settings on its Data section, as a person would, and returns the Settings view. */
export async function openData(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = page.getByTestId('settings')
  await settings.getByRole('button', { name: 'Data', exact: true }).click()
  await expect(settings.getByRole('heading', { name: 'Data', level: 2 })).toBeVisible()
  return settings
}

/** The board as the data file holds it now. */
export async function readStore(file: string): Promise<StoreData> {
  return JSON.parse(await readFile(file, 'utf8')) as StoreData
}

/** The companies of the data file's cards, in file order. */
export async function storedCompanies(file: string): Promise<string[]> {
  return (await readStore(file)).cards.map((card) => card.company)
}

/**
 * The message an export ends with: the file it was saved to (desktop), or the browser's download
 * Foothold named (browser edition); `app.savedAs` says which.
 */
export function exportMessage(
  before: string,
  savedAs: string | RegExp,
  after = '',
): string | RegExp {
  if (typeof savedAs === 'string') return `${before}${savedAs}${after}`
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escape(before)}${savedAs.source}${escape(after)}$`)
}

/** An exported file's bytes, once it is there: a browser saves its download a moment later. */
export async function exportedFile(path: string): Promise<Buffer> {
  await expect
    .poll(() =>
      access(path).then(
        () => true,
        () => false,
      ),
    )
    .toBe(true)
  // A download is written in place: wait until its size stops changing.
  let size = -1
  await expect
    .poll(async () => {
      const now = (await stat(path)).size
      const same = now === size && now > 0
      size = now
      return same
    })
    .toBe(true)
  return readFile(path)
}

/** Adds an interview from the New interview dialog, as a person would. */
export async function addInterview(
  page: Page,
  fields: { company: string; position: string; date: string; start: string; interviewer: string },
): Promise<void> {
  await page.getByRole('button', { name: 'New interview' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Company').fill(fields.company)
  await dialog.getByLabel('Position').fill(fields.position)
  await dialog.getByLabel('Date').fill(fields.date)
  await dialog.getByLabel('Start time').fill(fields.start)
  await dialog.getByLabel('Interviewer name').first().fill(fields.interviewer)
  await dialog.getByRole('button', { name: 'Add interview' }).click()
}
