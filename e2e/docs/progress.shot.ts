import { expect, test } from '../fixtures'
import { PROGRESS_NOW, seedProgressBoard } from '../progress-board'
import { shoot } from './shoot'

// `npm run screenshots` refreshes these pictures in docs/screenshots.
for (const scheme of ['light', 'dark'] as const) {
  test(`progress, ${scheme}`, async ({ launch, dataFolder }) => {
    await seedProgressBoard(dataFolder)
    const { page } = await launch({ now: PROGRESS_NOW })
    await page.emulateMedia({ colorScheme: scheme })
    await page.getByRole('button', { name: 'Progress', exact: true }).click()
    await expect(page.getByTestId('chart-outcomes')).toBeVisible()
    // The heading takes focus on open; the picture should show the charts, not a focus ring.
    await page.getByTestId('progress').click({ position: { x: 4, y: 4 } })
    await shoot(page, `progress-${scheme}`)
  })
}
