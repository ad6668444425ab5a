import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './csp'
import { denyAllPermissions, hardenWebContents } from './harden'
import { isTrustedSender } from './sender'

describe('isTrustedSender', () => {
  const origins = ['app://foothold']
  it.each([
    ['the app page', { url: 'app://foothold/index.html', parent: null }, true],
    ['a page elsewhere', { url: 'https://evil.example/', parent: null }, false],
    ['a look-alike host', { url: 'app://foothold.evil/index.html', parent: null }, false],
    ['a file URL', { url: 'file:///etc/passwd', parent: null }, false],
    ['an embedded frame of the app', { url: 'app://foothold/index.html', parent: {} }, false],
    ['a garbage URL', { url: 'not a url', parent: null }, false],
    ['a destroyed frame', null, false],
  ])('%s → %s', (_name, frame, trusted) => {
    expect(isTrustedSender(frame, origins)).toBe(trusted)
  })
})

describe('hardenWebContents', () => {
  it('denies new windows and cancels navigation, redirects and webviews', () => {
    const handlers = new Map<string, (event: { preventDefault(): void }) => void>()
    let openHandler: (() => { action: string }) | undefined
    hardenWebContents({
      on: ((name: string, fn: (event: { preventDefault(): void }) => void) =>
        handlers.set(name, fn)) as never,
      setWindowOpenHandler: ((fn: () => { action: string }) => (openHandler = fn)) as never,
    })
    expect(openHandler?.()).toEqual({ action: 'deny' })
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false
      handlers.get(name)?.({ preventDefault: () => (prevented = true) })
      expect(prevented, name).toBe(true)
    }
  })
})

describe('denyAllPermissions', () => {
  it('refuses every request and every check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
    let check: ((...args: unknown[]) => boolean) | undefined
    denyAllPermissions({
      setPermissionRequestHandler: ((fn: typeof request) => (request = fn)) as never,
      setPermissionCheckHandler: ((fn: typeof check) => (check = fn)) as never,
    })
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      request!(null, permission, (granted) => answers.push(granted))
    }
    expect(answers).toEqual([false, false, false, false])
    expect(check!(null, 'media')).toBe(false)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself and never inline code or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  })
})
