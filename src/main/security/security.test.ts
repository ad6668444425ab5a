import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './csp'
import { denyAllPermissions, hardenWebContents } from './harden'
import { isTrustedSender } from './sender'
import { createUserActivation } from './user-activation'

describe('isTrustedSender', () => {
  const origins = ['app://foothold']
  it.each([
    ['the app page', { url: 'app://foothold/index.html', parent: null }, true],
    ['a page elsewhere', { url: 'https://evil.example/', parent: null }, false],
    ['a look-alike host', { url: 'app://foothold.evil/index.html', parent: null }, false],
    ['a file URL', { url: 'file:///etc/passwd', parent: null }, false],
    ['an embedded frame of the app', { url: 'app://foothold/index.html', parent: {} }, false],
    ['a garbage URL', { url: 'not a url', parent: null }, false],
    ['a blank page', { url: 'about:blank', parent: null }, false],
    ['a data URL', { url: 'data:text/html,<p>hi</p>', parent: null }, false],
    [
      'the app host on another port',
      { url: 'app://foothold:8080/index.html', parent: null },
      false,
    ],
    ['another scheme on the app host', { url: 'https://foothold/index.html', parent: null }, false],
    ['developer tools', { url: 'devtools://devtools/bundled/index.html', parent: null }, false],
    ['a destroyed frame', null, false],
  ])('%s → %s', (_name, frame, trusted) => {
    expect(isTrustedSender(frame, origins)).toBe(trusted)
  })
})

describe('hardenWebContents', () => {
  type Listener = (
    event: { preventDefault(): void; url?: string },
    input?: { type: string },
  ) => void

  function harden(now = () => 0) {
    const handlers = new Map<string, Listener>()
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const opened: string[] = []
    const warnings: string[] = []
    hardenWebContents(
      {
        on: ((name: string, fn: Listener) => handlers.set(name, fn)) as never,
        setWindowOpenHandler: ((fn: typeof openHandler) => (openHandler = fn)) as never,
      },
      {
        openExternal: async (url) => void opened.push(url),
        now,
        logWarning: (message) => void warnings.push(message),
      },
    )
    const event = (url?: string) => {
      let prevented = false
      return {
        event: { url, preventDefault: () => (prevented = true) },
        prevented: () => prevented,
      }
    }
    return {
      opened,
      warnings,
      click: () => handlers.get('input-event')!(event().event, { type: 'mouseUp' }),
      move: () => handlers.get('input-event')!(event().event, { type: 'mouseMove' }),
      openWindow: (url: string) => openHandler!({ url }),
      navigate(url?: string) {
        const e = event(url)
        handlers.get('will-navigate')!(e.event)
        return e.prevented()
      },
      fire(name: string) {
        const e = event('https://careers.northwind.example/')
        handlers.get(name)!(e.event)
        return e.prevented()
      },
    }
  }

  it('denies new windows and cancels navigation, redirects and webviews', () => {
    const contents = harden()
    expect(contents.openWindow('app://foothold/index.html')).toEqual({ action: 'deny' })
    expect(contents.navigate('app://foothold/other.html')).toBe(true)
    expect(contents.fire('will-redirect')).toBe(true)
    expect(contents.fire('will-attach-webview')).toBe(true)
    expect(contents.navigate(undefined)).toBe(true)
    expect(contents.opened).toEqual([])
  })

  it('opens a clicked https link in the browser, from a new window or a navigation', () => {
    const contents = harden()
    contents.click()
    expect(contents.openWindow('https://careers.northwind.example/jobs/42')).toEqual({
      action: 'deny',
    })
    contents.click()
    expect(contents.navigate('https://www.linkedin.com/in/priya')).toBe(true)
    expect(contents.opened).toEqual([
      'https://careers.northwind.example/jobs/42',
      'https://www.linkedin.com/in/priya',
    ])
  })

  it('opens nothing the page asks for on its own, and one link per click', () => {
    let now = 0
    const contents = harden(() => now)
    contents.openWindow('https://careers.northwind.example/')
    contents.move()
    contents.navigate('https://careers.northwind.example/')
    contents.click()
    contents.openWindow('https://careers.northwind.example/first')
    contents.openWindow('https://careers.northwind.example/second')
    contents.click()
    now = 5000
    contents.openWindow('https://careers.northwind.example/late')
    expect(contents.opened).toEqual(['https://careers.northwind.example/first'])
    expect(contents.warnings).toHaveLength(4)
    expect(contents.warnings[0]).toMatch(/not opened by the person/)
  })

  it('opens a mail draft only on a click, and one per click', () => {
    let now = 0
    const contents = harden(() => now)
    const mail = (n: number) => `mailto:priya@northwind.example?subject=Draft%20${n}`
    for (const n of [1, 2, 3, 4, 5]) contents.openWindow(mail(n))
    contents.navigate(mail(6))
    expect(contents.opened).toEqual([])
    contents.click()
    for (const n of [7, 8, 9, 10, 11]) contents.openWindow(mail(n))
    contents.click()
    now = 1500
    contents.navigate(mail(12))
    expect(contents.opened).toEqual([mail(7)])
    expect(contents.warnings.filter((w) => /not opened by the person/.test(w))).toHaveLength(11)
  })

  it('hands back its record of clicks, for what main opens over IPC', () => {
    const handlers = new Map<string, Listener>()
    const activation = hardenWebContents({
      on: ((name: string, fn: Listener) => handlers.set(name, fn)) as never,
      setWindowOpenHandler: (() => undefined) as never,
    })
    expect(activation.consume()).toBe(false)
    handlers.get('input-event')!({ preventDefault: () => undefined }, { type: 'mouseUp' })
    expect(activation.consume()).toBe(true)
    expect(activation.consume()).toBe(false)
  })

  it('never hands a dangerous scheme to the OS, even right after a click', () => {
    const contents = harden()
    for (const url of [
      'file:///etc/passwd',
      'smb://attacker.example/share',
      'http://careers.northwind.example/',
      'https://user:pw@careers.northwind.example/',
    ]) {
      contents.click()
      contents.openWindow(url)
      contents.click()
      contents.navigate(url)
    }
    expect(contents.opened).toEqual([])
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
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/)
      return [name!, sources] as const
    }),
  )

  it('allows only the app itself and never inline code or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  })

  it('names every source: no wildcards, remote hosts, hashes that re-enable inline code, or blobs', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(["'self'", "'none'", ...(name === 'img-src' ? ['data:'] : [])], name).toContain(
          source,
        )
      }
    }
  })

  it('shuts the doors a script injection would use', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name), name).toEqual(["'none'"])
    }
    // No frame-src, worker-src or child-src: they fall back to default-src 'none'.
    expect(
      [...directives.keys()].filter((name) => /frame-src|worker-src|child-src/.test(name)),
    ).toEqual([])
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
  })
})

describe('createUserActivation', () => {
  it('counts a click or a key press within a second, once', () => {
    let now = 1000
    const activation = createUserActivation(() => now)
    expect(activation.consume()).toBe(false)
    activation.note({ type: 'rawKeyDown' })
    now += 999
    expect(activation.consume()).toBe(true)
    expect(activation.consume()).toBe(false)
    for (const type of ['mouseMove', 'mouseWheel', 'mouseEnter', 'gestureScrollBegin'] as const) {
      activation.note({ type })
    }
    expect(activation.consume()).toBe(false)
  })

  it('does not trust a clock that went backwards', () => {
    let now = 5000
    const activation = createUserActivation(() => now)
    activation.note({ type: 'mouseUp' })
    now = 0
    expect(activation.consume()).toBe(false)
  })
})
