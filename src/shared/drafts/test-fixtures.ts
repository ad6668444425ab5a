import type { Interviewer } from '../domain/interview'
import { LIMITS } from '../domain/limits'
import type { Draft, DraftSettings } from './build'
import { SAMPLE_CARD, SAMPLE_INTERVIEWER } from './sample'
import type { DraftCard } from './values'

/** Builders for the drafts tests. Only tests import this file. */

export function interviewer(overrides: Partial<Interviewer> = {}): Interviewer {
  return { ...SAMPLE_INTERVIEWER, ...overrides }
}

/** Everything filled in: two interviewers, two topics, a decision date. */
export const COMPLETE_CARD: DraftCard = {
  ...SAMPLE_CARD,
  id: 'card-1',
  interviewers: [
    interviewer({ id: 'iv-1' }),
    interviewer({
      id: 'iv-2',
      name: 'Tomás Okafor',
      title: 'Staff Engineer',
      email: 'tomas@northwind.example',
      preferredChannel: 'phone',
    }),
  ],
  topics: ['Migrating the nightly batch jobs to streaming', 'How on-call works on the data team'],
}

export const COMPLETE_SETTINGS: DraftSettings = {
  yourName: 'Alex Morgan',
  signature: 'Alex Morgan\n+44 7700 900123',
  locale: 'en-GB',
}

/** Only what the card editor requires: a name for the interviewer, no topics, no decision date. */
export const SPARSE_CARD: DraftCard = {
  ...SAMPLE_CARD,
  id: 'card-2',
  interviewers: [
    {
      id: 'iv-1',
      name: 'Sam',
      title: '',
      email: '',
      phone: '',
      linkedinUrl: '',
      preferredChannel: 'email',
    },
  ],
  topics: [],
  decisionDate: null,
}

export const SPARSE_SETTINGS: DraftSettings = { yourName: '', signature: '' }

/** Every free-text field at its longest. */
export const LONGEST_CARD: DraftCard = {
  ...SAMPLE_CARD,
  id: 'card-3',
  company: 'C'.repeat(LIMITS.shortText),
  position: 'Senior Principal '.repeat(20).slice(0, LIMITS.shortText),
  interviewers: [
    interviewer({
      id: 'iv-1',
      name: `${'Maximiliana '.repeat(16)}Longname`.slice(0, LIMITS.shortText),
      title: 'T'.repeat(LIMITS.shortText),
    }),
  ],
  topics: Array.from({ length: LIMITS.topics }, (_, n) =>
    `${n} ${'word '.repeat(200)}`.slice(0, LIMITS.topic),
  ),
}

export const LONGEST_SETTINGS: DraftSettings = {
  yourName: 'Y'.repeat(LIMITS.shortText),
  signature: 'S'.repeat(LIMITS.signature),
}

/** A draft to lint, with sensible defaults for every field the test does not care about. */
export function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    cardId: 'card-1',
    interviewerId: 'iv-1',
    interviewerName: 'Priya Raman',
    stage: 'thank-you',
    channel: 'email',
    tone: 'formal',
    key: 'thank-you/email/formal',
    custom: false,
    to: 'priya@northwind.example',
    subject: 'Thank you for the Senior Data Engineer interview – Alex Morgan',
    body: 'Dear Priya,\n\nThank you for our talk about the move to streaming.\n\nKind regards,\nAlex',
    company: 'Northwind Analytics',
    position: 'Senior Data Engineer',
    topics: ['The move to streaming'],
    missing: [],
    shortened: null,
    ...overrides,
  }
}
