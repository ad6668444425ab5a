import { describe, expect, it } from 'vitest'
import { copiedMessage, draftToastText, mailAppMessage, resetMessage } from './draft-messages'

describe('draft messages', () => {
  it('say what was copied, and for whom', () => {
    expect(copiedMessage('subject', 'email', 'Priya Raman')).toBe(
      'Copied the subject of the email to Priya Raman',
    )
    expect(copiedMessage('body', 'email', 'Priya Raman')).toBe('Copied the message to Priya Raman')
    expect(copiedMessage('all', 'linkedin', 'Tom Becker')).toBe(
      'Copied the LinkedIn note for Tom Becker',
    )
    expect(copiedMessage('all', 'call', 'Tom Becker')).toBe('Copied the call script for Tom Becker')
  })

  it('say when a mail link was cut, and where the whole text is', () => {
    expect(mailAppMessage('Priya Raman', false)).toBe(
      'Opened the email to Priya Raman in your mail app',
    )
    expect(mailAppMessage('Priya Raman', true)).toMatch(/too long for a mail link.*Copy body/)
    expect(resetMessage('call', 'Tom Becker')).toBe(
      'The call script for Tom Becker is back to the template',
    )
  })
})

describe('draft toasts', () => {
  const drafts = { about: 'drafts' } as const

  it('say what left Foothold, and for whom', () => {
    expect(
      draftToastText({
        ...drafts,
        kind: 'copied',
        part: 'all',
        channel: 'email',
        name: 'Priya Raman',
      }),
    ).toBe('Copied the email to Priya Raman, subject and message')
    expect(
      draftToastText({ ...drafts, kind: 'mail-opened', name: 'Priya Raman', shortened: true }),
    ).toBe(mailAppMessage('Priya Raman', true))
    expect(
      draftToastText({ ...drafts, kind: 'reset', channel: 'email', name: 'Priya Raman' }),
    ).toBe('The email for Priya Raman is back to the template')
    expect(draftToastText({ ...drafts, kind: 'wording-back' })).toBe('Your wording is back')
  })

  it('call someone no longer on the card "them"', () => {
    expect(
      draftToastText({ ...drafts, kind: 'copied', part: 'body', channel: 'email', name: null }),
    ).toBe('Copied the message to them')
  })

  it('give main’s reason when it refused', () => {
    const reason = 'That interviewer is no longer on this interview'
    expect(draftToastText({ ...drafts, kind: 'copy-refused', reason })).toBe(
      "Couldn't copy the draft: That interviewer is no longer on this interview",
    )
    expect(
      draftToastText({
        ...drafts,
        kind: 'mail-refused',
        reason: 'Add Priya Raman’s email address to the card',
      }),
    ).toBe("Couldn't open your mail app: Add Priya Raman’s email address to the card")
    expect(draftToastText({ ...drafts, kind: 'reset-refused', reason: 'Locked' })).toBe(
      "Couldn't reset the draft: Locked",
    )
  })
})
