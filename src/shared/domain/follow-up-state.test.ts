import { describe, expect, it } from 'vitest'
import {
  FollowUpStateSchema,
  closeSuggestionKey,
  emptyFollowUps,
  followUpKey,
  sentAtOf,
} from './follow-up-state'

describe('follow-up state', () => {
  it('parses a missing record as empty, so older cards load', () => {
    expect(FollowUpStateSchema.parse({})).toEqual(emptyFollowUps())
    expect(FollowUpStateSchema.parse({ stages: { final: {} } })).toEqual(emptyFollowUps())
  })

  it('round-trips a filled record', () => {
    const state = {
      stages: {
        ...emptyFollowUps().stages,
        'thank-you': {
          sent: [{ interviewerId: 'iv-1', sentAt: '2026-11-17T16:00:00.000Z' }],
          repliedAt: '2026-11-18T09:00:00.000Z',
        },
      },
      shownReminders: [{ key: 'card-1:thank-you:iv-1', at: '2026-11-17T15:45:00.000Z' }],
      snoozes: [{ key: 'card-1:close-suggestion', until: '2026-12-14T08:00:00.000Z' }],
    }
    expect(FollowUpStateSchema.parse(state)).toEqual(state)
    expect(sentAtOf(state, 'thank-you', 'iv-1')).toBe('2026-11-17T16:00:00.000Z')
    expect(sentAtOf(state, 'thank-you', 'iv-2')).toBeNull()
  })

  it.each([
    ['a malformed key', { shownReminders: [{ key: 'card 1', at: '2026-11-17T15:45:00Z' }] }],
    ['a key with too many parts', { snoozes: [{ key: 'a:b:c:d', until: '2026-11-17T15:45:00Z' }] }],
    ['a date that is not an instant', { snoozes: [{ key: 'a:b', until: 'tomorrow' }] }],
    [
      'one interviewer sent twice',
      {
        stages: {
          final: {
            sent: [
              { interviewerId: 'iv-1', sentAt: '2026-11-17T16:00:00Z' },
              { interviewerId: 'iv-1', sentAt: '2026-11-18T16:00:00Z' },
            ],
          },
        },
      },
    ],
    ['an unknown stage', { stages: { archived: {} } }],
  ])('refuses %s', (_what, input) => {
    expect(FollowUpStateSchema.safeParse(input).success).toBe(false)
  })

  it('builds keys that cannot collide', () => {
    expect(followUpKey('card-1', 'check-in', 'iv-2')).toBe('card-1:check-in:iv-2')
    expect(closeSuggestionKey('card-1')).toBe('card-1:close-suggestion')
    // An interviewer id can be "close-suggestion", but its key has three parts.
    expect(followUpKey('card-1', 'final', 'close-suggestion')).not.toBe(
      closeSuggestionKey('card-1'),
    )
  })
})
