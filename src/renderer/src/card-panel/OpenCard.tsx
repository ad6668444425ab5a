import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { OUTCOME_LABELS, STAGE_LABELS } from '@shared/domain/interview'
import { type Card } from '@shared/domain/card'
import { DiscardPrompt } from '../common/DiscardPrompt'
import { CloseIcon, TrashIcon } from '../common/icons'
import { makeId } from '../common/make-id'
import { READ_ONLY_REASON, ReadOnlyHint } from '../common/ReadOnlyHint'
import { DraftsSection } from '../drafts/DraftsSection'
import { InterviewFields } from '../forms/InterviewFields'
import { valuesFromDetails } from '../forms/interview-form-values'
import { useInterviewForm } from '../forms/use-interview-form'
import { useBoard, useBoardActions } from '../state/board-context'
import { selectReadOnly } from '../state/selectors'
import { ActivityLog } from './ActivityLog'
import { FollowUps } from './FollowUps'

/** The open card, edited in place beside the board (loaded on first use: see screens.ts). */
export function OpenCard({ card }: { card: Card }) {
  const actions = useBoardActions()
  const timeZone = useBoard((s) => s.settings.timeZone)
  const askingToDiscard = useBoard((s) => s.pendingNavigation !== null)
  const readOnly = useBoard(selectReadOnly)
  const titleId = useId()
  const panelRef = useRef<HTMLElement>(null)
  const form = useInterviewForm({
    initialValues: () => valuesFromDetails(card, makeId),
    save: (details) => actions.saveCard(card.id, details),
    onSaved: (saved) => form.reset(valuesFromDetails(saved, makeId)),
  })

  useEffect(() => actions.setPanelDirty(form.dirty), [actions, form.dirty])

  // Focus moves into the panel when it opens and back to the card when it closes.
  useEffect(() => {
    panelRef.current?.focus()
    return () => actions.reveal(card.id)
  }, [actions, card.id])

  const close = () => actions.navigate({ kind: 'select', cardId: null })
  const discardAndClose = () => {
    actions.setPanelDirty(false)
    close()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    if (askingToDiscard) actions.keepEditing()
    else close()
  }

  return (
    <aside
      ref={panelRef}
      className="panel"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <form className="panel__form" noValidate onSubmit={form.handleSubmit}>
        <header className="panel__header">
          <div className="panel__heading">
            <p className="panel__badges">
              <span className={`stage-badge stage-badge--${card.stage}`}>
                {STAGE_LABELS[card.stage]}
              </span>
              {card.outcome && (
                <span className={`outcome outcome--${card.outcome}`}>
                  {OUTCOME_LABELS[card.outcome]}
                </span>
              )}
            </p>
            <h2 className="panel__title" id={titleId}>
              {card.company}
            </h2>
            <p className="panel__subtitle">{card.position}</p>
          </div>
          <button type="button" className="icon-button" aria-label="Close panel" onClick={close}>
            <CloseIcon />
          </button>
        </header>

        <div className="panel__body">
          <FollowUps card={card} />
          <DraftsSection card={card} />
          <InterviewFields form={form} />
          <ActivityLog activity={card.activity} timeZone={timeZone} />
        </div>

        <footer className="panel__footer">
          {askingToDiscard ? (
            <DiscardPrompt
              onKeepEditing={actions.keepEditing}
              onDiscard={actions.discardAndContinue}
            />
          ) : (
            <>
              <button
                type="button"
                className="button button--danger-ghost"
                disabled={readOnly}
                title={readOnly ? READ_ONLY_REASON : undefined}
                onClick={() => void actions.deleteCard(card.id)}
              >
                <TrashIcon />
                Delete
              </button>
              <span className="panel__spacer" />
              {readOnly ? (
                <ReadOnlyHint />
              ) : (
                form.dirty && <span className="panel__dirty">Unsaved changes</span>
              )}
              <button type="button" className="button" onClick={discardAndClose}>
                Cancel
              </button>
              <button
                type="submit"
                className="button button--primary"
                disabled={!form.dirty || form.submitting || readOnly}
                title={readOnly ? READ_ONLY_REASON : undefined}
              >
                Save changes
              </button>
            </>
          )}
        </footer>
      </form>
    </aside>
  )
}
