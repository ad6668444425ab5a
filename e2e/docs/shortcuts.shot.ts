import { expect, test } from '../fixtures'
import { seedBoard } from '../seed'
import { shoot } from './shoot'

// `npm run screenshots` refreshes these pictures in docs/screenshots.

for (const theme of ['light', 'dark'] as const) {
  test(`keyboard shortcuts overlay (${theme})`, async ({ launch, dataFolder }) => {
    await seedBoard(dataFolder, [
      { company: 'Northwind Analytics' },
      { company: 'Contoso', stage: 'check-in' },
      { company: 'Fabrikam', stage: 'final' },
    ])
    const { page } = await launch()
    await page.emulateMedia({ colorScheme: theme })
    await page.getByTestId('card').first().focus()
    await page.keyboard.press('F1')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help).toBeVisible()
    await shoot(page, `shortcuts-${theme}`)
  })
}
