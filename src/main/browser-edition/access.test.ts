import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  carriesSecret,
  checkAddress,
  checkRequest,
  createAccess,
  hasSessionCookie,
  sessionCookie,
} from './access'

const access = createAccess(4100, 'the-secret-of-this-start')
const cookie = 'foothold-4100=the-secret-of-this-start'
const own = { host: '127.0.0.1:4100', origin: 'http://127.0.0.1:4100', cookie }

describe('who may use the browser edition', () => {
  it('prints an address on 127.0.0.1 that carries the secret', () => {
    expect(access.entryUrl).toBe('http://127.0.0.1:4100/?secret=the-secret-of-this-start')
    expect(carriesSecret(access, new URL(access.entryUrl))).toBe(true)
    expect(carriesSecret(access, new URL('http://127.0.0.1:4100/?secret=the-secret'))).toBe(false)
    expect(carriesSecret(access, new URL('http://127.0.0.1:4100/'))).toBe(false)
  })

  it('makes a new secret per start, long enough not to be guessed', () => {
    const secrets = new Set(Array.from({ length: 50 }, () => createAccess(1).secret))
    expect(secrets.size).toBe(50)
    for (const secret of secrets) expect(secret).toMatch(/^[\w-]{32,}$/)
  })

  it('exchanges it for a cookie that script cannot read and no other site can send', () => {
    expect(sessionCookie(access)).toBe(`${cookie}; HttpOnly; SameSite=Strict; Path=/`)
  })

  it('lets in its own page with the cookie, among other cookies', () => {
    expect(checkRequest(access, own, { originRequired: true })).toEqual({ ok: true })
    expect(
      checkRequest(
        access,
        { ...own, cookie: `theme=dark; ${cookie}; other=1` },
        { originRequired: true },
      ),
    ).toEqual({ ok: true })
    // A navigation sends no Origin.
    expect(checkRequest(access, { ...own, origin: undefined }, { originRequired: false }).ok).toBe(
      true,
    )
  })

  it('refuses a request without the cookie, or with another edition’s or a wrong one', () => {
    for (const bad of [
      undefined,
      '',
      'foothold-4100=',
      'foothold-4100=the-secret-of-this-star',
      'foothold-4101=the-secret-of-this-start',
      'foothold-4100 the-secret-of-this-start',
    ]) {
      expect(checkRequest(access, { ...own, cookie: bad }, { originRequired: false }).ok, bad).toBe(
        false,
      )
    }
  })

  it('refuses any Host but its own address, whatever else is right (DNS rebinding)', () => {
    fc.assert(
      fc.property(fc.string(), (host) => {
        fc.pre(host !== '127.0.0.1:4100')
        expect(checkAddress(access, { ...own, host }, { originRequired: false }).ok).toBe(false)
      }),
    )
    for (const host of ['localhost:4100', '127.0.0.1', '127.0.0.1:41000', 'evil.example:4100']) {
      expect(checkRequest(access, { ...own, host }, { originRequired: false }).ok).toBe(false)
    }
  })

  it('refuses a request from another site, and a socket that names no site', () => {
    for (const origin of [
      'http://evil.example',
      'null',
      'http://localhost:4100',
      'https://127.0.0.1:4100',
    ]) {
      expect(checkRequest(access, { ...own, origin }, { originRequired: false }).ok, origin).toBe(
        false,
      )
    }
    expect(checkRequest(access, { ...own, origin: undefined }, { originRequired: true }).ok).toBe(
      false,
    )
  })

  it('compares cookies whole, not by prefix', () => {
    expect(hasSessionCookie(access, `${cookie}x`)).toBe(false)
    expect(hasSessionCookie(access, ` ${cookie} `)).toBe(true)
  })
})
