import type { Session, WebContents } from 'electron'

type ContentsEvents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * The renderer never navigates away, opens windows, or embeds webviews: the whole UI is one page.
 * Opening a link in the browser, when the UI offers it, must be its own validated IPC method.
 */
export function hardenWebContents(contents: ContentsEvents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Foothold needs no camera, microphone, notifications-from-the-page or geolocation: refuse all. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
