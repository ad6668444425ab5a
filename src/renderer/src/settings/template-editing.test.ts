import { describe, expect, it } from 'vitest'
import { TEMPLATE_KEYS, defaultTemplate } from '@shared/drafts'
import {
  customisedKeys,
  editedTemplate,
  firstTemplateError,
  insertAtCursor,
  placeholderToken,
  sameOverrides,
  templateErrors,
  templateIssues,
  templateName,
  templatePreview,
  withTemplate,
} from './template-editing'

const MINE = { subject: 'Any news on {position}?', body: 'Hi {interviewerFirstName}, any news?' }
const ALEX = { yourName: 'Alex Morgan', signature: '' }

describe('insertAtCursor', () => {
  it('types at the caret and puts the caret after what went in', () => {
    expect(insertAtCursor('Dear ,', 5, 5, '{interviewerName}')).toEqual({
      text: 'Dear {interviewerName},',
      cursor: 22,
    })
  })

  it('replaces a selection', () => {
    expect(insertAtCursor('Hi NAME!', 3, 7, '{interviewerFirstName}')).toEqual({
      text: 'Hi {interviewerFirstName}!',
      cursor: 25,
    })
  })

  it('appends when the field never had a caret, and keeps odd offsets inside the text', () => {
    expect(insertAtCursor('Thanks', null, null, ' {company}')).toEqual({
      text: 'Thanks {company}',
      cursor: 16,
    })
    expect(insertAtCursor('ab', 9, 12, 'X')).toEqual({ text: 'abX', cursor: 3 })
    expect(insertAtCursor('ab', 2, 1, 'X')).toEqual({ text: 'abX', cursor: 3 })
    expect(insertAtCursor('', 0, 0, placeholderToken('company'))).toEqual({
      text: '{company}',
      cursor: 9,
    })
  })
})

describe('customised templates', () => {
  it('lists the rewritten ones in Settings’ order', () => {
    expect(customisedKeys({})).toEqual([])
    expect(customisedKeys({ 'final/call/casual': MINE, 'thank-you/email/formal': MINE })).toEqual([
      'thank-you/email/formal',
      'final/call/casual',
    ])
  })

  it('shows the person’s version, or the default', () => {
    expect(editedTemplate({ 'check-in/email/formal': MINE }, 'check-in/email/formal')).toEqual(MINE)
    expect(editedTemplate({}, 'check-in/email/formal')).toEqual(
      defaultTemplate('check-in/email/formal'),
    )
  })

  it('keeps an edit, and drops it once the text is the default again', () => {
    const key = 'check-in/email/formal'
    const edited = withTemplate({}, key, MINE)
    expect(edited).toEqual({ [key]: MINE })
    expect(withTemplate(edited, key, { ...defaultTemplate(key) })).toEqual({})
    expect(withTemplate({}, key, defaultTemplate(key))).toEqual({})
  })

  it('compares overrides by their text', () => {
    expect(sameOverrides({}, {})).toBe(true)
    expect(
      sameOverrides({ 'final/email/casual': MINE }, { 'final/email/casual': { ...MINE } }),
    ).toBe(true)
    expect(sameOverrides({ 'final/email/casual': MINE }, {})).toBe(false)
    expect(sameOverrides({ 'final/email/casual': MINE }, { 'final/email/formal': MINE })).toBe(
      false,
    )
  })

  it('names a template by its follow-up, channel and tone', () => {
    expect(templateName('check-in/email/formal')).toBe('Check-in · Email · Formal')
    expect(templateName('closed/linkedin/casual')).toBe('Stay in touch · LinkedIn note · Casual')
  })
})

