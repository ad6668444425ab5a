import type { Notification, NotificationConstructorOptions } from 'electron'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import { escapeHtml } from '@shared/drafts/clipboard'

type NotificationLike = Pick<Notification, 'on' | 'show'>
export type NotificationFactory = (options: NotificationConstructorOptions) => NotificationLike

export interface OsNotifierDeps {
  /** `process.platform`: on Linux the text goes to a notification server that reads markup. */
  platform: NodeJS.Platform
  create: NotificationFactory
  onClick(notice: ReminderNotice): void
  /** macOS reports `failed` for unsigned builds and when notifications are off. */
  onFailed(notice: ReminderNotice, error: string): void
}

/**
 * The title and body as the OS should receive them. Electron hands Linux notifications to
 * libnotify as they are, and servers such as KDE's, dunst and mako read the body as markup: a
 * company named `<a href=…>` would become a link. So on Linux the body is escaped. The title
 * (the summary) is plain text by the notification spec and shown so by current servers, where
 * `&amp;` would appear as typed; only `<` and `>` are swapped for look-alikes there, so that no
 * tag can form on an older server that reads markup in the summary too.
 */
export function notificationText(
  notice: Pick<ReminderNotice, 'title' | 'body'>,
  platform: NodeJS.Platform,
): { title: string; body: string } {
  if (platform !== 'linux') return { title: notice.title, body: notice.body }
  return {
    title: notice.title.replace(/</g, '\u2039').replace(/>/g, '\u203a'),
    body: escapeHtml(notice.body),
  }
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
      const notification = deps.create(notificationText(notice, deps.platform))
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
