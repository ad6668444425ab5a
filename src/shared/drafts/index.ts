/** The drafts engine: templates, placeholders, rendering, linting, mail links and clipboard text. */

export type { Draft, DraftOptions, DraftSettings } from './build'
export { buildDraft, buildDrafts, LINKEDIN_NOTE_LIMIT } from './build'
export type { ClipboardContent } from './clipboard'
export { draftToClipboard, escapeHtml } from './clipboard'
export type { LintFinding, LintOptions, LintRule, LintSeverity, TextRange } from './lint'
export { LENGTH_BUDGETS, countWords, lintDraft } from './lint'
export type { MailtoInput, MailtoOptions, MailtoReading, MailtoResult } from './mailto'
export { MAILTO_MAX_LENGTH, buildMailtoUrl, mailtoAddressProblem, readMailtoUrl } from './mailto'
export type { ResolvedTemplate } from './overrides'
export { resetTemplate, resolveTemplate } from './overrides'
// The keys and the stored shape of templates belong to the data model; offered here too.
export type { TemplateOverrides } from '../domain/template-overrides'
export {
  DraftTemplateSchema,
  TEMPLATE_LIMITS,
  TemplateKeySchema,
  TemplateOverridesSchema,
} from '../domain/template-overrides'
export type { DraftChannel, TemplateKey } from '../domain/template-keys'
export {
  DRAFT_CHANNELS,
  TEMPLATE_KEYS,
  parseTemplateKey,
  templateKey,
} from '../domain/template-keys'
export type { PlaceholderInfo, PlaceholderName, PlaceholderValues } from './placeholders'
export { PLACEHOLDERS, PLACEHOLDER_NAMES } from './placeholders'
export type { DraftTemplate, RenderedTemplate, RenderReport } from './render'
export { renderTemplate } from './render'
export { SAMPLE_CARD, SAMPLE_INTERVIEWER, SAMPLE_NOW, SAMPLE_SETTINGS } from './sample'
export {
  DEFAULT_TEMPLATES,
  DRAFT_CHANNEL_LABELS,
  DRAFT_STAGE_LABELS,
  defaultTemplate,
} from './templates'
export type { TemplateIssue } from './validate'
export { validateTemplate } from './validate'
export type { DraftCard } from './values'
export { placeholderValues } from './values'
