import { channelFor, type FollowUpItem } from '@shared/cadence/plan'
import { findDraftEdit, type DraftEdit } from '@shared/domain/draft-edits'
import type { Interviewer, Stage, Tone } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import {
  buildDraft,
  LINKEDIN_NOTE_LIMIT,
  mailtoAddressProblem,
  type Draft,
  type DraftChannel,
  type DraftSettings,
  type LintFinding,
} from '@shared/drafts'

/** What the person sees and edits of one draft. */
export interface DraftText {
  subject: string
  body: string
}

/** A follow-up still to send, and the person it goes to. */
export interface DueDraft {
  item: FollowUpItem
  interviewer: Interviewer
}

/**
 * The follow-ups that want a message: the current stage's ones not sent yet (or, on a closed card,
 * the stay-in-touch notes), one per interviewer still on the card, in the card's order.
 */
export function dueDrafts(plan: readonly FollowUpItem[], card: Pick<Card, 'interviewers'>) {
  return plan.flatMap((item): DueDraft[] => {
    if (item.kind === 'close-suggestion' || item.sentAt !== null) return []
    const interviewer = card.interviewers.find((i) => i.id === item.interviewerId)
    return interviewer ? [{ item, interviewer }] : []
  })
}

/** The draft a reminder points at (by its key), if it is one of those still to send. */
export function dueForKey(due: readonly DueDraft[], key: string | null): DueDraft | undefined {
  return key === null ? undefined : due.find((d) => d.item.key === key)
}

/** The draft to show: the one picked while it is still due, else the first. */
export function pickDue(due: readonly DueDraft[], interviewerId: string | null) {
  return due.find((d) => d.interviewer.id === interviewerId) ?? due[0] ?? null
}

/**
 * The channel a draft opens on: the one picked in the panel; else the one the person last edited
 * for this follow-up (so their LinkedIn note is still there after a restart); else how the
 * interviewer prefers to be reached (a phone preference means a call script).
 */
export function draftChannel(
  card: Pick<Card, 'drafts'>,
  stage: Stage,
  interviewer: Interviewer,
  picked?: DraftChannel,
): DraftChannel {
  if (picked) return picked
  let latest: DraftEdit | null = null
  for (const edit of card.drafts) {
    if (edit.stage !== stage || edit.interviewerId !== interviewer.id) continue
    if (latest === null || edit.editedAt >= latest.editedAt) latest = edit
  }
  return latest?.channel ?? channelFor(interviewer.preferredChannel)
}

export interface DraftSource {
  card: Card
  interviewer: Interviewer
  settings: DraftSettings
  stage: Stage
  now: Date
  channel: DraftChannel
  tone: Tone
}

/** The draft as the template writes it, with the channel and tone chosen for it. */
export function templateDraft(source: DraftSource): Draft {
  const { card, interviewer, settings, stage, now, channel, tone } = source
  return buildDraft(card, interviewer, settings, stage, now, {
    tone,
    channels: { [interviewer.id]: channel },
  })
}

/** The edit kept with the card for this draft, if any. */
export function savedEdit(card: Pick<Card, 'id' | 'drafts'>, draft: Draft): DraftEdit | null {
  const { stage, interviewerId, channel } = draft
  return findDraftEdit(card, { stage, interviewerId, channel })
}

export function sameText(a: DraftText, b: DraftText): boolean {
  return a.subject === b.subject && a.body === b.body
}

export interface ShownDraft {
  /** The draft with the text on screen: what is linted, copied and mailed. */
  draft: Draft
  /** True when the text is the person's own, not the template's. */
  edited: boolean
}

/**
 * What the editor shows: text typed but not yet saved, else the saved edit, else the template.
 * Once the person has rewritten it, the template's notes about the text (what it left out, that
 * it was shortened) no longer describe it, so they are dropped.
 */
