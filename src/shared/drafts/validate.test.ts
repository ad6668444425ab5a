import { describe, expect, it } from 'vitest'
import { defaultTemplate } from './templates'
import { TEMPLATE_KEYS } from '../domain/template-keys'
import { validateTemplate } from './validate'

const BODY =
  'Dear {interviewerName},\n\nThanks for our talk about {?topics}{topics}{/topics}.\n\nAlex'
const SUBJECT = 'Thank you for the {position} interview – Alex'

describe('validateTemplate', () => {
  it.each(TEMPLATE_KEYS)('finds nothing wrong with the default %s', (key) => {
    expect(validateTemplate(key, defaultTemplate(key))).toEqual([])
  })

  it('accepts a sound template of the person’s own', () => {
    expect(validateTemplate('thank-you/email/formal', { subject: SUBJECT, body: BODY })).toEqual([])
  })

  it('refuses placeholders Foothold does not know, where they stand', () => {
    const issues = validateTemplate('thank-you/email/formal', {
      subject: SUBJECT,
      body: `${BODY} {firstName}{?mood}x{/mood}`,
    })
    const start = BODY.length + 1
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', field: 'body', start, end: start + 11 }),
      expect.objectContaining({
        severity: 'error',
        field: 'body',
        start: start + 11,
        end: start + 18,
      }),
    ])
    expect(issues[0]!.message).toContain('{firstName}')
  })

  it('reports broken sections', () => {
    const issues = validateTemplate('thank-you/email/formal', {
      subject: SUBJECT,
      body: `${BODY} {?topics}about {topics}`,
    })
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('never closed'),
      }),
    )
  })

  it('warns when an optional detail would show as written on a sparse card', () => {
    const body =
      'Dear {interviewerName}, about {topics} ({interviewerTitle}).{?topics} {topics}{/topics}'
    const issues = validateTemplate('thank-you/email/formal', { subject: SUBJECT, body })
    expect(issues.map((i) => [i.severity, body.slice(i.start, i.end)])).toEqual([
      ['warning', '{topics}'],
      ['warning', '{interviewerTitle}'],
    ])
  })

  it('refuses a subject on a LinkedIn note or a call script', () => {
    for (const key of ['thank-you/linkedin/formal', 'final/call/casual'] as const) {
      expect(validateTemplate(key, { subject: 'Hello', body: BODY })).toContainEqual(
        expect.objectContaining({ severity: 'error', field: 'subject' }),
      )
    }
  })

  it('refuses a LinkedIn note that would not fit 300 characters for a typical card', () => {
    const body = `Hi {interviewerFirstName}, ${'thanks again for a truly great conversation. '.repeat(7)}`
    const issues = validateTemplate('thank-you/linkedin/casual', { subject: '', body })
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('LinkedIn accepts 300'),
      }),
    )
  })

  it('passes on the linter’s advice about the template’s own words', () => {
    const issues = validateTemplate('check-in/email/casual', {
      subject: 'Following up',
      body: 'Hi {interviewerFirstName}, I haven’t heard from you about {topics}. ANY NEWS AT ALL?',
    })
    const messages = issues.map((i) => `${i.severity} ${i.field} ${i.message}`)
    expect(messages).toEqual([
      expect.stringMatching(/^warning body .*\{topics\} as written/),
      expect.stringMatching(/^warning body .*heard from you/),
      expect.stringMatching(/^warning body .*ANY NEWS AT ALL/),
      expect.stringMatching(/^warning subject .*Following up/),
    ])
    expect(issues).toHaveLength(4)
  })

  it('reports size limits as errors without going further', () => {
    expect(validateTemplate('final/email/formal', { subject: SUBJECT, body: ' ' })).toEqual([
      { severity: 'error', field: 'body', message: 'A template needs some text' },
    ])
  })
})
