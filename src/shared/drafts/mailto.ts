/**
 * `mailto:` links (RFC 6068) that open the person's mail app on a draft. This file is the one rule
 * for them: `buildMailtoUrl` makes them, and `readMailtoUrl` (which the external-link policy in
 * main applies before anything reaches the OS) accepts exactly what the builder could have made.
 *
 * - One recipient at most, checked strictly: no second address, no line break, no `?`, `&`, `#` or
 *   `%` that could smuggle in headers. An empty `to` is allowed (the person picks the recipient).
 * - Only two fields, `subject` then `body`, each at most once: never `to=`, `cc=`, `bcc=`, and never
 *   `attach=`, which some mail clients honour by quietly attaching a local file.
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

/** The fields as a link carries them: one line of subject, CRLF line breaks in the body. */
function normalized({ to, subject, body }: MailtoInput): MailtoInput {
  return {
    to: to.trim(),
    subject: wellFormed(subject).replace(/\s+/g, ' ').trim(),
    body: wellFormed(body).replace(/\r\n?|\n/g, '\r\n'),
  }
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
  const { to, subject, body } = normalized(input)

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

export type MailtoReading = { ok: true; fields: MailtoInput } | { ok: false; reason: string }

const FIELD_ORDER = ['subject', 'body'] as const

/**
 * What a mail link carries, when it is exactly a link `buildMailtoUrl` could have made (at most
 * `maxLength` long); otherwise why not. Anything else is refused rather than read generously:
 * a second recipient, any field but subject and body, a field twice, a line break in the subject,
 * an escape written another way (`%0a` for `%0A`, a raw `'` the builder would not leave) — mail
 * clients disagree on such links, so none of them reaches one.
 */
export function readMailtoUrl(link: string, maxLength = MAILTO_MAX_LENGTH): MailtoReading {
  const refuse = (reason: string): MailtoReading => ({ ok: false, reason })
  if (link.length > maxLength) return refuse('too long for a mail link')
  if (!link.startsWith('mailto:')) return refuse('not a mail link')
  const rest = link.slice('mailto:'.length)
  const question = rest.indexOf('?')
  const address = decoded(question === -1 ? rest : rest.slice(0, question))
  if (address === null || mailtoAddressProblem(address) !== null || address !== address.trim()) {
    return refuse('the recipient is not one plain email address')
  }
  const fields: MailtoInput = { to: address, subject: '', body: '' }
  let next = 0
  for (const pair of question === -1 ? [] : rest.slice(question + 1).split('&')) {
    const separator = pair.indexOf('=')
    const name = separator === -1 ? pair : pair.slice(0, separator)
    const at = FIELD_ORDER.indexOf(name as (typeof FIELD_ORDER)[number], next)
    if (at === -1) {
      return refuse(
        (FIELD_ORDER as readonly string[]).includes(name)
          ? `the ${name} field is repeated or out of place`
          : `the field "${name.slice(0, 20)}" is not allowed`,
      )
    }
    const value = decoded(pair.slice(separator + 1))
    if (separator === -1 || value === null || value === '') return refuse(`a malformed ${name}`)
    fields[FIELD_ORDER[at]!] = value
    next = at + 1
  }
  const same = normalized(fields)
  if (same.subject !== fields.subject || same.body !== fields.body) {
    return refuse('a line break or stray character in a field')
  }
  if (compose(fields.to, fields.subject, fields.body) !== link) {
    return refuse('not written the way Foothold writes mail links')
  }
  return { ok: true, fields }
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
