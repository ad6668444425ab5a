import { useId, useState } from 'react'
import { DiscardPrompt } from '../common/DiscardPrompt'
import { makeId } from '../common/make-id'
import { InterviewFields } from '../forms/InterviewFields'
import { newInterviewValues } from '../forms/interview-form-values'
import { useInterviewForm } from '../forms/use-interview-form'
import { useBoard, useBoardActions } from '../state/board-context'
import { Modal } from './Modal'

/** The new interview dialog's form (loaded on first use: see screens.ts). */
export function NewInterviewForm() {
  const actions = useBoardActions()
  const timeZone = useBoard((s) => s.settings.timeZone)
  const titleId = useId()
  const [askingToDiscard, setAskingToDiscard] = useState(false)
  const form = useInterviewForm({
    initialValues: () => newInterviewValues(new Date(), timeZone, makeId),
    save: actions.createCard,
    onSaved: actions.closeNewInterview,
  })

  // Cancel and Escape ask first when something was typed; Escape while asking keeps the edits.
  const cancel = () => {
    if (form.dirty) setAskingToDiscard(true)
    else actions.closeNewInterview()
  }
  const onEscape = () => {
    if (askingToDiscard) setAskingToDiscard(false)
    else cancel()
  }

  return (
    <Modal labelledBy={titleId} className="modal--form" onCancel={onEscape}>
      <form className="modal__form" noValidate onSubmit={form.handleSubmit}>
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            New interview
          </h2>
          <p className="modal__subtitle">It starts in Thank-you. You can change anything later.</p>
        </header>
        <div className="modal__body">
          <InterviewFields form={form} />
        </div>
        <footer className="modal__footer">
          {askingToDiscard ? (
            <DiscardPrompt
              onKeepEditing={() => setAskingToDiscard(false)}
              onDiscard={actions.closeNewInterview}
            />
          ) : (
            <>
              <button type="button" className="button" onClick={cancel}>
                Cancel
              </button>
              <button type="submit" className="button button--primary" disabled={form.submitting}>
                Add interview
              </button>
            </>
          )}
        </footer>
      </form>
    </Modal>
  )
}
