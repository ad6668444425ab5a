/**
 * `mailto:` links (RFC 6068) that open the person's mail app on a draft.
 *
 * - One recipient at most, checked strictly: no second address, no line break, no `?`, `&`, `#` or
 *   `%` that could smuggle in headers. An empty `to` is allowed (the person picks the recipient).
 * - Subject and body are percent-encoded as UTF-8 with encodeURIComponent, so `&`, `?`, `#`, `=`
 *   and `+` (which some clients read as a space) can never split or end a field. Line breaks in the
 *   body become CRLF (`%0D%0A`); the subject is one line.
 * - Length: past about 2,000 characters some mail apps, and the OS hand-off, cut or refuse a link.
 *   A longer body is cut at a word boundary and ends with a note saying so, and the result says
 *   `truncated: true` (the UI should copy the full text to the clipboard). When even the subject
 *   alone is too long, no link is made and the result says why.
 */

export const MAILTO_MAX_LENGTH = 2_000

export const DEFAULT_TRUNCATION_NOTE =
  '[This draft was too long for a mail link. Paste the full text from Foothold.]'

export interface MailtoInput {
  to: string
  subject: string
  body: string
}

export interface MailtoOptions {
  /** The longest link to make, in characters; 2,000 by default. */
  maxLength?: number
  /** Ends a shortened body, after a blank line. */
  truncationNote?: string
}

export type MailtoResult =
  { ok: true; url: string; truncated: boolean } | { ok: false; reason: string }

const ATOM = `[\\p{L}\\p{N}!$'*+=^_~-]+`
const LABEL = `[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?`
const ADDRESS = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+\\p{L}{2,63}$`, 'u')
const MAX_ADDRESS = 254

/** Why `to` cannot go into a mailto link, or null when it can. */
export function mailtoAddressProblem(to: string): string | null {
  if (/[\r\n]/.test(to)) return 'The email address contains a line break.'
  const address = to.trim()
  if (address === '') return null
  const unsafe = /[?#%&]/.exec(address)?.[0]
  if (unsafe !== undefined) {
    return `The email address contains “${unsafe}”, which a mail link cannot carry safely.`
  }
  if (/[,;]/.test(address) || /\s/.test(address) || address.split('@').length > 2) {
    return 'Enter one email address only.'
  }
  if (address.length > MAX_ADDRESS) return 'The email address is too long.'
  if (!ADDRESS.test(address)) return `“${address}” is not an email address a mail link can carry.`
  return null
}

/** encodeURIComponent throws on a lone surrogate; replace it as TextEncoder would. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  )
}

function encodeAddress(address: string): string {
  // `@` and `+` are fine as they are (RFC 6068 some-delims), and mail apps expect them so.
  return encodeURIComponent(address).replace(/%40/g, '@').replace(/%2B/g, '+')
}

function compose(to: string, subject: string, body: string): string {
  const fields = [
    ...(subject === '' ? [] : [`subject=${encodeURIComponent(subject)}`]),
    ...(body === '' ? [] : [`body=${encodeURIComponent(body)}`]),
  ]
  return `mailto:${encodeAddress(to)}${fields.length > 0 ? `?${fields.join('&')}` : ''}`
}

/** The longest start of `body` whose encoding fits in `room` characters, ending at a word break. */
function prefixWithin(body: string, room: number): string {
  let used = 0
  let end = 0
  for (const char of body) {
    used += encodeURIComponent(char).length
    if (used > room) break
    end += char.length
  }
  const prefix = body.slice(0, end)
  const space = prefix.search(/\s\S*$/)
  return (space >= end / 2 ? prefix.slice(0, space) : prefix).trimEnd()
}

export function buildMailtoUrl(input: MailtoInput, options: MailtoOptions = {}): MailtoResult {
  const problem = mailtoAddressProblem(input.to)
  if (problem !== null) return { ok: false, reason: problem }
  const max = options.maxLength ?? MAILTO_MAX_LENGTH
  const to = input.to.trim()
  const subject = wellFormed(input.subject).replace(/\s+/g, ' ').trim()
  const body = wellFormed(input.body).replace(/\r\n?|\n/g, '\r\n')

  const url = compose(to, subject, body)
  if (url.length <= max) return { ok: true, url, truncated: false }

  const note = `\r\n\r\n${wellFormed(options.truncationNote ?? DEFAULT_TRUNCATION_NOTE)}`
  const bare = compose(to, subject, note)
  if (bare.length > max) {
    return {
      ok: false,
      reason: 'Even without its text this draft is too long for a mail link; copy it instead.',
    }
  }
  const room = max - bare.length
  const shortened = `${prefixWithin(body, room)}${note}`
  return { ok: true, url: compose(to, subject, shortened), truncated: true }
}
