import { describe, expect, it } from 'vitest'
import { sampleDetails } from '../../../shared/test-support/sample-details'
import {
  detailsFromValues,
  emptyInterviewer,
  fieldForServerError,
  newInterviewValues,
  nextWholeHour,
  sameValues,
  valuesFromDetails,
  type InterviewFormValues,
} from './interview-form-values'

const counter = () => {
  let n = 0
  return () => `row-${++n}`
}

function filledForm(overrides: Partial<InterviewFormValues> = {}): InterviewFormValues {
  return { ...valuesFromDetails(sampleDetails(), counter()), ...overrides }
}

describe('nextWholeHour', () => {
  it('rounds up to the next hour on the wall clock of the zone', () => {
    expect(nextWholeHour(new Date('2026-11-17T13:20:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-11-17',
      time: '15:00',
    })
  })

  it('rolls over to the next day after 23:00', () => {
    expect(nextWholeHour(new Date('2026-12-31T22:10:00Z'), 'Europe/Berlin')).toEqual({
      date: '2027-01-01',
      time: '00:00',
    })
  })

  it('uses whole hours of half-hour zones, not of UTC', () => {
    expect(nextWholeHour(new Date('2026-03-10T04:40:00Z'), 'Asia/Kolkata')).toEqual({
      date: '2026-03-10',
      time: '11:00',
    })
  })
})

describe('newInterviewValues', () => {
  it('starts with sensible defaults and one blank interviewer', () => {
    const values = newInterviewValues(new Date('2026-11-17T13:20:00Z'), 'Europe/Berlin', counter())
    expect(values).toMatchObject({
      date: '2026-11-17',
      startTime: '15:00',
      durationMinutes: '45',
      timeZone: 'Europe/Berlin',
      format: 'video',
      tone: 'formal',
      topics: [],
      decisionDate: '',
    })
    expect(values.interviewers).toEqual([emptyInterviewer('row-1')])
  })

  it('is not valid until company and position are filled, and says so next to them', () => {
    const result = detailsFromValues(newInterviewValues(new Date(), 'UTC', counter()))
    expect(result).toEqual({
      ok: false,
      errors: { company: 'Company is required', position: 'Position is required' },
    })
  })
})

describe('details ↔ form values', () => {
  it('round-trips a card unchanged', () => {
    const details = sampleDetails({ decisionDate: '2026-11-30', topics: ['Roadmap', 'On-call'] })
    const result = detailsFromValues(valuesFromDetails(details, counter()))
    expect(result).toEqual({ ok: true, details })
  })

  it('turns wall time, zone and duration into instants', () => {
    const result = detailsFromValues(
      filledForm({
        date: '2026-07-01',
        startTime: '09:30',
        durationMinutes: '60',
        timeZone: 'America/New_York',
      }),
    )
    expect(result.ok && result.details.time).toEqual({
      start: '2026-07-01T13:30:00.000Z',
      end: '2026-07-01T14:30:00.000Z',
      timeZone: 'America/New_York',
    })
  })

  it('drops blank interviewer rows and blank topics instead of reporting them', () => {
    const values = filledForm()
    const result = detailsFromValues({
      ...values,
      interviewers: [...values.interviewers, emptyInterviewer('spare')],
      topics: [...values.topics, { id: 'blank', text: '   ' }],
    })
    expect(result.ok && result.details.interviewers).toHaveLength(1)
    expect(result.ok && result.details.topics).toEqual(values.topics.map((t) => t.text))
  })

  it('trims what was typed', () => {
    const result = detailsFromValues(filledForm({ company: '  Contoso  ' }))
    expect(result.ok && result.details.company).toBe('Contoso')
  })

  it('keys an interviewer error by the row, whatever rows were dropped before it', () => {
    const values = filledForm()
    const bad = { ...emptyInterviewer('second'), name: 'Ada', email: 'not-an-address' }
    const result = detailsFromValues({
      ...values,
      interviewers: [emptyInterviewer('blank-first'), ...values.interviewers, bad],
    })
    expect(result).toEqual({
      ok: false,
      errors: { 'interviewers.second.email': 'Enter an email address like name@company.com' },
    })
  })

  it('asks for a name when a row has other details', () => {
    const result = detailsFromValues(
      filledForm({ interviewers: [{ ...emptyInterviewer('x'), email: 'ada@example.com' }] }),
    )
    expect(result).toEqual({ ok: false, errors: { 'interviewers.x.name': 'Name is required' } })
  })

  it('reports a bad duration, date or time on its own field only', () => {
    expect(detailsFromValues(filledForm({ durationMinutes: '0' }))).toEqual({
      ok: false,
      errors: { durationMinutes: 'Enter whole minutes, from 1 to 1440' },
    })
    expect(detailsFromValues(filledForm({ date: '' }))).toEqual({
      ok: false,
      errors: { date: 'Enter the date of the interview' },
    })
    expect(detailsFromValues(filledForm({ startTime: '' }))).toEqual({
      ok: false,
      errors: { startTime: 'Enter when it started' },
    })
  })

  it('reports dates far outside the plausible range on the date field', () => {
    const result = detailsFromValues(filledForm({ date: '1980-01-01' }))
    expect(result.ok).toBe(false)
    expect(!result.ok && Object.keys(result.errors)).toEqual(['date'])
  })

  it('rejects a job link that is not a web address', () => {
    const result = detailsFromValues(filledForm({ jobUrl: 'javascript:alert(1)' }))
    expect(!result.ok && result.errors.jobUrl).toBe('Enter a web address starting with https://')
  })
})

describe('fieldForServerError', () => {
  const values = filledForm({
    interviewers: [emptyInterviewer('blank'), { ...emptyInterviewer('ada'), name: 'Ada' }],
    topics: [{ id: 't1', text: 'Roadmap' }],
  })

  it('maps main’s dotted paths onto form fields and rows', () => {
    expect(fieldForServerError('details.company', values)).toBe('company')
    expect(fieldForServerError('details.interviewers.0.email', values)).toBe(
      'interviewers.ada.email',
    )
    expect(fieldForServerError('details.topics.0', values)).toBe('topics.t1')
    expect(fieldForServerError('details.time.end', values)).toBe('durationMinutes')
    expect(fieldForServerError('details.time.timeZone', values)).toBe('timeZone')
  })

  it('falls back to the whole form when no field is to blame', () => {
    expect(fieldForServerError(undefined, values)).toBe('form')
    expect(fieldForServerError('id', values)).toBe('form')
  })
})

describe('sameValues', () => {
  it('tells an edited form from an untouched one', () => {
    const values = filledForm()
    expect(sameValues(values, { ...values })).toBe(true)
    expect(sameValues(values, { ...values, notes: 'x' })).toBe(false)
  })
})
