import { expect, test } from '../fixtures'
import { shoot } from './shoot'

// `npm run screenshots` refreshes the pictures in docs/. Not part of `npm test`.
const NOW = '2026-11-23T09:00:00Z'

for (const scheme of ['light', 'dark'] as const) {
  test(`first run and the sample board, ${scheme}`, async ({ launch }) => {
    const { page } = await launch({ onboarding: true, now: NOW })
    await page.emulateMedia({ colorScheme: scheme })
    const dialog = page.getByRole('dialog', { name: 'Welcome to Foothold' })
    await dialog.getByLabel('Your name').fill('Robin Vale')
    await dialog.getByLabel('Signature').fill('Best,\nRobin Vale\n+1 555 0187')
    await dialog.getByRole('checkbox', { name: 'Start with a sample board' }).check()
    await shoot(page, `onboarding-welcome-${scheme}`)

    await dialog.getByRole('button', { name: 'Get started' }).click()
    await expect(page.getByTestId('sample-notice')).toBeVisible()
    await shoot(page, `onboarding-sample-board-${scheme}`)
  })
}
