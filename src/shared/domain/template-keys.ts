import type { Stage, Tone } from './interview'
import { STAGES, TONES } from './interview'

// What names a draft: the channel a follow-up goes by, and the stage/channel/tone key of its
// template. Part of the data model (settings store edited templates by key), so it lives here.

/** `email` (subject and body), `linkedin` (a connection note, no subject), `call` (a phone script). */
export const DRAFT_CHANNELS = ['email', 'linkedin', 'call'] as const
export type DraftChannel = (typeof DRAFT_CHANNELS)[number]

export type TemplateKey = `${Stage}/${DraftChannel}/${Tone}`

export function templateKey(stage: Stage, channel: DraftChannel, tone: Tone): TemplateKey {
  return `${stage}/${channel}/${tone}`
}

export const TEMPLATE_KEYS: readonly TemplateKey[] = STAGES.flatMap((stage) =>
  DRAFT_CHANNELS.flatMap((channel) => TONES.map((tone) => templateKey(stage, channel, tone))),
)

export function parseTemplateKey(key: TemplateKey): {
  stage: Stage
  channel: DraftChannel
  tone: Tone
} {
  const [stage, channel, tone] = key.split('/') as [Stage, DraftChannel, Tone]
  return { stage, channel, tone }
}
