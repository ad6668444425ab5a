import { describe, expect, it } from 'vitest'
import type { PlaceholderValues } from './placeholders'
import { renderTemplate, renderText, tidyBody } from './render'

const VALUES: PlaceholderValues = {
  interviewerFirstName: 'Priya',
  company: 'Northwind',
  position: 'Data Engineer',
  topics: 'streaming',
}

describe('renderText', () => {
  // prettier-ignore
  it.each([
    ['a value', 'Hi {interviewerFirstName}', VALUES, 'Hi Priya'],
    ['a section with a value', '{?topics}About {topics}.{/topics}', VALUES, 'About streaming.'],
    ['a section without one', 'Thanks.{?decisionDate} By {decisionDate}.{/decisionDate}', VALUES, 'Thanks.'],
    ['an inverted section without a value', '{!decisionDate}Any time.{/decisionDate}', VALUES, 'Any time.'],
    ['an inverted section with a value', '{!topics}Nothing.{/topics}', VALUES, ''],
    ['nested sections', '{?topics}{?company}{topics} at {company}{/company}{/topics}', VALUES, 'streaming at Northwind'],
    ['a blank value as missing', '{?yourName}– {yourName}{/yourName}', { yourName: '   ' }, ''],
    ['a value with its spaces trimmed', '[{company}]', { company: '  Northwind ' }, '[Northwind]'],
    ['a literal brace', '{{company} is {company}', VALUES, '{company} is Northwind'],
  ])('fills %s', (_what, source, values, expected) => {
    expect(renderText(source, values)).toBe(expected)
  })

  it('never reads a value as template text', () => {
    expect(renderText('{company}', { company: '{position} {?x}' })).toBe('{position} {?x}')
  })

  it('leaves unknown and unfilled placeholders visible, and reports them', () => {
    const report = { unknown: [], unfilled: [], missing: [] }
    const text = renderText(
      'Dear {name}, re {topics}{?nope}x{/nope}{?decisionDate}y{/decisionDate}',
      {},
      report,
    )
    expect(text).toBe('Dear {name}, re {topics}')
    expect(report).toEqual({
      unknown: ['name', 'nope'],
      unfilled: ['topics'],
      missing: ['topics', 'decisionDate'],
    })
  })

  it('does not report what sits in a section that is left out', () => {
    const report = { unknown: [], unfilled: [], missing: [] }
    renderText('{?topics}{interviewerTitle}{/topics}', {}, report)
    expect(report.missing).toEqual(['topics'])
  })

  it('never writes "undefined" or "null"', () => {
    const text = renderText('{interviewerTitle} {decisionDate} {signature}', {
      interviewerTitle: undefined,
      decisionDate: '',
    })
    expect(text).not.toMatch(/undefined|null/)
  })
})

describe('renderTemplate', () => {
  it('renders subject and body and tidies what left-out sections leave', () => {
    const rendered = renderTemplate(
      {
        subject: '  {position}  interview{?yourName} – {yourName}{/yourName} ',
        body: 'Hi {interviewerFirstName},\n\n{?decisionDate}By {decisionDate}.{/decisionDate}\n\n\nThanks.  {?yourName}{yourName}{/yourName}\n',
      },
      VALUES,
    )
    expect(rendered).toEqual({
      subject: 'Data Engineer interview',
      body: 'Hi Priya,\n\nThanks.',
      unknown: [],
      unfilled: [],
      missing: ['yourName', 'decisionDate'],
    })
  })
})

describe('tidyBody', () => {
  it('keeps indentation and single blank lines, drops doubled spaces and trailing blanks', () => {
    expect(tidyBody('  - one  two \r\n\r\n\r\n  - three\t')).toBe('- one two\n\n  - three')
  })
})
