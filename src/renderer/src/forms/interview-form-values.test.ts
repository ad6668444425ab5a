import { describe, expect, it } from 'vitest'
import { sampleDetails } from '@shared/test-support/sample-details'
import {
  detailsFromValues,
  emptyInterviewer,
  fieldForServerError,
  newInterviewValues,
  lastEndedWholeHour,
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

describe('lastEndedWholeHour', () => {
  it('picks the latest whole hour from which the interview is already over', () => {
    // 12:30 in Berlin, 45 minutes: 12:00 would end at 12:45, so 11:00.
    expect(lastEndedWholeHour(new Date('2026-11-17T11:30:00Z'), 'Europe/Berlin', 45)).toEqual({
      date: '2026-11-17',
      time: '11:00',
    })
    // 12:45 exactly: 12:00 ended just now.
    expect(lastEndedWholeHour(new Date('2026-11-17T11:45:00Z'), 'Europe/Berlin', 45)).toEqual({
      date: '2026-11-17',
      time: '12:00',
    })
  })

  it('goes back to yesterday just after midnight', () => {
    expect(lastEndedWholeHour(new Date('2026-12-31T23:20:00Z'), 'Europe/Berlin', 45)).toEqual({
      date: '2026-12-31',
      time: '23:00',
    })
    expect(lastEndedWholeHour(new Date('2027-01-01T00:10:00Z'), 'UTC', 45)).toEqual({
      date: '2026-12-31',
      time: '23:00',
    })
  })

  it('uses whole hours of half-hour zones, not of UTC', () => {
    // 10:10 in Kolkata.
    expect(lastEndedWholeHour(new Date('2026-03-10T04:40:00Z'), 'Asia/Kolkata', 45)).toEqual({
      date: '2026-03-10',
      time: '09:00',
    })
  })

  it('skips an hour that the clocks jump over', () => {
    // Lord Howe Island jumps from 02:00 to 02:30; at 03:00 (16:00 UTC) 02:00 never happened.
    expect(lastEndedWholeHour(new Date('2026-10-03T16:00:00Z'), 'Australia/Lord_Howe', 15)).toEqual(
      { date: '2026-10-04', time: '01:00' },
    )
  })
})

describe('newInterviewValues', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC']
  const nows = [
    '2026-11-17T11:30:00Z',
    '2026-11-17T11:45:00Z',
    '2026-11-17T12:00:00Z',
    '2026-11-17T23:59:00Z',
    // Just after midnight in Berlin, New York, Kolkata and UTC respectively.
    '2026-11-17T23:05:00Z',
    '2026-11-18T05:10:00Z',
    '2026-11-17T18:40:00Z',
    '2026-11-18T00:01:00Z',
  ]
  // Around the DST changes of 2026 in Berlin and New York.
  const dstNows = [
    '2026-03-29T01:30:00Z',
    '2026-10-25T01:20:00Z',
    '2026-03-08T07:30:00Z',
    '2026-11-01T06:20:00Z',
  ]

  const defaultEnd = (iso: string, zone: string) => {
    const values = newInterviewValues(new Date(iso), zone, counter())
    expect(values.startTime).toMatch(/^\d{2}:00$/)
    const result = detailsFromValues({ ...values, company: 'Contoso', position: 'Designer' })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.details.time.timeZone).toBe(zone)
    return Date.parse(result.details.time.end)
  }

  it.each(zones.flatMap((zone) => nows.map((now) => [zone, now] as const)))(
    'defaults to an interview that has ended by now (%s, %s)',
    (zone, iso) => {
      const end = defaultEnd(iso, zone)
      expect(end).toBeLessThanOrEqual(Date.parse(iso))
      // …and the latest such whole hour: an hour later would not have ended yet.
      expect(end + 60 * 60_000).toBeGreaterThan(Date.parse(iso))
    },
  )

  it.each(zones.flatMap((zone) => dstNows.map((now) => [zone, now] as const)))(
    'defaults to an interview that has ended by now across a DST change (%s, %s)',
    (zone, iso) => {
      // A repeated hour means the one written on the wall clock, its first time round.
      expect(defaultEnd(iso, zone)).toBeLessThanOrEqual(Date.parse(iso))
    },
  )

  it('dates an interview added just after midnight yesterday', () => {
    const values = newInterviewValues(new Date('2026-11-17T23:10:00Z'), 'Europe/Berlin', counter())
    expect(values).toMatchObject({ date: '2026-11-17', startTime: '23:00' })
    const kolkata = newInterviewValues(new Date('2026-11-17T18:40:00Z'), 'Asia/Kolkata', counter())
    expect(kolkata).toMatchObject({ date: '2026-11-17', startTime: '23:00' })
  })

  it('starts with sensible defaults and one blank interviewer', () => {
    const values = newInterviewValues(new Date('2026-11-17T13:20:00Z'), 'Europe/Berlin', counter())
    expect(values).toMatchObject({
      date: '2026-11-17',
      startTime: '13:00',
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
      errors: { durationMinutes: 'The interview must end after it starts: at least 1 minute' },
    })
    expect(detailsFromValues(filledForm({ durationMinutes: '-30' }))).toEqual({
      ok: false,
      errors: { durationMinutes: 'The interview must end after it starts: at least 1 minute' },
    })
    expect(detailsFromValues(filledForm({ durationMinutes: '2000' }))).toEqual({
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

  it('refuses a decision date before the interview, beside the decision date', () => {
    const values = filledForm({ date: '2026-11-17', timeZone: 'Europe/Berlin' })
    expect(detailsFromValues({ ...values, decisionDate: '2026-11-16' })).toEqual({
      ok: false,
      errors: { decisionDate: 'The decision date comes before the interview (Tue 17 Nov 2026)' },
    })
    // The interview's own day: fine, as is any later one.
    expect(detailsFromValues({ ...values, decisionDate: '2026-11-17' }).ok).toBe(true)
    expect(detailsFromValues({ ...values, decisionDate: '2026-11-18' }).ok).toBe(true)
  })

  it('reads the interview day on the interview’s own calendar', () => {
    // 23:30 in Kolkata is still 17 Nov there, though it is 18:00 UTC.
    const late = filledForm({ date: '2026-11-17', startTime: '23:30', timeZone: 'Asia/Kolkata' })
    expect(detailsFromValues({ ...late, decisionDate: '2026-11-17' }).ok).toBe(true)
    // 00:30 on 18 Nov in Tokyo is 17 Nov in UTC: the 17th is before it.
    const early = filledForm({ date: '2026-11-18', startTime: '00:30', timeZone: 'Asia/Tokyo' })
    const result = detailsFromValues({ ...early, decisionDate: '2026-11-17' })
    expect(!result.ok && Object.keys(result.errors)).toEqual(['decisionDate'])
  })

  it('names a decision date problem beside the other problems at once', () => {
    const result = detailsFromValues(filledForm({ company: '', decisionDate: '2020-01-01' }))
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['company', 'decisionDate'])
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
    expect(fieldForServerError('details.decisionDate', values)).toBe('decisionDate')
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
