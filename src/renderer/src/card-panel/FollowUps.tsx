import { useEffect, useId, useRef, useState } from 'react'
import { standingOf } from '@shared/cadence/never-silent'
import { visitProgress } from '@shared/cadence/visit'
import { nextStage } from '@shared/domain/board'
import { STAGE_LABELS } from '@shared/domain/interview'
import { type Card } from '@shared/domain/card'
import { STAGE_HINTS } from '../board/stage-hints'
import { formatDueDateTime } from '../common/due-format'
import { CheckIcon, ReplyIcon } from '../common/icons'
import { STAGE_MESSAGE } from '../common/stage-message'
import { useBoard, useBoardActions } from '../state/board-context'
import type { SnoozeChoice } from '../state/board-store'
import { planOf } from '../state/plans'
import { selectReadOnly } from '../state/selectors'
import { PersonRow, SuggestionRow } from './FollowUpRows'

/**
 * The open card's follow-ups for its current stage: one row per interviewer, what is due and when,
 * and the buttons to record what happened. Each row carries `data-key` (the reminder's key), so a
 * clicked reminder can bring its row into view.
 */
export function FollowUps({ card }: { card: Card }) {
  const actions = useBoardActions()
  const settings = useBoard((s) => s.settings)
  const now = useBoard((s) => s.now)
  const focus = useBoard((s) => s.followUpFocus)
  const readOnly = useBoard(selectReadOnly)
  const [busy, setBusy] = useState(false)
  const sectionRef = useRef<HTMLElement>(null)
  const titleId = useId()

  // A clicked reminder: after the panel has taken focus on opening, hand it to the row.
  useEffect(() => {
    if (!focus || focus.cardId !== card.id) return
    const frame = requestAnimationFrame(() => {
      const section = sectionRef.current
      if (!section) return
      const row =
        focus.key === null
          ? null
          : section.querySelector<HTMLElement>(`[data-key="${CSS.escape(focus.key)}"]`)
      const target = row ?? section
      target.scrollIntoView({ block: 'nearest' })
      target.focus({ preventScroll: true })
      actions.followUpFocused(focus.seq)
    })
    return () => cancelAnimationFrame(frame)
  }, [focus, card.id, actions])

  // After a request, focus stays in the section if the pressed button is gone (a row now "Sent").
  const refocus = useRef<{ key: string | null } | null>(null)
  const [settled, setSettled] = useState(0)
  useEffect(() => {
    const pending = refocus.current
    refocus.current = null
    const section = sectionRef.current
    const active = document.activeElement
    if (!pending || !section || (active && active !== document.body && active.isConnected)) return
    const key = pending.key
    const row =
      key === null ? null : section.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)
    ;(row ?? section).focus({ preventScroll: true })
  }, [settled])

  /** Runs one request at a time. */
  const run = async (work: () => Promise<unknown>, key: string | null) => {
    if (busy) return
    setBusy(true)
    try {
      await work()
    } finally {
      refocus.current = { key }
      setBusy(false)
      setSettled((n) => n + 1)
    }
  }

  const plan = planOf(card, settings)
  const at = new Date(now)
  const { timeZone } = settings
  const people = plan.filter((item) => item.kind !== 'close-suggestion')
  const suggestion = plan.find((item) => item.kind === 'close-suggestion') ?? null
  const unsent = people.filter((item) => item.sentAt === null)
  // A reply counts for the stage the card is in now, not for an earlier stay in it.
  const repliedAt =
    card.stage === 'closed' ? null : visitProgress(card, card.followUps, card.stage).repliedAt
  const standing = standingOf(card, plan)

  const rowProps = {
    card,
    now: at,
    timeZone,
    busy,
    onSnooze: (key: string, choice: SnoozeChoice) =>
      run(() => actions.snooze(card.id, key, choice), key),
  }

  return (
    <section
      ref={sectionRef}
      className="follow-ups"
      id="follow-ups"
      aria-labelledby={titleId}
      aria-busy={busy}
      tabIndex={-1}
    >
      <header className="follow-ups__header">
        <h3 className="form-section__title" id={titleId}>
          Follow-ups
        </h3>
        <p className="form-section__hint">{STAGE_HINTS[card.stage]}</p>
      </header>

      {/* Read-only: nothing can be recorded, so every button in here is disabled at once. */}
      <fieldset className="follow-ups__body" disabled={readOnly}>
        {repliedAt !== null ? (
          <Replied card={card} repliedAt={repliedAt} timeZone={timeZone} />
        ) : plan.length === 0 ? (
          <p className="follow-ups__empty">
            {card.stage === 'closed'
              ? 'Closed — no more follow-ups for this interview.'
              : 'Add the people who interviewed you below, and Foothold will plan a note for each.'}
          </p>
        ) : (
          <ul className="follow-ups__list">
            {people.map((item) => (
              <PersonRow
                key={item.key}
                item={item}
                person={card.interviewers.find((i) => i.id === item.interviewerId)}
                onMarkSent={() =>
                  run(() => actions.markSent(card.id, item.stage, [item.interviewerId!]), item.key)
                }
                {...rowProps}
              />
            ))}
            {suggestion && (
              <SuggestionRow
                item={suggestion}
                onClose={() =>
                  run(() => actions.moveCard(card.id, 'closed', 'no-response'), suggestion.key)
                }
                {...rowProps}
              />
            )}
          </ul>
        )}

        {/* Only a board from elsewhere gets here: everything sent, and the card never moved on. */}
        {standing.kind === 'silent' && (
          <p className="follow-ups__empty">
            Everyone here has their {STAGE_MESSAGE[card.stage]}: move the card on when you are
            ready.
          </p>
        )}
        {repliedAt === null && people.length > 0 && (
          <div className="follow-ups__actions">
            {unsent.length > 0 && (
              <button
                type="button"
                className="button button--small"
                onClick={() => run(() => actions.markSent(card.id, card.stage, 'all'), null)}
              >
                <CheckIcon />
                Mark all sent
              </button>
            )}
            {card.stage !== 'closed' && (
              <button
                type="button"
                className="button button--small"
                title={`Stop the ${STAGE_MESSAGE[card.stage]} reminders: they got back to you`}
                onClick={() => run(() => actions.markReplied(card.id), null)}
              >
                <ReplyIcon />
                They replied
              </button>
            )}
          </div>
        )}
      </fieldset>
    </section>
  )
}

function Replied({
  card,
  repliedAt,
  timeZone,
}: {
  card: Card
  repliedAt: string
  timeZone: string
}) {
  const actions = useBoardActions()
  const next = nextStage(card.stage)
  return (
    <div className="follow-ups__replied">
      <p>
        They replied ({formatDueDateTime(repliedAt, timeZone)}). No more {STAGE_MESSAGE[card.stage]}{' '}
        reminders: move the card on when you are ready.
      </p>
      <div className="follow-ups__actions">
        {next !== null && next !== 'closed' && (
          <button
            type="button"
            className="button button--small"
            onClick={() => actions.requestMove(card.id, next)}
          >
            Move to {STAGE_LABELS[next]}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => actions.askOutcome(card.id)}
        >
          Close…
        </button>
      </div>
    </div>
  )
}
