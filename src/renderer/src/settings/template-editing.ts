import type { Tone } from '@shared/domain/interview'
import {
  DRAFT_CHANNEL_LABELS,
  DRAFT_STAGE_LABELS,
  LINKEDIN_NOTE_LIMIT,
  SAMPLE_CARD,
  SAMPLE_INTERVIEWER,
  SAMPLE_NOW,
  TEMPLATE_KEYS,
  defaultTemplate,
  parseTemplateKey,
  placeholderValues,
  renderTemplate,
  resetTemplate,
  resolveTemplate,
  validateTemplate,
  type DraftTemplate,
  type PlaceholderName,
  type TemplateIssue,
  type TemplateKey,
  type TemplateOverrides,
} from '@shared/drafts'

/**
 * The Templates section's arithmetic, free of React: which templates are the person's own, an edit
 * kept (or dropped when it is the default again), a placeholder typed in at the cursor, the preview
 * with the sample interview, and what stands in the way of saving.
 */

export const TONE_LABELS: Record<Tone, string> = { formal: 'Formal', casual: 'Casual' }

/** "Check-in · Email · Formal". */
export function templateName(key: TemplateKey): string {
  const { stage, channel, tone } = parseTemplateKey(key)
  return `${DRAFT_STAGE_LABELS[stage]} · ${DRAFT_CHANNEL_LABELS[channel]} · ${TONE_LABELS[tone]}`
}

/** The templates the person has rewritten, in the order Settings lists them. */
export function customisedKeys(overrides: TemplateOverrides): TemplateKey[] {
  return TEMPLATE_KEYS.filter((key) => overrides[key] !== undefined)
}

/** What the editor shows for `key`: the person's version, or the default. */
export function editedTemplate(overrides: TemplateOverrides, key: TemplateKey): DraftTemplate {
  const { subject, body } = resolveTemplate(overrides, key)
  return { subject, body }
}

const sameTemplate = (a: DraftTemplate | undefined, b: DraftTemplate | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.subject === b.subject && a.body === b.body)

/**
 * The overrides with `template` as the person's version of `key`. Text that is the default again is
 * no edit at all: the override goes, so nothing shows as customised (or unsaved) for it.
 */
export function withTemplate(
  overrides: TemplateOverrides,
  key: TemplateKey,
  template: DraftTemplate,
): TemplateOverrides {
  if (sameTemplate(template, defaultTemplate(key))) return resetTemplate(overrides, key)
  return { ...overrides, [key]: { subject: template.subject, body: template.body } }
}

export function sameOverrides(a: TemplateOverrides, b: TemplateOverrides): boolean {
  return TEMPLATE_KEYS.every((key) => sameTemplate(a[key], b[key]))
}

export interface Insertion {
  text: string
  /** Where the cursor goes: right after what was inserted. */
  cursor: number
}

/** `insert` typed over the selection `start`…`end` of `text` (a caret when they are equal). */
export function insertAtCursor(
  text: string,
  start: number | null,
  end: number | null,
  insert: string,
): Insertion {
  const from = clamp(start ?? text.length, text.length)
  const to = Math.max(from, clamp(end ?? from, text.length))
  return { text: text.slice(0, from) + insert + text.slice(to), cursor: from + insert.length }
}

const clamp = (at: number, length: number) => Math.min(Math.max(0, at), length)

export const placeholderToken = (name: PlaceholderName) => `{${name}}`

/** Who the preview is signed by: the name and signature as they stand in the form. */
export interface PreviewAuthor {
  yourName: string
  signature: string
}

export interface TemplatePreview {
  subject: string
  body: string
  /** Only a LinkedIn note has one: how long it may be. */
  limit: number | null
  /** Placeholders the sample needed but had no value for (the person's name, when it is blank). */
  missing: readonly PlaceholderName[]
}

/**
 * The template filled in for the sample interview, signed with the person's own name, exactly as
 * written: a note too long for LinkedIn is shown whole, so its length can be seen and fixed.
 */
export function templatePreview(
  key: TemplateKey,
  template: DraftTemplate,
  author: PreviewAuthor,
): TemplatePreview {
  const values = placeholderValues({
    card: SAMPLE_CARD,
    interviewer: SAMPLE_INTERVIEWER,
    topics: SAMPLE_CARD.topics,
    yourName: author.yourName,
    signature: author.signature,
    locale: '',
    now: SAMPLE_NOW,
  })
  const rendered = renderTemplate(template, values)
  const { channel } = parseTemplateKey(key)
  return {
    subject: channel === 'email' ? rendered.subject : '',
    body: rendered.body,
    limit: channel === 'linkedin' ? LINKEDIN_NOTE_LIMIT : null,
    missing: rendered.missing,
  }
}

/**
 * What the editor says about a template: the engine's checks, and a LinkedIn note the preview
 * (signed with the person's own name) shows over the limit, unless a problem with the whole text
 * has been named already.
 */
export function templateIssues(
  key: TemplateKey,
  template: DraftTemplate,
  author: PreviewAuthor,
  preview: TemplatePreview = templatePreview(key, template, author),
): TemplateIssue[] {
  const issues = validateTemplate(key, template)
  const wholeText = issues.some(
    (issue) => issue.severity === 'error' && issue.field === 'body' && issue.start === undefined,
  )
  if (!wholeText && preview.limit !== null && preview.body.length > preview.limit) {
    issues.push({
      severity: 'error',
      field: 'body',
      message: `The preview runs to ${preview.body.length} characters, and LinkedIn accepts ${preview.limit}. Shorten it; otherwise every note is cut to fit.`,
    })
  }
  return issues
}

export const isError = (issue: TemplateIssue) => issue.severity === 'error'

/** The templates that cannot be saved as they are, each with its first problem. */
export function templateErrors(
  overrides: TemplateOverrides,
  author: PreviewAuthor,
): Partial<Record<TemplateKey, string>> {
  const errors: Partial<Record<TemplateKey, string>> = {}
  for (const key of customisedKeys(overrides)) {
    const problem = templateIssues(key, overrides[key]!, author).find(isError)
    if (problem) errors[key] = problem.message
  }
  return errors
}

/** One sentence for the form: the first template in the way of saving, or undefined. */
export function firstTemplateError(
  overrides: TemplateOverrides,
  author: PreviewAuthor,
): string | undefined {
  const [entry] = Object.entries(templateErrors(overrides, author)) as [TemplateKey, string][]
  return entry && `${templateName(entry[0])}: ${entry[1]}`
}
