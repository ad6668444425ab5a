import type { InterviewDetails } from '../domain/interview'

/** A complete, valid interview as a person would enter it; override what a test cares about. */
export function sampleDetails(overrides: Partial<InterviewDetails> = {}): InterviewDetails {
  return {
    company: 'Northwind Analytics',
    position: 'Senior Data Engineer',
    jobUrl: 'https://careers.northwind.example/jobs/42',
    time: {
      start: '2026-11-17T14:00:00.000Z',
      end: '2026-11-17T14:45:00.000Z',
      timeZone: 'Europe/Berlin',
    },
    format: 'video',
    interviewers: [
      {
        id: 'iv-1',
        name: 'Priya Raman',
        title: 'Engineering Manager',
        email: 'priya@northwind.example',
        phone: '',
        linkedinUrl: '',
        preferredChannel: 'email',
      },
    ],
    topics: ['Migrating the nightly batch jobs to streaming'],
    decisionDate: null,
    tone: 'formal',
    notes: '',
    ...overrides,
  }
}