export function shownDraft(
  template: Draft,
  saved: DraftText | null,
  typed: DraftText | null,
): ShownDraft {
  const text = typed ?? saved
  if (text === null || (saved === null && sameText(text, template))) {
    return { draft: template, edited: false }
  }
  const subject = template.channel === 'email' ? text.subject : ''
  return {
    draft: { ...template, subject, body: text.body, missing: [], shortened: null },
    edited: true,
  }
}

export type SaveIntent = 'save' | 'reset' | 'none'

/**
 * What typing should lead to: keep the new text; drop the saved edit because the text is the
 * template's again; or nothing, because what is saved already says it.
 */
export function saveIntent(
  text: DraftText,
  template: DraftText,
  saved: DraftText | null,
): SaveIntent {
  if (saved !== null && sameText(text, saved)) return 'none'
  if (sameText(text, template)) return saved === null ? 'none' : 'reset'
  return 'save'
}

export type SaveStatus =
  | { kind: 'idle' }
  /** Typed, or on its way to main. */
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string }

/** The quiet line beside the editor. */
export function saveStatusText(status: SaveStatus, edited: boolean): string {
  switch (status.kind) {
    case 'saving':
      return 'Saving…'
    case 'saved':
      return 'Saved'
    case 'failed':
      return `Not saved: ${status.message}`
    case 'idle':
      return edited ? 'Your wording, kept with the card' : 'Written from the card'
  }
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The line over the advice: how much there is, warnings first. */
export function findingsSummary(findings: readonly Pick<LintFinding, 'severity'>[]): string {
  if (findings.length === 0) return 'Reads well: nothing to point out'
  const warnings = findings.filter((f) => f.severity === 'warning').length
  const tips = findings.length - warnings
  return [
    ...(warnings > 0 ? [counted(warnings, 'thing to look at', 'things to look at')] : []),
    ...(tips > 0 ? [counted(tips, 'tip', 'tips')] : []),
  ].join(', ')
}

/** A LinkedIn note's length against the limit LinkedIn enforces. */
export function noteCounter(body: string): { text: string; over: boolean; description: string } {
  const length = body.length
  const over = length > LINKEDIN_NOTE_LIMIT
  return {
    text: `${length} / ${LINKEDIN_NOTE_LIMIT}`,
    over,
    description: over
      ? `${length} of ${LINKEDIN_NOTE_LIMIT} characters: ${length - LINKEDIN_NOTE_LIMIT} over LinkedIn’s limit`
      : `${length} of ${LINKEDIN_NOTE_LIMIT} characters`,
  }
}

/** Why "Open in mail app" cannot be used for this draft, or null when it can. */
export function mailAppBlocker(channel: DraftChannel, interviewer: Interviewer): string | null {
  if (channel === 'linkedin') {
    return 'LinkedIn notes are sent on LinkedIn: copy this one into your connection request.'
  }
  if (channel === 'call')
    return 'A call script is read out, not mailed: copy it, or keep it open as you call.'
  if (interviewer.email.trim() === '') {
    return `Add ${interviewer.name}’s email address to the card to open this in your mail app.`
  }
  return mailtoAddressProblem(interviewer.email)
}

/** Where the draft goes, as a short line: an address, a number or a profile. */
export function recipientLine(draft: Pick<Draft, 'channel' | 'to'>): string | null {
  const to = draft.to.trim()
  if (to === '') return null
  if (draft.channel === 'email') return `To ${to}`
  if (draft.channel === 'call') return `Call ${to}`
  return to.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '')
}

export const BODY_LABELS: Record<DraftChannel, string> = {
  email: 'Message',
  linkedin: 'Note',
  call: 'Script',
}

/** The main copy button: the whole email, or the note or script. */
export const COPY_LABELS: Record<DraftChannel, string> = {
  email: 'Copy',
  linkedin: 'Copy note',
  call: 'Copy script',
}

/** Asked once a draft has left Foothold. */
export const SENT_QUESTIONS: Record<DraftChannel, string> = {
  email: 'Did you send it?',
  linkedin: 'Did you send it?',
  call: 'Did you make the call?',
}
