import { sendAndAdvance, markReplied } from '@shared/cadence/advance'
import { recordShown, snooze } from '@shared/cadence/reminders'
import { planCard } from '@shared/cadence/plan'
import { createCard, moveCard, updateCard } from '@shared/domain/board'
import type {
  Channel,
  InterviewDetails,
  InterviewFormat,
  Interviewer,
  Outcome,
  Stage,
} from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { defaultSettings, type Settings } from '@shared/domain/settings'
import { STORE_SCHEMA_VERSION, type StoreData } from '@shared/store/store-format'

/**
 * Realistic boards for the benchmark and its tests, the same every time for the same seed: a few
 * months of interviews across every stage, with interviewers and their channels, topics, decision
 * dates, follow-ups sent, replies, shown reminders, snoozes and activity logs, all made with the
 * app's own board and cadence operations so they are exactly what Foothold itself would write.
 */

export const BOARD_SIZES = { small: 200, medium: 2_000, large: 5_000 } as const

/** The instant the generated boards are "as of": every interview before it has its history. */
export const BOARD_NOW = new Date('2026-11-23T10:00:00.000Z')

export interface BoardOptions {
  cards: number
  seed?: number
  now?: Date
  timeZone?: string
}

/** mulberry32: small, fast and good enough to pick names. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const COMPANY_PARTS = [
  ['Northwind', 'Contoso', 'Fabrikam', 'Litware', 'Tailspin', 'Wingtip', 'Adatum', 'Proseware'],
  ['Coho', 'Lucerne', 'Margie', 'Trey', 'Alpine', 'Blue Yonder', 'Humongous', 'Woodgrove'],
  ['Analytics', 'Robotics', 'Health', 'Labs', 'Systems', 'Travel', 'Insurance', 'Bank', 'Games'],
]
const POSITIONS = [
  'Senior Data Engineer',
  'Product Designer',
  'Frontend Engineer',
  'Engineering Manager',
  'Site Reliability Engineer',
  'UX Researcher',
  'Product Manager',
  'Firmware Engineer',
  'Technical Writer',
  'Machine Learning Engineer',
  'Customer Success Lead',
  'Solutions Architect',
]
const FIRST = ['Priya', 'Jonas', 'Amara', 'Wei', 'Sofía', 'Liam', 'Noor', 'Kenji', 'Émile', 'Ada']
const LAST = ['Raman', 'Weber', 'Okafor', 'Zhang', 'García', 'Murphy', 'Haddad', 'Sato', 'Zola']
const TITLES = ['Engineering Manager', 'Recruiter', 'Staff Engineer', 'Head of Design', 'CTO', '']
const TOPICS = [
  'Migrating the nightly batch jobs to streaming',
  'How the team runs design critiques',
  'On-call rota and incident reviews',
  'Their move to a monorepo',
  'Accessibility audits before each release',
  'Hiring plans for next year',
  'The pairing exercise on rate limiting',
  'Remote-first rituals and offsites',
]
const NOTES = [
  '',
  '',
  'Salary range discussed; they will send the written offer details by email.',
  'Ask about the on-call rota.\nSecond round would be on-site in the Berlin office.',
  'Great rapport with the hiring manager. Follow up about the portfolio review.',
]
const ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC']
const FORMATS: InterviewFormat[] = ['video', 'phone', 'on-site']
const CHANNELS: Channel[] = ['email', 'email', 'email', 'phone', 'linkedin']
const OUTCOMES: Outcome[] = ['offer', 'rejected', 'position-filled', 'no-response', 'withdrew']

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** A whole board as the store file holds it. */
export function generateBoard({
  cards: count,
  seed = 1,
  now = BOARD_NOW,
  timeZone = 'Europe/Berlin',
}: BoardOptions): StoreData {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const chance = (p: number) => random() < p
  const settings: Settings = {
    ...defaultSettings(timeZone),
    yourName: 'Sam Rivera',
    signature: 'Sam Rivera\n+49 30 1234567',
  }
  const cards: Card[] = []
  for (let n = 0; n < count; n++) {
    cards.push(generateCard(n, { random, pick, chance, now, settings }))
  }
  return { schemaVersion: STORE_SCHEMA_VERSION, onboarded: true, settings, cards }
}

interface Draw {
  random: () => number
  pick: <T>(list: readonly T[]) => T
  chance: (p: number) => boolean
  now: Date
  settings: Settings
}

