import type { Page } from '@playwright/test'

/** Where the README's pictures live. */
export const SCREENSHOTS = 'docs/screenshots'

/**
 * Saves the page as `docs/screenshots/<name>.png`, with the pointer out of the way. With
 * `focusDialog`, the open dialog takes the focus first: a caret or focus ring in a picture is noise.
 */
export async function shoot(page: Page, name: string, { focusDialog = false } = {}): Promise<void> {
  await page.mouse.move(0, 0)
  if (focusDialog) await page.getByRole('dialog').focus()
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}
