import { useEffect, useState } from 'react'
import { useBoard, useBoardActions } from '../state/board-context'
import type { Toast } from '../state/board-store'
import { wordToast, type ToastWords, type UndoNote } from '../state/toast-notes'
import { CloseIcon } from './icons'

const SHOWN_MS = { plain: 5000, undoable: 10000 }

/** The words of the Undo button's own toast: what it offered could not be taken back. */
export function undoToastText(note: UndoNote): string {
  return `Couldn't undo: ${note.reason}`
}

/**
 * The live region is always in the page, so screen readers notice each message put into it.
 * `words` turns what happened into a sentence, each area's toasts by the feature they are about.
 */
export function ToastRegion({ words }: { words: ToastWords }) {
  const toast = useBoard((s) => s.toast)
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && <ToastMessage key={toast.id} toast={toast} words={words} />}
    </div>
  )
}

function ToastMessage({ toast, words }: { toast: Toast; words: ToastWords }) {
  const actions = useBoardActions()
  // Hovering or focusing the toast keeps it up, so the Undo button does not vanish under the cursor.
  const [held, setHeld] = useState(false)

  useEffect(() => {
    if (held) return
    const timer = setTimeout(actions.dismissToast, toast.undo ? SHOWN_MS.undoable : SHOWN_MS.plain)
    return () => clearTimeout(timer)
  }, [held, toast.undo, actions])

  return (
    <div
      className={`toast toast--${toast.tone}`}
      data-testid="toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className="toast__message">{wordToast(words, toast.note)}</span>
      {toast.undo && (
        <button type="button" className="toast__undo" onClick={() => void actions.undo()}>
          Undo
        </button>
      )}
      <button
        type="button"
        className="icon-button toast__dismiss"
        aria-label="Dismiss"
        onClick={actions.dismissToast}
      >
        <CloseIcon />
      </button>
    </div>
  )
}
