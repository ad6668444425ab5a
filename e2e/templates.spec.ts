import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import type { StoreData } from '@shared/store/store-format'
import { expect, test } from './fixtures'
import { seedBoard } from './seed'

const CHECK_IN = 'check-in/email/formal'
const DEFAULT_SUBJECT = 'Next steps for the {position} role{?yourName} – {yourName}{/yourName}'
const MY_SUBJECT = 'Any news on the {position} role at {company}?'

async function openTemplates(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = page.getByTestId('settings')
  await settings.getByRole('button', { name: 'Templates', exact: true }).click()
  await expect(settings.getByRole('heading', { name: 'Templates', level: 2 })).toBeVisible()
  return settings
}

/** Picks follow-up, channel and tone; each is a group of radio buttons. */
async function pick(settings: Locator, stage: string, channel: string, tone: string) {
  await settings
    .getByRole('group', { name: 'Follow-up' })
    .getByRole('radio', { name: stage })
    .check()
  await settings
    .getByRole('group', { name: 'Sent as' })
    .getByRole('radio', { name: channel })
    .check()
  await settings.getByRole('group', { name: 'Tone' }).getByRole('radio', { name: tone }).check()
}

const saveButton = (settings: Locator) =>
  settings.getByRole('button', { name: 'Save', exact: true })

async function storedTemplates(storeFile: string): Promise<StoreData['settings']['templates']> {
  return (JSON.parse(await readFile(storeFile, 'utf8')) as StoreData).settings.templates
}

test('an edited subject shows in the preview, is saved, survives a restart and writes the card’s draft', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [
    { company: 'Northwind Analytics', position: 'Senior Data Engineer', stage: 'check-in' },
  ])
  // A week and more after the move to Check-in: the check-in is due.
  const app = await launch({ now: '2026-12-02T10:00:00Z' })
  let settings = await openTemplates(app.page)
  await pick(settings, 'Check-in', 'Email', 'Formal')
  await expect(settings.getByRole('heading', { name: 'Check-in · Email · Formal' })).toBeVisible()

  const subject = settings.getByRole('textbox', { name: 'Subject' })
  const preview = settings.getByTestId('template-preview-subject')
  await expect(subject).toHaveValue(DEFAULT_SUBJECT)
  await expect(preview).toHaveText('Next steps for the Senior Data Engineer role')

  await subject.fill(MY_SUBJECT)
  await expect(preview).toHaveText(
    'Any news on the Senior Data Engineer role at Northwind Analytics?',
  )
  await expect(settings.getByText('Your version')).toBeVisible()
  await expect(
    settings.getByRole('group', { name: 'Follow-up' }).getByRole('radio', { name: 'Check-in' }),
  ).toHaveAccessibleName(/Check-in \(yours\)/)
  await expect(settings.getByText('Unsaved changes')).toBeVisible()
  await saveButton(settings).click()
  await expect(app.page.getByTestId('toast')).toHaveText(/Settings saved/)
  await expect(saveButton(settings)).toBeDisabled()
  expect(await storedTemplates(app.storeFile)).toEqual({
    [CHECK_IN]: { subject: MY_SUBJECT, body: expect.stringMatching(/^Dear \{interviewerName\},/) },
  })

  await app.restart()
  settings = await openTemplates(app.page)
  await pick(settings, 'Check-in', 'Email', 'Formal')
  await expect(settings.getByRole('textbox', { name: 'Subject' })).toHaveValue(MY_SUBJECT)
  await expect(settings.getByRole('list', { name: 'Your templates' })).toHaveText(
    'Check-in · Email · Formal (yours)',
  )

  // The card's check-in draft is written from the edited template.
  await settings.getByRole('button', { name: 'Back to board' }).click()
  await app.page.getByTestId('card').filter({ hasText: 'Northwind' }).click()
  const drafts = app.page.getByRole('dialog', { name: /Northwind/ }).getByTestId('drafts')
  await expect(drafts.getByRole('heading')).toHaveText('Draft · Check-in')
  await expect(drafts.getByRole('textbox', { name: 'Subject' })).toHaveValue(
    'Any news on the Senior Data Engineer role at Northwind Analytics?',
  )
})

