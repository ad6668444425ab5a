import type { Page } from '@playwright/test'

/** Where the README's pictures live. */
export const SCREENSHOTS = 'docs/screenshots'

/** Until every running transition and animation has ended (a dialog half faded in is no picture). */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { getAnimations(): { finished: Promise<unknown> }[] }
    }
    return Promise.race([
      Promise.all(document.getAnimations().map((animation) => animation.finished)),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ])
  })
}

/**
 * Saves the page as `docs/screenshots/<name>.png`, with the pointer out of the way and nothing
 * still moving. With `focusDialog`, the open dialog takes the focus first: a caret or focus ring in
 * a picture is noise.
 */
export async function shoot(page: Page, name: string, { focusDialog = false } = {}): Promise<void> {
  await page.mouse.move(0, 0)
  if (focusDialog) await page.getByRole('dialog').focus()
  await animationsDone(page)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}
