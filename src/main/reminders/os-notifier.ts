import type { Notification, NotificationConstructorOptions } from 'electron'
import type { ReminderNotice } from '../../shared/cadence/reminder-text'

type NotificationLike = Pick<Notification, 'on' | 'show'>
export type NotificationFactory = (options: NotificationConstructorOptions) => NotificationLike

export interface OsNotifierDeps {
  create: NotificationFactory
  onClick(notice: ReminderNotice): void
  /** macOS reports `failed` for unsigned builds and when notifications are off. */
  onFailed(notice: ReminderNotice, error: string): void
}

/**
 * Shows reminders as OS notifications. Each one is held until it is clicked or closed: Electron
 * garbage-collects an unreferenced notification, and its click is then lost. Only clicks are used
 * (Linux has no action buttons).
 */
export function createOsNotifier(deps: OsNotifierDeps): {
  show(notice: ReminderNotice): void
  readonly live: number
} {
  const live = new Set<NotificationLike>()
  return {
    show(notice) {
      const notification = deps.create({ title: notice.title, body: notice.body })
      live.add(notification)
      notification.on('click', () => {
        live.delete(notification)
        deps.onClick(notice)
      })
      notification.on('close', () => live.delete(notification))
      notification.on('failed', (_event, error) => {
        live.delete(notification)
        deps.onFailed(notice, error)
      })
      notification.show()
    },
    get live() {
      return live.size
    },
  }
}
