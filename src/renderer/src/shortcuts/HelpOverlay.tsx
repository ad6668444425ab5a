import { useId } from 'react'
import { SHORTCUT_GROUPS, SHORTCUTS, chordKeys } from '../../../shared/shortcuts'
import { CloseIcon } from '../common/icons'
import { Modal } from '../dialogs/Modal'
import { platform } from './keys'
import './shortcuts.css'

/** Every shortcut, grouped as the table groups them. */
export default function HelpOverlay({ onClose }: { onClose(): void }) {
  const titleId = useId()
  return (
    <Modal labelledBy={titleId} className="modal--shortcuts" onCancel={onClose}>
      <div className="modal__form">
        <header className="modal__header shortcuts__header">
          <h2 id={titleId} className="modal__title">
            Keyboard shortcuts
          </h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <div className="modal__body shortcuts">
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
