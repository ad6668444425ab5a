import { MAILTO_MAX_LENGTH, readMailtoUrl } from '@shared/drafts/mailto'

/**
 * What Foothold lets the operating system open outside the app (`shell.openExternal`). Anything
 * handed to the OS can start another program, so only two kinds of address pass:
 *
 * - `mailto:` links exactly as Foothold's own builder writes them (`src/shared/drafts/mailto.ts`,
 *   the one rule for mail links): one plain recipient, a subject and a body, nothing else.
 * - `https:` links to a real DNS host name: no user name or password in the address, no IP
 *   address, no `localhost` or local-network names, no port other than 443.
 *
 * Either only when the person asked for it (a click or a key press): a page acting on its own
 * opens neither a browser tab nor a mail draft.
 *
 * Everything else (http:, file:, javascript:, data:, smb:, custom app schemes, …) is refused.
 * A verdict that passes carries the URL to open: the parsed and re-serialized form, so the OS
 * never sees a spelling our parser read differently.
 */

export const MAX_WEB_URL_LENGTH = 2048
/** The builder's own limit: long enough for a follow-up draft, short enough for every launcher. */
export const MAX_MAILTO_LENGTH = MAILTO_MAX_LENGTH

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
  if (raw.length > Math.max(MAX_MAILTO_LENGTH, MAX_WEB_URL_LENGTH)) return refuse('too long')
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
  if (url.protocol !== 'mailto:' && url.protocol !== 'https:') {
    return refuse(`the ${url.protocol} scheme is not allowed`)
  }
  if (!context.userInitiated) return refuse('not opened by the person')
  return url.protocol === 'mailto:' ? checkMailto(raw, url) : checkWebLink(url)
}

const refuse = (reason: string): ExternalUrlVerdict => ({ ok: false, reason })

function checkMailto(raw: string, url: URL): ExternalUrlVerdict {
  const reading = readMailtoUrl(raw, MAX_MAILTO_LENGTH)
  if (!reading.ok) return refuse(reading.reason)
  // The builder's spelling is already the parser's; should they ever differ, the OS would read
  // something the rule did not.
  if (url.href !== raw) return refuse('not written the way Foothold writes mail links')
  return { ok: true, url: raw }
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
// Names that resolve to this computer or the local network, never to a public site.
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa']

function checkWebLink(url: URL): ExternalUrlVerdict {
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
