import { describe, expect, it } from 'vitest'
import { SAMPLE_CARD, SAMPLE_INTERVIEWER } from './sample'
import type { ValueSources } from './values'
import { firstNameOf, placeholderValues, topicPhrase, topicsPhrase, usableLocale } from './values'

function sources(overrides: Partial<ValueSources> = {}): ValueSources {
  return {
    card: SAMPLE_CARD,
    interviewer: SAMPLE_INTERVIEWER,
    topics: SAMPLE_CARD.topics,
    yourName: 'Alex Morgan',
    signature: '',
    locale: 'en-GB',
    now: new Date('2026-11-18T09:00:00Z'),
    ...overrides,
  }
}

describe('placeholderValues', () => {
  it('fills every placeholder for a complete card', () => {
    expect(placeholderValues(sources())).toEqual({
      interviewerFirstName: 'Priya',
      interviewerName: 'Priya Raman',
      interviewerTitle: 'Engineering Manager',
      company: 'Northwind Analytics',
      position: 'Senior Data Engineer',
      interviewDate: '17 November',
      interviewWeekday: 'Tuesday',
      interviewWhen: 'yesterday',
      topics: 'the move from nightly batch jobs to streaming',
      decisionDate: 'Friday 27 November',
      yourName: 'Alex Morgan',
      signature: 'Alex Morgan',
    })
  })

  it('gives an empty string, never undefined, for what a sparse card lacks', () => {
    const values = placeholderValues(
      sources({
        card: { ...SAMPLE_CARD, decisionDate: null, topics: [] },
        interviewer: { ...SAMPLE_INTERVIEWER, title: '' },
        topics: [],
        yourName: '',
      }),
    )
    expect(values).toMatchObject({
      interviewerTitle: '',
      topics: '',
      decisionDate: '',
      yourName: '',
      signature: '',
    })
  })

  it('prefers the signature to the name', () => {
    expect(placeholderValues(sources({ signature: 'Alex\nalex.example' })).signature).toBe(
      'Alex\nalex.example',
    )
  })

  // prettier-ignore
  it.each([
    // [now, interviewWhen]
    ['2026-11-17T18:00:00Z', 'today'],
    ['2026-11-18T09:00:00Z', 'yesterday'],
    ['2026-11-22T09:00:00Z', 'on Tuesday'],
    ['2026-11-24T09:00:00Z', 'on 17 November'],
    ['2027-01-05T09:00:00Z', 'on 17 November 2026'],
    ['2026-11-10T09:00:00Z', 'on 17 November'],
  ])('says when the interview was, written at %s', (now, when) => {
    expect(placeholderValues(sources({ now: new Date(now) })).interviewWhen).toBe(when)
  })

  it('reads the interview day in the interview’s own time zone', () => {
    // 23:30 in London on Tuesday is already Wednesday in Tokyo and in UTC+1.
    const time = {
      start: '2026-11-17T23:30:00Z',
      end: '2026-11-18T00:15:00Z',
      timeZone: 'Asia/Tokyo',
    }
    const values = placeholderValues(
      sources({ card: { ...SAMPLE_CARD, time }, now: new Date('2026-11-18T02:00:00Z') }),
    )
    expect(values).toMatchObject({
      interviewWeekday: 'Wednesday',
      interviewDate: '18 November',
      interviewWhen: 'today',
    })
  })

  // prettier-ignore
  it.each([
    ['en-GB', '17 November', 'Friday 27 November'],
    ['en-US', 'November 17', 'Friday, November 27'],
    ['de-DE', '17. November', 'Freitag, 27. November'],
    ['not a locale!', 'November 17', 'Friday, November 27'],
  ])('formats dates for %s', (locale, date, decision) => {
    const values = placeholderValues(sources({ locale }))
    expect([values.interviewDate, values.decisionDate]).toEqual([date, decision])
  })

  it('adds the year to a decision date in another year', () => {
    const card = { ...SAMPLE_CARD, decisionDate: '2027-01-08' }
    expect(placeholderValues(sources({ card })).decisionDate).toBe('Friday, 8 January 2027')
  })
})

describe('usableLocale', () => {
  it.each([
    [undefined, 'en-US'],
    ['', 'en-US'],
    ['en_GB', 'en-US'],
    ['fr-CA', 'fr-CA'],
  ])('%j → %s', (locale, expected) => {
    expect(usableLocale(locale)).toBe(expected)
  })
})

describe('names and topics', () => {
  it.each([
    ['Priya Raman', 'Priya'],
    ['  Priya   Raman ', 'Priya'],
    ['Dr. Priya Raman', 'Priya'],
    ['Prof Tomás Okafor', 'Tomás'],
    ['Cher', 'Cher'],
    ['Dr', 'Dr'],
  ])('first name of %j is %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first)
  })

  // prettier-ignore
  it.each([
    ['Migrating the nightly jobs.', 'migrating the nightly jobs'],
    ['The move to streaming', 'the move to streaming'],
    ['A new data platform', 'a new data platform'],
    ['Kafka Streams', 'Kafka Streams'],
    ['Kafka migration', 'Kafka migration'],
    ['AWS costs', 'AWS costs'],
    ['  your   roadmap ;', 'your roadmap'],
  ])('%j reads mid-sentence as %j', (topic, phrase) => {
    expect(topicPhrase(topic)).toBe(phrase)
  })

  it('joins at most two topics', () => {
    expect(topicsPhrase([])).toBe('')
    expect(topicsPhrase(['Kafka'])).toBe('Kafka')
    expect(topicsPhrase(['Kafka', 'The roadmap', 'Hiring'])).toBe('Kafka and the roadmap')
    expect(topicsPhrase([' . ', 'Kafka'])).toBe('Kafka')
  })
})
