import { useEffect, useRef, useState } from 'react'

interface Props {
  onKeepEditing(): void
  onDiscard(): void
}

/**
 * Asked in place of a form's buttons before unsaved edits are thrown away. "Keep editing" takes
 * focus, so Enter or Escape keeps the edits; discarding takes a deliberate second choice.
 */
export function DiscardPrompt({ onKeepEditing, onDiscard }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  // Read while rendering: once drawn, "Keep editing" has the focus.
  const [askedFrom] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  )

  // Keeping the edits hands focus back to where the question came from when that is in the same
  // dialog or panel (not, say, the card someone clicked on the board); else to the panel itself, or
  // to the buttons that replace the prompt. Only if the focus went with the prompt.
  useEffect(() => {
    const holder = ref.current?.parentElement
    const scope = ref.current?.closest<HTMLElement>('dialog, [role="dialog"]')
    return () => {
      const active = document.activeElement
      if (active !== null && active !== document.body) return
      if (askedFrom?.isConnected && scope?.contains(askedFrom)) askedFrom.focus()
      else if (scope?.isConnected && scope.hasAttribute('tabindex')) scope.focus()
      else if (holder?.isConnected) holder.querySelector('button')?.focus()
    }
  }, [askedFrom])

  return (
    <div ref={ref} className="discard" role="alertdialog" aria-label="Unsaved changes">
      <p className="discard__text">Discard unsaved changes?</p>
      <button type="button" className="button" autoFocus onClick={onKeepEditing}>
        Keep editing
      </button>
      <button type="button" className="button button--danger" onClick={onDiscard}>
        Discard changes
      </button>
    </div>
  )
}
