import { readFile } from 'node:fs/promises'
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
