import { markReplied, sendAndAdvance } from '../cadence/advance'
import { addCalendarDays, isoWeekdayOf, localDateOf, wallClockInstant } from '../cadence/workdays'
import { createCard, moveCard } from '../domain/board'
import type { InterviewDetails, Interviewer, Outcome, Stage } from '../domain/interview'
import type { Card } from '../domain/card'

/**
 * A made-up board that shows each stage of the follow-up, for someone trying Foothold for the first
 * time. Companies, people and addresses are fictional (addresses use the reserved `.example`
 * domain). Every card is marked `sample`, so it raises no reminders and can be removed at once.
 */

interface SampleSpec {
  /** Days before today (in the person's zone) that the interview took place. */
  daysAgo: number
  /** Local wall-clock start and length. */
  at: string
  minutes: number
  details: Omit<InterviewDetails, 'time' | 'decisionDate'> & { decisionInDays: number | null }
  /** Days after the interview that each stage's message went out, in order; the card advances. */
  sentAfterDays: number[]
  /** Closed with this outcome, this many days after the interview. */
  closed?: { outcome: Outcome; afterDays: number; replied: boolean }
}

const person = (
  id: string,
  name: string,
  title: string,
  domain: string,
  preferredChannel: Interviewer['preferredChannel'] = 'email',
): Interviewer => ({
  id,
  name,
  title,
  email: `${name.split(' ')[0]!.toLowerCase()}@${domain}`,
  phone: preferredChannel === 'phone' ? '+1 555 0142' : '',
  linkedinUrl: '',
  preferredChannel,
})

const SPECS: readonly SampleSpec[] = [
  {
    daysAgo: 1,
    at: '14:00',
    minutes: 45,
    details: {
      company: 'Harbor & Pine Studio',
      position: 'Product Designer',
      jobUrl: 'https://jobs.harborpine.example/product-designer',
      format: 'video',
      interviewers: [
        person('iv-1', 'Mara Okafor', 'Head of Design', 'harborpine.example'),
        person('iv-2', 'Jonas Feld', 'Senior Product Manager', 'harborpine.example'),
      ],
      topics: ['Redesigning the booking flow for first-time guests', 'How design critiques run'],
      decisionInDays: 10,
      tone: 'casual',
      notes: 'Sample: a thank-you to each interviewer is due today.',
    },
    sentAfterDays: [],
  },
  {
    daysAgo: 6,
    at: '10:30',
    minutes: 60,
    details: {
      company: 'Lumen Freight',
      position: 'Operations Analyst',
      jobUrl: '',
      format: 'on-site',
      interviewers: [person('iv-1', 'Dev Anand', 'Operations Lead', 'lumenfreight.example')],
      topics: ['Cutting late deliveries on the northern routes'],
      decisionInDays: 9,
      tone: 'formal',
      notes: 'Sample: the thank-you went out; next is a check-in after their decision date.',
    },
    sentAfterDays: [0],
  },
  {
    daysAgo: 16,
    at: '09:00',
    minutes: 30,
    details: {
      company: 'Copperleaf Health',
      position: 'Backend Engineer',
      jobUrl: 'https://copperleaf.example/careers/backend',
      format: 'phone',
      interviewers: [
        person('iv-1', 'Ruth Calder', 'Engineering Manager', 'copperleaf.example', 'phone'),
      ],
      topics: ['Moving appointment reminders to a queue'],
      decisionInDays: null,
      tone: 'formal',
      notes: 'Sample: thank-you and check-in sent; one last follow-up, then let it go.',
    },
    sentAfterDays: [0, 8],
  },
  {
    daysAgo: 24,
    at: '15:00',
    minutes: 45,
    details: {
      company: 'Bramblewood Books',
      position: 'Marketing Coordinator',
      jobUrl: '',
      format: 'video',
      interviewers: [person('iv-1', 'Ines Moreau', 'Marketing Director', 'bramblewood.example')],
      topics: ['A reading-club newsletter for local shops'],
      decisionInDays: 7,
      tone: 'casual',
      notes: 'Sample: they replied with an offer, so the card is closed.',
    },
    sentAfterDays: [0],
    closed: { outcome: 'offer', afterDays: 9, replied: true },
  },
]

/** The sample interviews, as of `now` in `timeZone`, with ids from `newId`. */
export function sampleBoard(now: Date, timeZone: string, newId: () => string): Card[] {
  const today = localDateOf(now, timeZone)
  return SPECS.map((spec) => {
    const day = weekdayOnOrBefore(addCalendarDays(today, -spec.daysAgo))
    const start = wallClockInstant(day, spec.at, timeZone)
    const end = new Date(start.getTime() + spec.minutes * 60_000)
    const { decisionInDays, ...rest } = spec.details
    const details: InterviewDetails = {
      ...rest,
      time: { start: start.toISOString(), end: end.toISOString(), timeZone },
      decisionDate: decisionInDays === null ? null : addCalendarDays(day, decisionInDays),
    }
    const afterDays = (days: number) => new Date(end.getTime() + days * 86_400_000 + 3_600_000)
    let card = createCard(details, newId(), afterDays(0))
    const stages: Stage[] = ['thank-you', 'check-in', 'final']
    spec.sentAfterDays.forEach((days, i) => {
      const next = sendAndAdvance(card, card.followUps, stages[i]!, 'all', afterDays(days))
      card = { ...next.card, followUps: next.followUps }
    })
    if (spec.closed) {
      const at = afterDays(spec.closed.afterDays)
      const followUps = spec.closed.replied
        ? markReplied(card.followUps, card.stage, at)
        : card.followUps
      card = { ...moveCard(card, 'closed', spec.closed.outcome, at), followUps }
    }
    return { ...card, sample: true as const }
  })
}

/** Interviews happen on weekdays: a Saturday or Sunday becomes the Friday before. */
function weekdayOnOrBefore(date: string): string {
  const weekday = isoWeekdayOf(date)
  return weekday > 5 ? addCalendarDays(date, 5 - weekday) : date
}