describe('the preview', () => {
  it('fills the sample interview in, signed with the person’s name', () => {
    const preview = templatePreview(
      'check-in/email/formal',
      defaultTemplate('check-in/email/formal'),
      {
        yourName: 'Sam Lee',
        signature: 'Best,\nSam Lee',
      },
    )
    expect(preview.subject).toBe('Next steps for the Senior Data Engineer role – Sam Lee')
    expect(preview.body).toMatch(/^Dear Priya Raman,/)
    expect(preview.body).toMatch(/Best,\nSam Lee$/)
    expect(preview.limit).toBeNull()
    expect(preview.missing).toEqual([])
  })

  it('says when the form has no name to sign with', () => {
    const preview = templatePreview('thank-you/email/casual', MINE, { yourName: '', signature: '' })
    expect(preview.missing).toEqual([])
    const signed = { subject: '', body: 'Thanks!\n{?signature}{signature}{/signature}' }
    expect(
      templatePreview('thank-you/email/casual', signed, { yourName: '', signature: '' }).missing,
    ).toEqual(['signature'])
  })

  it('shows a LinkedIn note whole, with its limit, and has no subject for it', () => {
    const long = { subject: '', body: 'x'.repeat(320) }
    const preview = templatePreview('final/linkedin/formal', long, ALEX)
    expect(preview.body).toHaveLength(320)
    expect(preview.limit).toBe(300)
    expect(templatePreview('final/call/formal', long, ALEX)).toMatchObject({
      subject: '',
      limit: null,
    })
  })
})

describe('what stands in the way of saving', () => {
  it('finds nothing wrong with Foothold’s own templates', () => {
    for (const key of TEMPLATE_KEYS) {
      const errors = templateIssues(key, defaultTemplate(key), ALEX).filter(
        (issue) => issue.severity === 'error',
      )
      expect(errors, key).toEqual([])
    }
  })

  it('names unknown placeholders and empty text, at their place', () => {
    const issues = templateIssues(
      'check-in/email/formal',
      { ...MINE, subject: 'Hi {favouriteColour}' },
      ALEX,
    )
    expect(issues).toContainEqual(
      expect.objectContaining({ severity: 'error', field: 'subject', start: 3, end: 20 }),
    )
    expect(templateIssues('check-in/email/formal', { ...MINE, body: '' }, ALEX)).toEqual([
      { severity: 'error', field: 'body', message: 'A template needs some text' },
    ])
  })

  it('refuses a LinkedIn note over the limit once, however it is measured', () => {
    const long = { subject: '', body: `Hi {interviewerFirstName}, ${'a'.repeat(300)}` }
    const tooLong = templateIssues('final/linkedin/formal', long, ALEX).filter(
      (issue) => issue.severity === 'error',
    )
    expect(tooLong).toHaveLength(1)
    // Only the person's long name pushes it over: the preview says so.
    const signed = { subject: '', body: `Hi {interviewerFirstName}, ${'a'.repeat(260)} {yourName}` }
    expect(
      templateIssues('final/linkedin/formal', signed, ALEX).filter((i) => i.severity === 'error'),
    ).toEqual([])
    const longName = { yourName: 'Alexandra Catherine Morgan-Whitfield', signature: '' }
    expect(templateIssues('final/linkedin/formal', signed, longName)).toContainEqual({
      severity: 'error',
      field: 'body',
      message:
        'The preview runs to 307 characters, and LinkedIn accepts 300. Shorten it; otherwise every note is cut to fit.',
    })
  })

  it('lists the broken templates, and says which comes first', () => {
    const overrides = {
      'final/email/formal': { ...MINE, body: '{nope}' },
      'thank-you/email/formal': MINE,
      'check-in/call/casual': { subject: '', body: ' ' },
    }
    expect(Object.keys(templateErrors(overrides, ALEX))).toEqual([
      'check-in/call/casual',
      'final/email/formal',
    ])
    expect(firstTemplateError(overrides, ALEX)).toBe(
      'Check-in · Call script · Casual: A template needs some text',
    )
    expect(firstTemplateError({ 'thank-you/email/formal': MINE }, ALEX)).toBeUndefined()
  })
})
