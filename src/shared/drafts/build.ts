import { channelFor } from '../cadence/plan'
import type { Interviewer, Stage, Tone } from '../domain/interview'
import type { TemplateOverrides } from '../domain/template-overrides'
import { resolveTemplate } from './overrides'
import type { PlaceholderName, PlaceholderValues } from './placeholders'
import type { DraftTemplate } from './render'
import { renderTemplate } from './render'
import type { DraftChannel, TemplateKey } from '../domain/template-keys'
import { templateKey } from '../domain/template-keys'
import type { DraftCard } from './values'
import { placeholderValues, topicsPhrase } from './values'

/** LinkedIn refuses a connection note longer than this. */
export const LINKEDIN_NOTE_LIMIT = 300

/** One ready-to-send message for one interviewer. */
export interface Draft {
  cardId: string
  interviewerId: string
  interviewerName: string
  stage: Stage
  channel: DraftChannel
  tone: Tone
  key: TemplateKey
  /** True when the person's own template was used. */
  custom: boolean
  /** The email address, phone number or LinkedIn address for the channel; '' when unknown. */
  to: string
  /** Empty for a LinkedIn note or a call script. */
  subject: string
  body: string
  company: string
  position: string
  /** The topics discussed with this interviewer: the personal detail the linter looks for. */
  topics: readonly string[]
  /** Placeholders the template needed but the card (or Settings) had no value for. */
  missing: readonly PlaceholderName[]
  /** Set when the note was shortened to fit its channel: how long it would have been. */
  shortened: { originalLength: number } | null
}

/** The settings a draft reads; a full Settings object fits. */
export interface DraftSettings {
  yourName: string
  signature: string
  /** BCP 47 tag for dates and weekdays; `en-US` by default. */
  locale?: string
  templates?: TemplateOverrides
}

export interface DraftOptions {
  /** The card's tone unless given. */
  tone?: Tone
  /** Per interviewer id: a channel other than their preferred one (say, a LinkedIn note). */
  channels?: Readonly<Record<string, DraftChannel>>
  /**
   * Per interviewer id: what was discussed with that person. The card has one topic list for
   * everybody; an interviewer missing here gets the card's list.
   */
  topics?: Readonly<Record<string, readonly string[]>>
}

function recipient(interviewer: Interviewer, channel: DraftChannel): string {
  if (channel === 'email') return interviewer.email
  if (channel === 'call') return interviewer.phone
  return interviewer.linkedinUrl
}

/** Cuts a value to `max` characters at a word boundary, marking the cut with "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max - 1)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  const space = cut.lastIndexOf(' ')
  if (space >= max / 2) cut = cut.slice(0, space)
  return `${cut.replace(/[\s,;:.–-]+$/, '')}…`
}

// Tried in order until the note fits: long values clipped harder, then optional details left out
// (the least personal first), and only as a last resort the text itself cut.
const CLIP_STEPS = [60, 30] as const
const DROP_ORDER: readonly PlaceholderName[] = [
  'interviewerTitle',
  'decisionDate',
  'signature',
  'yourName',
  'topics',
]

function clipValues(values: PlaceholderValues, max: number): PlaceholderValues {
  return Object.fromEntries(Object.entries(values).map(([name, v]) => [name, clip(v ?? '', max)]))
}

function* shorterValues(brief: PlaceholderValues) {
  yield brief
  for (const max of CLIP_STEPS) yield clipValues(brief, max)
  let fewer = clipValues(brief, CLIP_STEPS.at(-1)!)
  for (const name of DROP_ORDER) {
    fewer = { ...fewer, [name]: '' }
    yield fewer
  }
}

/**
 * Renders the template and makes its body fit `limit`, trying `brief` (one topic instead of two)
 * first. What was missing is judged on the full text.
 */
function renderWithin(
  template: DraftTemplate,
  values: PlaceholderValues,
  brief: PlaceholderValues,
  limit: number,
) {
  const full = renderTemplate(template, values)
  if (full.body.length <= limit) return { rendered: full, shortened: null }
  let body = full.body
  for (const shorter of shorterValues(brief)) {
    body = renderTemplate(template, shorter).body.replace(/…\./g, '…')
    if (body.length <= limit) break
  }
  return {
    rendered: { ...full, body: clip(body, limit) },
    shortened: { originalLength: full.body.length },
  }
}

/**
 * The draft of `stage` for one interviewer, on their preferred channel (email → email, phone →
 * call script, LinkedIn → connection note) unless `options.channels` asks for another. A LinkedIn
 * note is always made to fit its 300 characters; `shortened` says when that took cutting.
 */
export function buildDraft(
  card: DraftCard,
  interviewer: Interviewer,
  settings: DraftSettings,
  stage: Stage,
  now: Date,
  options: DraftOptions = {},
): Draft {
  const channel = options.channels?.[interviewer.id] ?? channelFor(interviewer.preferredChannel)
  const tone = options.tone ?? card.tone
  const key = templateKey(stage, channel, tone)
  const template = resolveTemplate(settings.templates, key)
  const topics = options.topics?.[interviewer.id] ?? card.topics
  const values = placeholderValues({
    card,
    interviewer,
    topics,
    yourName: settings.yourName,
    signature: settings.signature,
    locale: settings.locale ?? '',
    now,
  })
  const brief = { ...values, topics: topicsPhrase(topics.slice(0, 1)) }
  const limit = channel === 'linkedin' ? LINKEDIN_NOTE_LIMIT : Infinity
  const { rendered, shortened } = renderWithin(template, values, brief, limit)
  return {
    cardId: card.id,
    interviewerId: interviewer.id,
    interviewerName: interviewer.name,
    stage,
    channel,
    tone,
    key,
    custom: template.custom,
    to: recipient(interviewer, channel),
    subject: channel === 'email' ? rendered.subject : '',
    body: rendered.body,
    company: card.company,
    position: card.position,
    topics,
    missing: rendered.missing,
    shortened,
  }
}

/** One draft of `stage` per interviewer on the card, in the card's order. */
export function buildDrafts(
  card: DraftCard,
  settings: DraftSettings,
  stage: Stage,
  now: Date,
  options: DraftOptions = {},
): Draft[] {
  return card.interviewers.map((i) => buildDraft(card, i, settings, stage, now, options))
}