function generateCard(n: number, draw: Draw): Card {
  const { random, pick, chance, now, settings } = draw
  // Most interviews lie in the last four months; a few are still to come.
  const start = new Date(
    Math.floor((now.getTime() - random() * 120 * DAY + 2 * DAY) / (15 * 60_000)) * 15 * 60_000,
  )
  const end = new Date(start.getTime() + pick([30, 45, 60, 90]) * 60_000)
  const people = 1 + Math.floor(random() * random() * 4)
  const interviewers: Interviewer[] = Array.from({ length: people }, (_, i) => {
    const first = pick(FIRST)
    const last = pick(LAST)
    const channel = pick(CHANNELS)
    return {
      id: `iv-${n}-${i}`,
      name: `${first} ${last}`,
      title: pick(TITLES),
      email: channel === 'phone' && chance(0.3) ? '' : `${first}.${last}@example.com`.toLowerCase(),
      phone: channel === 'phone' ? `+1 555 01${String(n % 100).padStart(2, '0')}` : '',
      linkedinUrl: channel === 'linkedin' ? `https://www.linkedin.com/in/${first}-${n}` : '',
      preferredChannel: channel,
    }
  })
  const company = `${pick(COMPANY_PARTS[0]!)} ${pick(COMPANY_PARTS[1]!)} ${pick(COMPANY_PARTS[2]!)}`
  const details: InterviewDetails = {
    company,
    position: pick(POSITIONS),
    jobUrl: chance(0.7) ? `https://careers.example.com/jobs/${1000 + n}` : '',
    time: { start: start.toISOString(), end: end.toISOString(), timeZone: pick(ZONES) },
    format: pick(FORMATS),
    interviewers,
    topics: Array.from({ length: Math.floor(random() * 4) }, () => pick(TOPICS)),
    decisionDate: chance(0.35)
      ? new Date(end.getTime() + (5 + Math.floor(random() * 20)) * DAY).toISOString().slice(0, 10)
      : null,
    tone: chance(0.7) ? 'formal' : 'casual',
    notes: pick(NOTES),
  }
  const at = (offset: number) => new Date(Math.min(end.getTime() + offset, now.getTime()))
  let card = createCard(details, `card-${n}`, at(30 * 60_000))
  let followUps = card.followUps
  // An edit or two, as people fill cards in after the interview.
  if (chance(0.4)) {
    const notes = [details.notes, 'Sent the take-home.'].filter(Boolean).join('\n')
    card = updateCard(card, { ...details, notes }, at(HOUR))
  }
  if (end < now) {
    // Walk the card through the cadence as a person would: send, sometimes late, sometimes reply.
    const steps: Stage[] = ['thank-you', 'check-in', 'final']
    let elapsed = 2 * HOUR + random() * 20 * HOUR
    for (const stage of steps) {
      const sentAt = at(elapsed)
      if (sentAt >= now || chance(0.25)) break
      const moved = sendAndAdvance(card, followUps, stage, 'all', sentAt)
      card = moved.card
      followUps = moved.followUps
      if (chance(0.15)) {
        followUps = markReplied(followUps, card.stage, at(elapsed + DAY))
        break
      }
      elapsed += (6 + random() * 4) * DAY
    }
    // Reminders already shown, as the scheduler records them, and the odd snooze.
    const plan = planCard(card, followUps, settings, settings.cadence)
    const shown = plan.filter((item) => item.remindAt < now.toISOString()).map((item) => item.key)
    if (shown.length > 0) followUps = recordShown(followUps, shown, now)
    const open = plan.find((item) => item.sentAt === null)
    if (open && chance(0.1)) followUps = snooze(followUps, open.key, new Date(now.getTime() + DAY))
    card = { ...card, followUps }
    // Some end: an offer, a rejection, or letting go after the final.
    if (chance(card.stage === 'final' ? 0.5 : 0.12)) {
      card = moveCard(card, 'closed', pick(OUTCOMES), at(elapsed + 2 * DAY))
    } else if (chance(0.05)) {
      // Dragged back by hand now and then.
      card = moveCard(card, 'thank-you', null, at(elapsed + DAY))
    }
  }
  return card
}

/** The text Foothold writes for a board, as the store does (see store-adapter.ts). */
export function boardText(data: StoreData): string {
  return JSON.stringify(data, null, 1)
}
