import { describe, expect, it, vi } from 'vitest'
import type { ReminderNotice } from '../../shared/cadence/reminder-text'
import { createOsNotifier } from './os-notifier'

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
