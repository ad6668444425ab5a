import { describe, expect, it } from 'vitest'
import { sampleDetails } from '../../../shared/test-support/sample-details'
import { markSentMessage, repliedMessage, savedMessage } from './follow-up-messages'

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
