/**
 * What Foothold lets the operating system open outside the app (`shell.openExternal`). Anything
 * handed to the OS can start another program, so only two kinds of address pass:
 *
 * - `mailto:` with plain addresses and only the subject, body, cc, bcc and to fields. Fields
 *   such as `attach=` would let a mail client quietly attach a local file, so they are refused.
 * - `https:` links the person clicked, to a real DNS host name: no user name or password in the
 *   address, no IP address, no `localhost` or local-network names, no port other than 443.
 *
 * Everything else (http:, file:, javascript:, data:, smb:, custom app schemes, …) is refused.
 * A verdict that passes carries the URL to open: the parsed and re-serialized form, so the OS
 * never sees a spelling our parser read differently.
 */

export const MAX_WEB_URL_LENGTH = 2048
/** Long enough for a follow-up draft in the body, short enough for every platform's launcher. */
export const MAX_MAILTO_LENGTH = 32_768

export type ExternalUrlVerdict = { ok: true; url: string } | { ok: false; reason: string }

export interface ExternalUrlContext {
  /** True only when the person's own click or key press asked for this address. */
  userInitiated: boolean
}

/** True when `url` may be passed to `shell.openExternal`; see {@link checkExternalUrl}. */
export function isAllowedExternalUrl(url: unknown, context: ExternalUrlContext): boolean {
  return checkExternalUrl(url, context).ok
}

export function checkExternalUrl(raw: unknown, context: ExternalUrlContext): ExternalUrlVerdict {
  if (typeof raw !== 'string') return refuse('not a string')
  if (raw.length > MAX_MAILTO_LENGTH) return refuse('too long')
  // The URL parser silently drops tabs and line breaks and trims spaces; refuse instead of guessing.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw))
    return refuse('contains spaces or control characters')
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refuse('not a URL')
  }
  if (url.protocol === 'mailto:') return checkMailto(url)
  if (url.protocol === 'https:') return checkWebLink(url, context)
  return refuse(`the ${url.protocol} scheme is not allowed`)
}

const refuse = (reason: string): ExternalUrlVerdict => ({ ok: false, reason })

const MAIL_FIELDS = new Set(['subject', 'body', 'cc', 'bcc', 'to'])
const ADDRESS_FIELDS = new Set(['cc', 'bcc', 'to'])
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/

function checkMailto(url: URL): ExternalUrlVerdict {
  if (url.username || url.password || url.host) return refuse('malformed mailto address')
  const recipients = decode(url.pathname)
  if (recipients === null || !addressList(recipients)) return refuse('malformed mail recipient')
  const query = url.search.slice(1)
  for (const field of query ? query.split('&') : []) {
    const separator = field.indexOf('=')
    const name = decode(separator === -1 ? field : field.slice(0, separator))?.toLowerCase()
    const value = decode(separator === -1 ? '' : field.slice(separator + 1))
    if (name === undefined || value === null) return refuse('malformed mailto field')
    if (!MAIL_FIELDS.has(name))
      return refuse(`the mailto field "${name.slice(0, 20)}" is not allowed`)
    if (ADDRESS_FIELDS.has(name) && !addressList(value)) return refuse('malformed mail recipient')
  }
  return { ok: true, url: url.href }
}

function addressList(value: string): boolean {
  return value === '' || value.split(',').every((address) => ADDRESS.test(address.trim()))
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
// Names that resolve to this computer or the local network, never to a public site.
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa']

function checkWebLink(url: URL, { userInitiated }: ExternalUrlContext): ExternalUrlVerdict {
  if (!userInitiated) return refuse('not opened by the person')
  if (url.href.length > MAX_WEB_URL_LENGTH) return refuse('too long')
  if (url.username || url.password) return refuse('contains a user name or password')
  if (url.port) return refuse('uses a non-standard port')
  // The parser has already lower-cased the name and turned international names into punycode.
  const host = url.hostname
  if (host.length > 253) return refuse('host name too long')
  const labels = host.split('.')
  const topLevel = labels.at(-1) ?? ''
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !TOP_LEVEL.test(topLevel))
    return refuse('not a public host name')
  if (LOCAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)))
    return refuse('a local host name')
  return { ok: true, url: url.href }
}
