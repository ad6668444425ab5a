import {
  useEffectEvent,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import { handleMenuKeys, placeNextTo } from './menu'

/**
 * The button that opens a small popover menu (Move to…, Snooze): its open state and the props
 * it spreads. `close(true)` hands focus back to the button.
 */
export function useMenuButton() {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // A click on the button while the menu is open first light-dismisses it; it must not reopen it.
  const openAtPointerDown = useRef(false)
  const menuId = useId()

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }
  const buttonProps = {
    ref: buttonRef,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    'aria-controls': open ? menuId : undefined,
    onPointerDown: () => {
      openAtPointerDown.current = open
    },
    onClick: () => {
      if (!openAtPointerDown.current) setOpen(true)
      openAtPointerDown.current = false
    },
  }
  return { open, menuId, buttonRef, buttonProps, close }
}

interface PopoverMenuOptions {
  /**
   * Scrolling carries the button along: the menu follows it while it is in sight. Otherwise
   * scrolling closes the menu.
   */
  followAnchor?: boolean
}

/**
 * The open menu itself: shown as a popover next to its button, first item focused, arrow keys,
 * and closed on leaving it, on resize, and on scroll (unless it follows the button).
 * Spread the returned props on the menu's element.
 */
export function usePopoverMenu(
  id: string,
  anchor: RefObject<HTMLElement | null>,
  onClose: (refocus: boolean) => void,
  { followAnchor = false }: PopoverMenuOptions = {},
) {
  const menuRef = useRef<HTMLDivElement>(null)
  const closeQuietly = useEffectEvent(() => onClose(false))

  // A popover sits in the top layer, so a column's scroll box cannot clip it.
  useLayoutEffect(() => {
    const menu = menuRef.current
    const button = anchor.current
    if (!menu || !button) return
    menu.showPopover()
    placeNextTo(menu, button)
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true })
    const close = () => closeQuietly()
    // Without following, scrolling would leave the menu floating away from its button.
    const onScroll = followAnchor
      ? () => {
          const { top, bottom } = button.getBoundingClientRect()
          if (bottom < 0 || top > window.innerHeight) closeQuietly()
          else placeNextTo(menu, button)
        }
      : close
    window.addEventListener('resize', close)
    window.addEventListener('scroll', onScroll, true)
    return () => {
      window.removeEventListener('resize', close)
      window.removeEventListener('scroll', onScroll, true)
    }
  }, [anchor, followAnchor])

  return {
    ref: menuRef,
    id,
    popover: 'manual' as const,
    role: 'menu',
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => handleMenuKeys(event, () => onClose(true)),
    // A manual popover: leaving it by click or focus closes it, as a light dismiss would.
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) onClose(false)
    },
  }
}
