import { useId, useState } from 'react'
import { OUTCOMES, OUTCOME_LABELS, type Outcome } from '@shared/domain/interview'
import { useBoard, useBoardActions } from '../state/board-context'
import { Modal } from './Modal'

const OUTCOME_HINTS: Record<Outcome, string> = {
  offer: 'They made you an offer.',
  rejected: 'They told you it is a no.',
  'position-filled': 'Someone else got the role.',
  'no-response': 'You followed up and heard nothing back.',
  withdrew: 'You decided to step out.',
}

/** Closing a card needs to know how it ended; cancelling leaves the card where it was. */
export function OutcomeDialog() {
  const card = useBoard((s) => (s.closingCardId === null ? null : s.cards[s.closingCardId]))
  return card ? (
    <OutcomeForm key={card.id} cardId={card.id} company={card.company} current={card.outcome} />
  ) : null
}

interface OutcomeFormProps {
  cardId: string
  company: string
  current: Outcome | null
}

function OutcomeForm({ cardId, company, current }: OutcomeFormProps) {
  const actions = useBoardActions()
  const titleId = useId()
  const [outcome, setOutcome] = useState<Outcome | null>(current)
  const [missing, setMissing] = useState(false)

  return (
    <Modal labelledBy={titleId} className="modal--small" onCancel={actions.cancelClose}>
      <form
        className="modal__form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!outcome) {
            setMissing(true)
            return
          }
          actions.confirmClose(outcome)
          // The card is drawn anew in Closed; the element that had focus may be gone.
          actions.reveal(cardId)
        }}
      >
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            Close {company}
          </h2>
          <p className="modal__subtitle">Choose the outcome to close this card.</p>
        </header>
        <div className="modal__body">
          <fieldset
            className="choice-list"
            aria-describedby={missing ? `${titleId}-missing` : undefined}
          >
            <legend className="visually-hidden">Outcome</legend>
            {OUTCOMES.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="outcome"
                  value={value}
                  aria-label={OUTCOME_LABELS[value]}
                  aria-describedby={`${titleId}-${value}`}
                  checked={outcome === value}
                  onChange={() => {
                    setOutcome(value)
                    setMissing(false)
                  }}
                />
                <span className="choice__text" aria-hidden="true">
                  <span className="choice__label">{OUTCOME_LABELS[value]}</span>
                  <span className="choice__hint" id={`${titleId}-${value}`}>
                    {OUTCOME_HINTS[value]}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          {missing && (
            <p className="field__error" id={`${titleId}-missing`}>
              Choose how it ended.
            </p>
          )}
        </div>
        <footer className="modal__footer">
          <button type="button" className="button" onClick={actions.cancelClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Close card
          </button>
        </footer>
      </form>
    </Modal>
  )
}
