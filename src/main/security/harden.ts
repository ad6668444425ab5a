import type { Session, WebContents } from 'electron'
import { checkExternalUrl } from './external-links'
import type { UserActivation } from './user-activation'
import { createUserActivation } from './user-activation'

type ContentsEvents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

export interface ExternalLinks {
  /** `shell.openExternal` in the app; called only with a URL the policy allowed. */
  openExternal(url: string): Promise<void>
  /** Monotonic milliseconds, for telling a click from a page acting alone. */
  now?: () => number
  logWarning?: (message: string) => void
}

/**
 * The renderer never navigates away, opens windows, or embeds webviews: the whole UI is one page.
 * A link the person clicks (a new window or a navigation) is handed to the browser or mail app
 * instead, when `external-links.ts` allows it; everything else is dropped. Returns the record of
 * the person's clicks in this page, which main also asks before it opens a mail draft over IPC.
 */
export function hardenWebContents(contents: ContentsEvents, links?: ExternalLinks): UserActivation {
  const activation = createUserActivation(links?.now)
  const openOutside = (url: string) => {
    const verdict = checkExternalUrl(url, { userInitiated: activation.consume() })
    const warn = links?.logWarning ?? console.warn
    if (!verdict.ok) return warn(`Foothold did not open a link: ${verdict.reason}`)
    links
      ?.openExternal(verdict.url)
      .catch((error: unknown) => warn(`The system could not open a link: ${String(error)}`))
  }
  contents.on('input-event', (_event, input) => activation.note(input))
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    openOutside(event.url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  return activation
}

/** Foothold needs no camera, microphone, notifications-from-the-page or geolocation: refuse all. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
