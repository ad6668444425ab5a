import { useId, type KeyboardEvent } from 'react'
import { SHORTCUT_GROUPS, SHORTCUTS, chordKeys } from '@shared/shortcuts'
import { CloseIcon } from '../common/icons'
import { Modal } from '../dialogs/Modal'
import { platform } from './keys'
import './shortcuts.css'

/**
 * Tab and Shift+Tab go round the overlay's controls instead of leaving for the browser's own
 * controls (the page behind is inert, but the browser host's window is not Foothold's).
 */
function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>('button, [tabindex="0"]')]
  const at = stops.indexOf(document.activeElement as HTMLElement)
  const next = stops[(at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length]
  if (!next) return
  event.preventDefault()
  next.focus()
}

/** Every shortcut, grouped as the table groups them. */
export default function HelpOverlay({ onClose }: { onClose(): void }) {
  const titleId = useId()
  return (
    <Modal labelledBy={titleId} className="modal--shortcuts" onCancel={onClose}>
      <div className="modal__form" onKeyDown={keepTabInside}>
        <header className="modal__header shortcuts__header">
          <h2 id={titleId} className="modal__title">
            Keyboard shortcuts
          </h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        {/* Focusable, so the list scrolls with the keys when the window is small. */}
        <div className="modal__body shortcuts" role="region" aria-label="Shortcuts" tabIndex={0}>
          {SHORTCUT_GROUPS.map((group) => (
            <section
              key={group}
              className="shortcuts__group"
              aria-labelledby={`${titleId}-${group}`}
            >
              <h3 className="shortcuts__title" id={`${titleId}-${group}`}>
                {group}
              </h3>
              <dl className="shortcuts__list">
                {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                  <div key={shortcut.id} className="shortcuts__row" data-testid="shortcut">
                    <dt className="shortcuts__label">{shortcut.label}</dt>
                    <dd className="shortcuts__keys">
                      {shortcut.chords.map((chord, i) => (
                        <span key={i} className="shortcuts__chord">
                          {i > 0 && <span className="shortcuts__or">or</span>}
                          {chordKeys(chord, platform).map((key) => (
                            <kbd key={key} className="kbd">
                              {key}
                            </kbd>
                          ))}
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </Modal>
  )
}
