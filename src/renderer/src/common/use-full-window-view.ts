import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

interface FullWindowView {
  /** The top-bar button that opened the view: focus goes back to it. */
  buttonId: string
  viewRef: RefObject<HTMLElement | null>
  headingRef: RefObject<HTMLElement | null>
  /** What Escape does (leave, usually). */
  onEscape: () => void
}

/**
 * What a view filling the window (Settings, Progress) does with focus and Escape. Focus starts on
 * its heading and goes back to the button that opened it when the view closes, unless where it is
 * going takes it (as an opened card does). Escape anywhere on the page leaves, unless something
 * inside handled it or a dialog is up.
 */
export function useFullWindowView({ buttonId, viewRef, headingRef, onEscape }: FullWindowView) {
  const escape = useRef(onEscape)
  useEffect(() => {
    escape.current = onEscape
  })

  useEffect(() => headingRef.current?.focus(), [headingRef])
  useLayoutEffect(() => {
    const view = viewRef.current
    return () => {
      const focus = document.activeElement
      if (focus === null || focus === document.body || view?.contains(focus)) {
        document.getElementById(buttonId)?.focus()
      }
    }
  }, [viewRef, buttonId])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      escape.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
