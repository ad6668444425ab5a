import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import { createOsNotifier, notificationText } from './os-notifier'

class FakeNotification {
  static made: FakeNotification[] = []
  handlers = new Map<string, (...args: unknown[]) => void>()
  shown = false
  constructor(readonly options: { title?: string; body?: string }) {
    FakeNotification.made.push(this)
  }
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, handler)
    return this
  }
  show() {
    this.shown = true
  }
  emit(event: string, ...args: unknown[]) {
    this.handlers.get(event)?.(...args)
  }
}

const notice: ReminderNotice = {
  title: 'Thank Priya',
  body: 'Northwind',
  cardId: 'c1',
  key: 'c1:thank-you:iv-1',
}

describe('createOsNotifier', () => {
  it('shows the title and body, keeps it alive until clicked, and reports the click', () => {
    const onClick = vi.fn()
    const notifier = createOsNotifier({
      platform: 'linux',
      create: (options) => new FakeNotification(options) as never,
      onClick,
      onFailed: vi.fn(),
    })
    notifier.show(notice)
    const [made] = FakeNotification.made.slice(-1)
    expect(made).toMatchObject({
      shown: true,
      options: { title: 'Thank Priya', body: 'Northwind' },
    })
    expect(notifier.live).toBe(1)
    made!.emit('click')
    expect(onClick).toHaveBeenCalledWith(notice)
    expect(notifier.live).toBe(0)
  })

  it('lets go of a closed one, and hands a failed one to the in-app fallback', () => {
    const onFailed = vi.fn()
    const notifier = createOsNotifier({
      platform: 'darwin',
      create: (options) => new FakeNotification(options) as never,
      onClick: vi.fn(),
      onFailed,
    })
    notifier.show(notice)
    FakeNotification.made.at(-1)!.emit('close')
    notifier.show(notice)
    FakeNotification.made.at(-1)!.emit('failed', {}, 'not signed')
    expect(onFailed).toHaveBeenCalledWith(notice, 'not signed')
    expect(notifier.live).toBe(0)
  })
})

describe('notification text on Linux', () => {
  const hostile: ReminderNotice = {
    title: 'No reply from <a href="https://evil.example">Acme</a> & Sons yet',
    body: `<a href="https://evil.example">Acme</a>, <b>Lead</b> & 'friends'`,
    cardId: 'c1',
    key: 'c1:close',
  }

  function shownOn(platform: NodeJS.Platform) {
    const notifier = createOsNotifier({
      platform,
      create: (options) => new FakeNotification(options) as never,
      onClick: vi.fn(),
      onFailed: vi.fn(),
    })
    notifier.show(hostile)
    return FakeNotification.made.at(-1)!.options
  }

  it('escapes the body, which notification servers read as markup', () => {
    expect(shownOn('linux').body).toBe(
      '&lt;a href=&quot;https://evil.example&quot;&gt;Acme&lt;/a&gt;, &lt;b&gt;Lead&lt;/b&gt; &amp; &#39;friends&#39;',
    )
  })

  it('keeps the title readable but lets no tag form in it', () => {
    const { title } = shownOn('linux')
    expect(title).not.toMatch(/[<>]/)
    expect(title).toBe(
      'No reply from \u2039a href="https://evil.example"\u203aAcme\u2039/a\u203a & Sons yet',
    )
  })

  it.each(['darwin', 'win32'] as const)('leaves the text as written on %s', (platform) => {
    expect(shownOn(platform)).toEqual({ title: hostile.title, body: hostile.body })
  })

  it('shows exactly the text on Linux once the server has read the markup', () => {
    const unescape = (markup: string) =>
      markup.replace(/&(amp|lt|gt|quot|#39);/g, (_entity, name: string) => {
        const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
        return named[name]!
      })
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, body) => {
        const shown = notificationText({ title, body }, 'linux')
        // No tag, and no `&` that does not start one of the five entities.
        expect(shown.body).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/)
        expect(unescape(shown.body)).toBe(body)
        expect(shown.title).not.toMatch(/[<>]/)
        expect(shown.title.length).toBe(title.length)
      }),
    )
  })
})
