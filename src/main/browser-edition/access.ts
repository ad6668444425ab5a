import { randomBytes, timingSafeEqual } from 'node:crypto'

/** The query parameter of the address printed at start; exchanged for a cookie on first use. */
export const SECRET_PARAM = 'secret'

/**
 * Who may use the browser edition: whoever holds the secret printed when it started. The server
 * listens on 127.0.0.1 only; this adds that every request names exactly that address (so a web
 * page that rebinds its own domain name to 127.0.0.1 is refused), that a request from a page comes
 * from Foothold's own origin, and that it carries the cookie the secret was exchanged for.
 */
export interface Access {
  /** `http://127.0.0.1:<port>`: the only Host and Origin accepted. */
  readonly origin: string
  /** The address to print and open: the origin with the secret. */
  readonly entryUrl: string
  readonly cookieName: string
  readonly secret: string
}

export function createAccess(port: number, secret = randomBytes(24).toString('base64url')): Access {
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    entryUrl: `${origin}/?${SECRET_PARAM}=${secret}`,
    // Cookies are not kept apart by port: the port in the name keeps two editions apart.
    cookieName: `foothold-${port}`,
    secret,
  }
}

export interface RequestFacts {
  host: string | undefined
  origin: string | undefined
  cookie: string | undefined
}

export type Verdict = { ok: true } | { ok: false; reason: string }

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** The Host and Origin checks every request passes, with or without the cookie. */
export function checkAddress(
  access: Access,
  facts: RequestFacts,
  { originRequired }: { originRequired: boolean },
): Verdict {
  if (facts.host !== access.origin.slice('http://'.length)) {
    return { ok: false, reason: 'the request names another host' }
  }
  if (facts.origin === undefined ? originRequired : facts.origin !== access.origin) {
    return { ok: false, reason: 'the request comes from another site' }
  }
  return { ok: true }
}

/** True when the request's cookies include the one the secret was exchanged for. */
export function hasSessionCookie(access: Access, cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false
  return cookieHeader.split(';').some((pair) => {
    const at = pair.indexOf('=')
    if (at < 0) return false
    return (
      pair.slice(0, at).trim() === access.cookieName &&
      sameSecret(pair.slice(at + 1).trim(), access.secret)
    )
  })
}

/** True when an address carries this start's secret. */
export function carriesSecret(access: Access, url: URL): boolean {
  const given = url.searchParams.get(SECRET_PARAM)
  return given !== null && sameSecret(given, access.secret)
}

/** The cookie that stands for the secret from then on: never readable by script, never cross-site. */
export function sessionCookie(access: Access): string {
  return `${access.cookieName}=${access.secret}; HttpOnly; SameSite=Strict; Path=/`
}

/** Allows a request from the page (or the person's first visit), or says why it is refused. */
export function checkRequest(
  access: Access,
  facts: RequestFacts,
  options: { originRequired: boolean },
): Verdict {
  const address = checkAddress(access, facts, options)
  if (!address.ok) return address
  if (!hasSessionCookie(access, facts.cookie)) {
    return { ok: false, reason: 'open the address Foothold printed when it started' }
  }
  return { ok: true }
}
