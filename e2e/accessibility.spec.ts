import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { seedBoard } from './seed'

// The day after the seeded interviews: thank-yous are due, so cards, panel and drafts have content.
const NOW = '2026-11-18T09:00:00Z'
const THEMES = ['light', 'dark'] as const

/** Runs axe on what is on screen; fails with one readable line per serious or critical finding. */
async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const report = serious.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${where}: [${v.impact}] ${v.id} — ${v.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
    ),
  )
  expect.soft(report, report.join('\n')).toEqual([])
}

async function seed(dataFolder: string): Promise<void> {
  await seedBoard(dataFolder, [
    { company: 'Northwind Analytics', interviewers: ['Priya Raman', 'Tom Becker'] },
    { company: 'Contoso' },
    { company: 'Tailspin Toys', stage: 'check-in' },
    { company: 'Fabrikam', stage: 'final' },
    { company: 'Litware', stage: 'closed', outcome: 'offer' },
    { company: 'Adventure Works', stage: 'closed', outcome: 'rejected' },
  ])
}

for (const theme of THEMES) {
  test(`no serious accessibility problems in the ${theme} theme`, async ({
    launch,
    dataFolder,
  }) => {
    test.setTimeout(120_000)
    await seed(dataFolder)
    const { page } = await launch({ now: NOW })
    await page.emulateMedia({ colorScheme: theme })
    await expect(page.getByTestId('card')).toHaveCount(6)
    await expectNoSeriousViolations(page, 'board')

    await page.getByTestId('card').filter({ hasText: 'Northwind' }).click()
    const panel = page.getByRole('dialog', { name: 'Northwind Analytics' })
    await expect(panel.getByTestId('draft')).toBeVisible()
    await expectNoSeriousViolations(page, 'card panel with the draft editor')
    await panel.getByRole('button', { name: /^Copy/ }).first().click()
    await expect(panel.getByRole('group', { name: 'Did you send it?' })).toBeVisible()
    await expectNoSeriousViolations(page, 'draft editor asking "Did you send it?"')
    await page.keyboard.press('Escape')

    await page.keyboard.press('F1')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await expectNoSeriousViolations(page, 'help overlay')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'New interview' }).click()
    await expect(page.getByRole('dialog', { name: /interview/i })).toBeVisible()
    await expectNoSeriousViolations(page, 'new interview dialog')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    const settings = page.getByTestId('settings')
    for (const section of ['Profile', 'Cadence', 'Reminders', 'Templates', 'Data']) {
      await settings.getByRole('button', { name: section, exact: true }).click()
      await expect(settings.getByRole('heading', { name: section, exact: true })).toBeVisible()
      await expectNoSeriousViolations(page, `Settings → ${section}`)
    }
  })
}

/** The focused element draws a ring: an outline or a box shadow. */
async function focusRing(page: Page): Promise<string> {
  // document.activeElement, not ':focus': a date field's focus sits in its parts.
  const focused = await page.evaluateHandle('document.activeElement')
  return focused.evaluate((element) => {
    const el = element as FocusedElement
    if (!el || el.tagName === 'BODY') return 'nothing focused'
    const style = el.ownerDocument.defaultView!.getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none'
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)
    return outline || shadow
      ? 'ring'
      : `no ring on ${el.tagName}.${el.className} "${name}" (#${el.id})`
  })
}

/** The little of a DOM element the check reads (the e2e code is typed without the DOM library). */
interface FocusedElement {
  tagName: string
  className: string
  id: string
  textContent: string | null
  getAttribute(name: string): string | null
  ownerDocument: {
    defaultView: {
      getComputedStyle(element: unknown): {
        outlineStyle: string
        outlineWidth: string
        boxShadow: string
      }
    } | null
  }
}

test('every control reached with Tab shows where the focus is', async ({ launch, dataFolder }) => {
  test.setTimeout(90_000)
  await seed(dataFolder)
  const { page } = await launch({ now: NOW })
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme })
    // From the top of the page through the top bar and into the board.
    await page.locator('body').focus()
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab')
      // Polled: the rings fade in.
      await expect.poll(() => focusRing(page)).toBe('ring')
    }
    // Into the open card: its fields, the follow-ups and the draft's buttons.
    await page.getByTestId('card').filter({ hasText: 'Northwind' }).press('Enter')
    const panel = page.getByRole('dialog', { name: 'Northwind Analytics' })
    await expect(panel).toBeFocused()
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab')
      // Polled: the rings fade in.
      await expect.poll(() => focusRing(page)).toBe('ring')
    }
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
  }
})
