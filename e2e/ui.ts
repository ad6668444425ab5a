import { access, readFile, stat } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import type { StoreData } from '../src/shared/store/store-format'
import { expect } from './fixtures'

/** A column of the board, by stage. */
export const column = (page: Page, stage: string): Locator => page.getByTestId(`column-${stage}`)

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
