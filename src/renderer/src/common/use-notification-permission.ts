import { useCallback, useEffect, useState } from 'react'

export type NotificationPermissionState = NotificationPermission | 'unsupported'

const current = (): NotificationPermissionState =>
  typeof Notification === 'function' ? Notification.permission : 'unsupported'

/**
 * Whether this browser shows Foothold's reminders as system notifications (the browser edition
 * only; the desktop app has the OS's own). `request` must run from a click: browsers ignore, and
 * people resent, a permission prompt that nobody asked for.
 */
export function useNotificationPermission(): {
  permission: NotificationPermissionState
  request(): Promise<void>
} {
  const [permission, setPermission] = useState(current)
  useEffect(() => {
    // The person may change it in the browser's site settings while the tab is open.
    if (!navigator.permissions?.query) return
    let status: PermissionStatus | null = null
    const update = () => setPermission(current())
    void navigator.permissions
      .query({ name: 'notifications' })
      .then((found) => {
        status = found
        found.addEventListener('change', update)
      })
      .catch(() => undefined)
    return () => status?.removeEventListener('change', update)
  }, [])
  const request = useCallback(async () => {
    if (typeof Notification !== 'function') return
    setPermission(await Notification.requestPermission())
  }, [])
  return { permission, request }
}
