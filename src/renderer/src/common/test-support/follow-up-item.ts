import type { FollowUpItem } from '@shared/cadence/plan'

/** A thank-you email to interviewer "a", due by 14:45 UTC on Wed 18 Nov 2026, a day after the interview. */
export const followUpItem = (overrides: Partial<FollowUpItem> = {}): FollowUpItem => ({
  key: 'c:thank-you:a',
  kind: 'follow-up',
  stage: 'thank-you',
  interviewerId: 'a',
  channel: 'email',
  dueAt: '2026-11-18T14:45:00.000Z',
  dueKind: 'deadline',
  remindAt: '2026-11-17T15:45:00.000Z',
  sentAt: null,
  shownAt: null,
  snoozedUntil: null,
  askForTopics: false,
  reason: { kind: 'after-interview', hours: 24, from: '2026-11-17T14:45:00.000Z' },
  ...overrides,
})
