import type { InputEvent } from 'electron'

/** How long after a click or key press a link may still count as the person's own request. */
export const USER_ACTIVATION_MS = 1000

// A link opens on a click, a tap, or Enter/Space on a focused link.
const ACTIVATING: ReadonlySet<InputEvent['type']> = new Set([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'gestureTap',
  'touchEnd',
  'pointerUp',
])

export interface UserActivation {
  /** Records an input event the OS delivered to the page (`webContents` 'input-event'). */
  note(event: Pick<InputEvent, 'type'>): void
  /**
   * True when the person clicked or pressed a key within the last second; uses it up, so one
   * click opens at most one link however many the page asks for.
   */
  consume(): boolean
}

/**
 * Tells the person's clicks apart from what a page does on its own. The events come from the
 * browser process, which received them from the OS, so a page cannot forge them.
 */
export function createUserActivation(now: () => number = () => performance.now()): UserActivation {
  let last = Number.NEGATIVE_INFINITY
  return {
    note(event) {
      if (ACTIVATING.has(event.type)) last = now()
    },
    consume() {
      const elapsed = now() - last
      const active = elapsed >= 0 && elapsed <= USER_ACTIVATION_MS
      last = Number.NEGATIVE_INFINITY
      return active
    },
  }
}
