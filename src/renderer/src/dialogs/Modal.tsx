import { useLayoutEffect, useRef, type ReactNode } from 'react'

interface ModalProps {
  labelledBy: string
  className?: string
  /** Escape, or anything else that asks the dialog to go away. */
  onCancel(): void
  children: ReactNode
}

/**
 * A native modal <dialog>: the browser traps focus and makes the page behind it inert. Mount it to
 * open it; unmount it to close it, and focus goes back to where it was.
 */
export function Modal({ labelledBy, className, onCancel, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const unmounting = useRef(false)
  const lastFocused = useRef<HTMLElement | null>(null)

  // A layout effect, so the cleanup runs while the dialog is still in the document.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    unmounting.current = false
    if (!dialog.open) dialog.showModal()
    return () => {
      unmounting.current = true
      dialog.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={['modal', className].filter(Boolean).join(' ')}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        // React state decides whether the dialog is shown, not the browser.
        event.preventDefault()
        onCancel()
      }}
      onFocus={(event) => {
        if (event.target instanceof HTMLElement) lastFocused.current = event.target
      }}
      onClose={(event) => {
        // Chromium closes a modal dialog on a repeated Escape (with no click or typing in between)
        // even though its cancel event was prevented. Still mounted means still open: show it again.
        const dialog = event.currentTarget
        if (unmounting.current || dialog.open) return
        const focus = lastFocused.current
        dialog.showModal()
        if (focus?.isConnected && dialog.contains(focus)) focus.focus()
      }}
    >
      {children}
    </dialog>
  )
}
