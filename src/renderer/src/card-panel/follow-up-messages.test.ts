import { describe, expect, it } from 'vitest'
import { sampleDetails } from '@shared/test-support/sample-details'
import {
  followUpToastText,
  markSentMessage,
  repliedMessage,
  savedMessage,
} from './follow-up-messages'

const one = { company: 'Acme', interviewers: sampleDetails().interviewers }
const two = {
  company: 'Acme',
  interviewers: [
    { ...sampleDetails().interviewers[0]!, id: 'a', name: 'Ada' },
    { ...sampleDetails().interviewers[0]!, id: 'b', name: 'Bo' },
  ],
}

describe('follow-up toasts', () => {
  it('says who it went to and where the card moved', () => {
    expect(markSentMessage(two, 'thank-you', 'all', 'check-in')).toBe(
      'Sent to all interviewers — moved Acme to Check-in',
    )
    expect(markSentMessage(two, 'thank-you', ['b'], 'check-in')).toBe(
      'Sent to Bo — moved Acme to Check-in',
    )
    expect(markSentMessage(one, 'thank-you', 'all', 'check-in')).toBe(
      'Sent to Priya Raman — moved Acme to Check-in',
    )
    expect(markSentMessage(two, 'final', 'all', null)).toBe(
      'Marked the final follow-up to all interviewers as sent',
    )
    expect(markSentMessage(two, 'check-in', ['a'], null)).toBe('Marked the check-in to Ada as sent')
  })

  it('notes a reply', () => {
    expect(repliedMessage({ company: 'Acme', stage: 'check-in' })).toBe(
      'Noted that Acme replied — no more check-in reminders',
    )
  })
})

describe('the toast after saving a card', () => {
  it('says when the edit moved the card on, and why', () => {
    expect(savedMessage({ stage: 'thank-you' }, { company: 'Acme', stage: 'thank-you' })).toBe(
      'Saved changes to Acme',
    )
    expect(savedMessage({ stage: 'thank-you' }, { company: 'Acme', stage: 'check-in' })).toBe(
      'Saved changes to Acme — everyone on it has their thank-you, so it moved to Check-in',
    )
  })
})

describe('follow-up toasts, from what happened', () => {
  const followUps = { about: 'follow-ups' } as const
  const people = [
    { id: 'p1', name: 'Priya Raman' },
    { id: 'p2', name: 'Tom Becker' },
  ]

  it('say who a follow-up went to, and where the card moved', () => {
    const sent = {
      ...followUps,
      kind: 'marked-sent',
      company: 'Acme',
      interviewers: people,
      stage: 'thank-you',
    } as const
    expect(followUpToastText({ ...sent, sentTo: ['p1'], advancedTo: null })).toBe(
      'Marked the thank-you to Priya Raman as sent',
    )
    expect(followUpToastText({ ...sent, sentTo: 'all', advancedTo: 'check-in' })).toBe(
      'Sent to all interviewers — moved Acme to Check-in',
    )
    expect(
      followUpToastText({ ...followUps, kind: 'replied', company: 'Acme', stage: 'thank-you' }),
    ).toBe('Noted that Acme replied — no more thank-you reminders')
  })

  it('say until when a reminder is snoozed, in the person’s zone', () => {
    const until = '2026-11-18T10:00:00.000Z'
    expect(
      followUpToastText({ ...followUps, kind: 'snoozed', until, timeZone: 'Europe/Berlin' }),
    ).toMatch(/^Snoozed until Wed,? (18 Nov|Nov 18),? 11:00( AM)?$/)
    expect(followUpToastText({ ...followUps, kind: 'snoozed', until: null, timeZone: 'UTC' })).toBe(
      'Snoozed',
    )
  })

  it('say why main refused, and when a reminder’s card is gone', () => {
    const reason = 'Choose a time in the future'
    expect(followUpToastText({ ...followUps, kind: 'snooze-refused', reason })).toBe(
      "Couldn't snooze: Choose a time in the future",
    )
    expect(followUpToastText({ ...followUps, kind: 'card-gone' })).toBe(
      'That interview is no longer on the board',
    )
  })
})
