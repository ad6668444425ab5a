import { buildDraft, LINKEDIN_NOTE_LIMIT } from './build'
import type { LintRule } from './lint'
import { lintDraft } from './lint'
import { DraftTemplateSchema } from '../domain/template-overrides'
import { isPlaceholderName, placeholderInfo } from './placeholders'
import type { DraftTemplate } from './render'
import { SAMPLE_CARD, SAMPLE_INTERVIEWER, SAMPLE_NOW, SAMPLE_SETTINGS } from './sample'
import { parseTemplate, placeholderUses } from './syntax'
import type { TemplateKey } from '../domain/template-keys'
import { parseTemplateKey } from '../domain/template-keys'

export interface TemplateIssue {
  /** An error makes the template unusable as written; a warning is advice. */
  severity: 'error' | 'warning'
  field: 'subject' | 'body'
  message: string
  /** Offsets into the template text, when the issue has a place. */
  start?: number
  end?: number
}

type Field = TemplateIssue['field']

function syntaxIssues(field: Field, source: string): TemplateIssue[] {
  const { nodes, issues } = parseTemplate(source)
  const found: TemplateIssue[] = issues.map((issue) => ({ field, ...issue }))
  for (const use of placeholderUses(nodes)) {
    const { name, start, end } = use
    if (!isPlaceholderName(name)) {
      found.push({
        severity: 'error',
        field,
        message: `{${name}} is not a placeholder Foothold knows; pick one from the list.`,
        start,
        end,
      })
    } else if (use.kind === 'value' && placeholderInfo(name).optional && !use.guarded.has(name)) {
      found.push({
        severity: 'warning',
        field,
        message: `A card without this detail would show {${name}} as written; wrap the sentence in {?${name}}…{/${name}}.`,
        start,
        end,
      })
    }
  }
  return found
}

// What the linter says about the sample draft that is the template's doing, not the sample card's.
const ADVICE: readonly LintRule[] = [
  'negative-phrase',
  'too-long',
  'shouting',
  'missing-subject',
  'generic-subject',
  'no-personal-detail',
]

function adviceOnSample(key: TemplateKey, template: DraftTemplate): TemplateIssue[] {
  const { stage, channel, tone } = parseTemplateKey(key)
  const draft = buildDraft(
    SAMPLE_CARD,
    SAMPLE_INTERVIEWER,
    { ...SAMPLE_SETTINGS, templates: { [key]: template } },
    stage,
    SAMPLE_NOW,
    { tone, channels: { [SAMPLE_INTERVIEWER.id]: channel } },
  )
  const issues: TemplateIssue[] = lintDraft(draft)
    .filter((f) => f.severity === 'warning' && ADVICE.includes(f.rule))
    .map((f) => ({ severity: 'warning', field: f.range?.field ?? 'body', message: f.message }))
  if (draft.shortened !== null) {
    issues.push({
      severity: 'error',
      field: 'body',
      message: `With typical details this note runs to ${draft.shortened.originalLength} characters, and LinkedIn accepts ${LINKEDIN_NOTE_LIMIT}. Shorten it; otherwise every note is cut to fit.`,
    })
  }
  return issues
}

/**
 * Checks an edited template for the editor: its size, its syntax, placeholders Foothold does not
 * know, optional details used without a section, a subject where the channel has none, and what the
 * linter says about it filled in for a typical card (a LinkedIn note must fit 300 characters).
 */
export function validateTemplate(key: TemplateKey, template: DraftTemplate): TemplateIssue[] {
  const parsed = DraftTemplateSchema.safeParse(template)
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      severity: 'error',
      field: issue.path[0] === 'subject' ? 'subject' : 'body',
      message: issue.message,
    }))
  }
  const { channel } = parseTemplateKey(key)
  const issues = [
    ...syntaxIssues('subject', template.subject),
    ...syntaxIssues('body', template.body),
  ]
  if (channel !== 'email' && template.subject.trim() !== '') {
    issues.push({
      severity: 'error',
      field: 'subject',
      message: 'LinkedIn notes and call scripts have no subject; move that text into the body.',
    })
  }
  return [...issues, ...adviceOnSample(key, template)]
}
