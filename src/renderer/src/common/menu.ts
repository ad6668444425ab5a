import type { KeyboardEvent } from 'react'

/** Shared by the small popover menus (Move to…, Snooze). */

/** Puts a popover menu under its button (or above it when there is no room below). */
export function placeNextTo(menu: HTMLElement, button: HTMLElement) {
  const anchor = button.getBoundingClientRect()
  const size = menu.getBoundingClientRect()
  const margin = 8
  const below = anchor.bottom + 4
  const top =
    below + size.height > window.innerHeight - margin ? anchor.top - size.height - 4 : below
  const left = Math.max(
    margin,
    Math.min(anchor.right - size.width, window.innerWidth - size.width - margin),
  )
  menu.style.top = `${Math.max(margin, top)}px`
  menu.style.left = `${left}px`
}

/** Arrow keys, Home and End move between items; Escape and Tab leave the menu. */
export function handleMenuKeys(event: KeyboardEvent<HTMLElement>, close: () => void) {
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'))
  const index = items.indexOf(document.activeElement as HTMLElement)
  const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus()
  switch (event.key) {
    case 'ArrowDown':
      focusAt(index + 1)
      break
    case 'ArrowUp':
      focusAt(index - 1)
      break
    case 'Home':
      focusAt(0)
      break
    case 'End':
      focusAt(items.length - 1)
      break
    case 'Escape':
    case 'Tab':
      close()
      break
    default:
      return
  }
  event.preventDefault()
}
