import type { PlaceholderName, PlaceholderValues } from './placeholders'
import { hasValue, isPlaceholderName } from './placeholders'
import type { TemplateNode } from './syntax'
import { parseTemplate } from './syntax'

/** A template as stored: the subject (email only; empty for a LinkedIn note or a call) and body. */
export interface DraftTemplate {
  subject: string
  body: string
}

export interface RenderReport {
  /** Names that are not placeholders at all; `{name}` is left visible in the text. */
  unknown: string[]
  /** Known placeholders without a value outside any section; `{name}` is left visible. */
  unfilled: PlaceholderName[]
  /** Known placeholders the rendered text needed but had no value for (in or outside sections). */
  missing: PlaceholderName[]
}

export interface RenderedTemplate extends RenderReport {
  subject: string
  body: string
}

function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item)
}

function renderNodes(
  nodes: readonly TemplateNode[],
  values: PlaceholderValues,
  report: RenderReport,
): string {
  let text = ''
  for (const node of nodes) {
    if (node.kind === 'text') {
      text += node.text
      continue
    }
    const name = isPlaceholderName(node.name) ? node.name : null
    const present = name !== null && hasValue(values, name)
    if (name === null) addOnce(report.unknown, node.name)
    else if (!present) addOnce(report.missing, name)
    if (node.kind === 'section') {
      if (present !== node.inverted) text += renderNodes(node.children, values, report)
    } else if (present) {
      text += values[name]!.trim()
    } else {
      // Visible on purpose: a gap the person can see and fill beats a sentence that reads wrong.
      if (name !== null) addOnce(report.unfilled, name)
      text += `{${node.name}}`
    }
  }
  return text
}

/** Fills one piece of template text; `report` collects what was unknown or had no value. */
export function renderText(
  source: string,
  values: PlaceholderValues,
  report: RenderReport = { unknown: [], unfilled: [], missing: [] },
): string {
  return renderNodes(parseTemplate(source).nodes, values, report)
}

/** Tidies what left-out sections leave behind: doubled spaces, trailing blanks, extra empty lines. */
export function tidyBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/(\S) {2,}/g, '$1 ').replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export function tidySubject(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Fills a template's subject and body. Unknown placeholders, and known ones without a value outside
 * a section, stay visible as `{name}` and are reported; nothing ever renders as "undefined".
 */
export function renderTemplate(
  template: DraftTemplate,
  values: PlaceholderValues,
): RenderedTemplate {
  const report: RenderReport = { unknown: [], unfilled: [], missing: [] }
  const subject = tidySubject(renderText(template.subject, values, report))
  const body = tidyBody(renderText(template.body, values, report))
  return { subject, body, ...report }
}
