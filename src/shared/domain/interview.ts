import { z } from 'zod'
import { LIMITS } from './limits'
import { CalendarDateSchema, InstantSchema, TimeZoneSchema, isValidTimeZone } from './time'
import { englishDate, instantToWallTime } from './zoned-time'

export const STAGES = ['thank-you', 'check-in', 'final', 'closed'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  'thank-you': 'Thank-you',
  'check-in': 'Check-in',
  final: 'Final',
  closed: 'Closed',
}

export const OUTCOMES = ['offer', 'rejected', 'position-filled', 'no-response', 'withdrew'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const OUTCOME_LABELS: Record<Outcome, string> = {
  offer: 'Offer',
  rejected: 'Rejected',
  'position-filled': 'Position filled',
  'no-response': 'No response',
  withdrew: 'Withdrew',
}

/** How long an interview lasts when nobody says: a new card's default, and an import's. */
export const DEFAULT_DURATION_MINUTES = 45

export const FORMATS = ['video', 'phone', 'on-site'] as const
export type InterviewFormat = (typeof FORMATS)[number]
export const FORMAT_LABELS: Record<InterviewFormat, string> = {
  video: 'Video call',
  phone: 'Phone call',
  'on-site': 'On-site',
}

export const TONES = ['formal', 'casual'] as const
export type Tone = (typeof TONES)[number]

/** What of a draft was copied; `mail-app` is the whole message handed over as a mailto: link. */
export const COPY_PARTS = ['all', 'subject', 'body', 'mail-app'] as const
export type CopyPart = (typeof COPY_PARTS)[number]

export const CHANNELS = ['email', 'phone', 'linkedin'] as const
export type Channel = (typeof CHANNELS)[number]
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone call',
  linkedin: 'LinkedIn',
}

/** Ids are short random strings made by the main process; the pattern keeps them inert. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Malformed id')

const trimmed = (max: number) => z.string().trim().max(max, `At most ${max} characters`)
const required = (max: number, what: string) => trimmed(max).min(1, `${what} is required`)

/** Empty, or an http(s) address: anything else (javascript:, file:) must never reach a link. */
export const WebUrlSchema = trimmed(LIMITS.url).refine(
  (value) => value === '' || /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(value),
  { message: 'Enter a web address starting with https://' },
)

export const EmailSchema = trimmed(LIMITS.email).refine(
  (value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  { message: 'Enter an email address like name@company.com' },
)

export const InterviewerSchema = z.strictObject({
  id: IdSchema,
  name: required(LIMITS.shortText, 'Name'),
  title: trimmed(LIMITS.shortText),
  email: EmailSchema,
  phone: trimmed(LIMITS.phone),
  linkedinUrl: WebUrlSchema,
  preferredChannel: z.enum(CHANNELS),
})
export type Interviewer = z.infer<typeof InterviewerSchema>

export const InterviewTimeSchema = z
  .strictObject({
    start: InstantSchema,
    end: InstantSchema,
    timeZone: TimeZoneSchema,
  })
  .refine((t) => Date.parse(t.end) > Date.parse(t.start), {
    message: 'The interview must end after it starts',
    path: ['end'],
  })
  .refine((t) => Date.parse(t.end) - Date.parse(t.start) <= 24 * 3600_000, {
    message: 'An interview cannot last more than a day',
    path: ['end'],
  })
export type InterviewTime = z.infer<typeof InterviewTimeSchema>

export const ActivitySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('created'), at: InstantSchema }),
  z.strictObject({
    kind: z.literal('moved'),
    at: InstantSchema,
    from: z.enum(STAGES),
    to: z.enum(STAGES),
    outcome: z.enum(OUTCOMES).optional(),
  }),
  z.strictObject({
    kind: z.literal('edited'),
    at: InstantSchema,
    fields: z.array(z.string().max(40)).max(30),
  }),
  z.strictObject({ kind: z.literal('restored'), at: InstantSchema }),
  /** A draft left Foothold: copied, or handed to the mail app. */
  z.strictObject({
    kind: z.literal('copied'),
    at: InstantSchema,
    stage: z.enum(STAGES),
    interviewerId: IdSchema,
    channel: z.enum(['email', 'linkedin', 'call']),
    part: z.enum(COPY_PARTS),
  }),
])
export type Activity = z.infer<typeof ActivitySchema>

/** What a person types in: the editable part of a card. */
export const InterviewDetailsSchema = z.strictObject({
  company: required(LIMITS.shortText, 'Company'),
  position: required(LIMITS.shortText, 'Position'),
  jobUrl: WebUrlSchema,
  time: InterviewTimeSchema,
  format: z.enum(FORMATS),
  interviewers: z
    .array(InterviewerSchema)
    .max(LIMITS.interviewers, `At most ${LIMITS.interviewers} interviewers`)
    .refine((list) => new Set(list.map((i) => i.id)).size === list.length, {
      message: 'Duplicate interviewer',
    }),
  topics: z.array(required(LIMITS.topic, 'Topic')).max(LIMITS.topics),
  decisionDate: CalendarDateSchema.nullable(),
  tone: z.enum(TONES),
  notes: trimmed(LIMITS.notes),
})
export type InterviewDetails = z.infer<typeof InterviewDetailsSchema>

/**
 * What is wrong with the decision date given the interview, or null: it cannot come before the
 * day the interview started, on the interview's own calendar (the same day is fine).
 */
export function decisionDateProblem(
  details: Pick<InterviewDetails, 'decisionDate' | 'time'>,
): string | null {
  const { decisionDate, time } = details
  // Other fields may be wrong too (zod still runs this): only a real start in a real zone is read.
  if (decisionDate === null || !Number.isFinite(Date.parse(time.start))) return null
  if (!isValidTimeZone(time.timeZone)) return null
  const day = instantToWallTime(time.start, time.timeZone).date
  // With the year: a mistyped year is the usual cause.
  return decisionDate < day
    ? `The decision date comes before the interview (${englishDate(day, true)})`
    : null
}

/**
 * The details as a person enters or imports them: each field, and the dates taken together.
 * Requests that create or change a card use this; stored cards are read with the fields alone, so
 * a card saved before this check was made still opens (and its form then says what to fix).
 */
export const EnteredDetailsSchema = InterviewDetailsSchema.superRefine((details, ctx) => {
  const problem = decisionDateProblem(details)
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['decisionDate'] })
})
