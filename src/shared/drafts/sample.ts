import type { Interviewer } from '../domain/interview'
import type { DraftSettings } from './build'
import type { DraftCard } from './values'

/**
 * A typical, complete interview: what Settings previews a template with, and what
 * `validateTemplate` checks an edited template against. Its values match the examples in the
 * placeholder registry.
 */

export const SAMPLE_INTERVIEWER: Interviewer = {
  id: 'sample',
  name: 'Priya Raman',
  title: 'Engineering Manager',
  email: 'priya@northwind.example',
  phone: '+44 20 7946 0000',
  linkedinUrl: 'https://www.linkedin.com/in/priya-raman-example',
  preferredChannel: 'email',
}

export const SAMPLE_CARD: DraftCard = {
  id: 'sample',
  company: 'Northwind Analytics',
  position: 'Senior Data Engineer',
  time: {
    start: '2026-11-17T14:00:00.000Z',
    end: '2026-11-17T14:45:00.000Z',
    timeZone: 'Europe/London',
  },
  interviewers: [SAMPLE_INTERVIEWER],
  topics: ['The move from nightly batch jobs to streaming'],
  decisionDate: '2026-11-27',
  tone: 'formal',
}

export const SAMPLE_SETTINGS: DraftSettings = {
  yourName: 'Alex Morgan',
  signature: '',
  locale: 'en-GB',
}

/** The day after the sample interview, when its thank-you is written. */
export const SAMPLE_NOW = new Date('2026-11-18T09:00:00.000Z')
