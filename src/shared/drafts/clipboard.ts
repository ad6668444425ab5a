import type { Draft } from './build'

export interface ClipboardContent {
  /** The body as plain text, with `\n` line breaks. */
  text: string
  /** The same body as an HTML fragment: every character escaped, paragraphs and line breaks kept. */
  html: string
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)
}

/**
 * What "Copy" puts on the clipboard: the draft's body (the subject has its own field in a mail app,
 * and a LinkedIn note or call script has none), as plain text and as HTML for apps that take it.
 */
export function draftToClipboard(draft: Pick<Draft, 'body'>): ClipboardContent {
  const text = draft.body.replace(/\r\n?/g, '\n')
  const html = text
    .trim()
    .split(/\n[ \t]*\n+/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n')
  return { text, html }
}