test('a placeholder Foothold does not know is explained and keeps Save from saving', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [])
  const app = await launch()
  const settings = await openTemplates(app.page)
  await pick(settings, 'Check-in', 'Email', 'Formal')
  const before = await storedTemplates(app.storeFile)

  const subject = settings.getByRole('textbox', { name: 'Subject' })
  await subject.fill('About my favourite colour, {favouriteColour}')
  await expect(subject).toHaveAttribute('aria-invalid', 'true')
  await expect(subject).toHaveAccessibleDescription(
    /\{favouriteColour\} is not a placeholder Foothold knows/,
  )
  // The preview shows it as written.
  await expect(settings.getByTestId('template-preview-subject')).toHaveText(
    'About my favourite colour, {favouriteColour}',
  )
  await expect(settings.getByRole('button', { name: /Templates/ })).toContainText('needs fixing')

  // Looking at another template, Save still refuses and leads back to the broken one.
  await pick(settings, 'Final follow-up', 'LinkedIn note', 'Casual')
  await expect(settings.getByRole('status')).toContainText(
    'Check-in · Email · Formal needs fixing before you can save',
  )
  await saveButton(settings).click()
  await expect(settings.getByRole('alert')).toHaveText(/Not saved: fix the marked settings first/)
  await expect(settings.getByRole('heading', { name: 'Check-in · Email · Formal' })).toBeVisible()
  await expect(subject).toBeFocused()
  expect(await storedTemplates(app.storeFile)).toEqual(before)

  // An empty text is refused as well; a known placeholder, clicked, goes in at the cursor.
  const body = settings.getByRole('textbox', { name: 'Message' })
  await body.fill('')
  await expect(body).toHaveAccessibleDescription(/A template needs some text/)
  await subject.fill('News on the  role?')
  await subject.press('Home')
  for (let i = 0; i < 'News on the '.length; i++) await subject.press('ArrowRight')
  await settings.getByRole('button', { name: '{position}' }).click()
  await expect(subject).toHaveValue('News on the {position} role?')
  await expect(subject).toBeFocused()
  await body.fill('Dear {interviewerName}, ')
  await settings.getByRole('button', { name: '{company}' }).click()
  await expect(body).toHaveValue('Dear {interviewerName}, {company}')
  await expect(settings.getByTestId('template-preview-body')).toHaveText(
    'Dear Priya Raman, Northwind Analytics',
  )
  await expect(subject).toHaveAttribute('aria-invalid', 'false')
  await saveButton(settings).click()
  await expect(app.page.getByTestId('toast')).toHaveText(/Settings saved/)
  expect(await storedTemplates(app.storeFile)).toEqual({
    [CHECK_IN]: {
      subject: 'News on the {position} role?',
      body: 'Dear {interviewerName}, {company}',
    },
  })
})

test('a LinkedIn note longer than 300 characters in the preview is refused', async ({ launch }) => {
  const app = await launch()
  const settings = await openTemplates(app.page)
  await pick(settings, 'Thank-you', 'LinkedIn note', 'Casual')
  await expect(settings.getByRole('textbox', { name: 'Subject' })).toHaveCount(0)
  const note = settings.getByRole('textbox', { name: 'Note' })
  await note.fill(`Hi {interviewerFirstName}, ${'so glad we talked. '.repeat(16)}`)
  await expect(settings.getByTestId('template-preview')).toContainText(/3\d\d \/ 300/)
  await expect(note).toHaveAccessibleDescription(/LinkedIn accepts 300/)
  await saveButton(settings).click()
  await expect(settings.getByRole('alert')).toHaveText(/Not saved/)
})

test('reset to default brings Foothold’s wording back, and can be undone until saved', async ({
  launch,
}) => {
  const app = await launch()
  const settings = await openTemplates(app.page)
  await pick(settings, 'Check-in', 'Email', 'Formal')
  const subject = settings.getByRole('textbox', { name: 'Subject' })
  const reset = settings.getByRole('button', { name: 'Reset to default' })
  await expect(reset).toBeDisabled()

  await subject.fill(MY_SUBJECT)
  await saveButton(settings).click()
  await expect(app.page.getByTestId('toast')).toHaveText(/Settings saved/)

  await reset.click()
  await expect(subject).toHaveValue(DEFAULT_SUBJECT)
  await expect(settings.getByText('Foothold’s default')).toBeVisible()
  // The pressed button gives way to the other, which takes the focus: Enter undoes.
  await expect(settings.getByRole('button', { name: 'Undo' })).toBeFocused()
  await app.page.keyboard.press('Enter')
  await expect(subject).toHaveValue(MY_SUBJECT)
  await expect(reset).toBeFocused()
  await expect(saveButton(settings)).toBeDisabled()

  await reset.click()
  await expect(subject).toHaveValue(DEFAULT_SUBJECT)
  await saveButton(settings).click()
  await expect(app.page.getByTestId('toast')).toHaveText(/Settings saved/)
  expect(await storedTemplates(app.storeFile)).toEqual({})
  await expect(settings.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  await expect(reset).toBeDisabled()

  // An unsaved edit to a template is an unsaved change like any other: leaving asks first.
  await subject.fill(MY_SUBJECT)
  await app.page.keyboard.press('Escape')
  await expect(settings.getByRole('alertdialog', { name: 'Unsaved changes' })).toBeVisible()
})
