import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { standingOf } from '../../../shared/cadence/never-silent'
import { dueState, needsActionNow, type FollowUpItem } from '../../../shared/cadence/plan'
import { visitProgress } from '../../../shared/cadence/visit'
import { nextStage } from '../../../shared/domain/board'
import { STAGE_LABELS, type Card, type Interviewer } from '../../../shared/domain/interview'
import { instantToWallTime, wallTimeToInstant } from '../../../shared/domain/zoned-time'
import { CHANNEL_LABELS } from '../board/due-text'
import { STAGE_HINTS } from '../board/stage-hints'
import { ChannelIcon } from '../common/ChannelIcon'
import { formatDueDateTime } from '../common/due-format'
import { CheckIcon, ReplyIcon } from '../common/icons'
import { timeZoneCity } from '../forms/time-zones'
import { useBoard, useBoardActions } from '../state/board-context'
import type { SnoozeChoice } from '../state/board-store'
import { STAGE_MESSAGE } from '../common/stage-message'
import { planOf } from '../state/plans'
import { selectReadOnly } from '../state/selectors'
import { rowWhen } from '../common/follow-up-when'
import { ROW_STATE_LABELS, rowState, rowWhy } from './follow-up-text'
import { SnoozeMenu } from './SnoozeMenu'

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

interface RowProps {
  item: FollowUpItem
  card: Card
  now: Date
  timeZone: string
  busy: boolean
  onSnooze(key: string, choice: SnoozeChoice): void
}

function PersonRow({
  item,
  person,
  card,
  now,
  timeZone,
  busy,
  onSnooze,
  onMarkSent,
}: RowProps & { person: Interviewer | undefined; onMarkSent(): void }) {
  const snooze = useRowSnooze({ item, card, now, timeZone, onSnooze })
  const nameId = useId()
  const state = rowState(item, dueState(item, now, timeZone), now, timeZone)
  const name = person?.name ?? 'Interviewer'
  const what = `the ${STAGE_MESSAGE[item.stage]} to ${name}`

  return (
    <li
      className={`follow-up follow-up--${state}`}
      data-testid="follow-up"
      data-key={item.key}
      data-state={state}
      tabIndex={-1}
    >
      <div className="follow-up__head">
        <span className="follow-up__name" id={nameId}>
          {name}
          {person?.title && <span className="follow-up__title"> · {person.title}</span>}
        </span>
        <span className={`due-badge due-badge--${state}`}>{ROW_STATE_LABELS[state]}</span>
      </div>
      <div className="follow-up__meta">
        {item.channel && (
          <span className="follow-up__channel">
            <ChannelIcon channel={item.channel} />
            {CHANNEL_LABELS[item.channel]}
          </span>
        )}
        <time dateTime={item.sentAt ?? item.dueAt}>{rowWhen(item, now, timeZone)}</time>
      </div>
      {item.sentAt === null && <p className="follow-up__why">{rowWhy(item, timeZone)}</p>}
      {item.askForTopics && item.sentAt === null && <TopicsPrompt />}
      {item.sentAt === null && (
        <div className="follow-up__actions">
          <button
            type="button"
            className="button button--small button--primary"
            aria-describedby={nameId}
            onClick={onMarkSent}
            aria-disabled={busy}
          >
            <CheckIcon />
            Mark sent
          </button>
          {snooze.menu(what, nameId)}
        </div>
      )}
      {snooze.customField}
    </li>
  )
}

/**
 * A row's "Snooze" menu and, once "Custom…" is chosen, its inline date-and-time field (shown
 * below the row's actions).
 */
function useRowSnooze({
  item,
  card,
  now,
  timeZone,
  onSnooze,
}: Pick<RowProps, 'item' | 'card' | 'now' | 'timeZone' | 'onSnooze'>) {
  const [custom, setCustom] = useState(false)
  const menu = (what: string, describedBy: string) => (
    <SnoozeMenu
      card={card}
      what={what}
      describedBy={describedBy}
      onChoose={(choice) => onSnooze(item.key, choice)}
      onCustom={() => setCustom(true)}
    />
  )
  const customField = custom && (
    <CustomSnooze
      timeZone={timeZone}
      now={now}
      onSet={(until) => {
        setCustom(false)
        onSnooze(item.key, { kind: 'custom', until })
      }}
      onCancel={() => setCustom(false)}
    />
  )
  return { menu, customField }
}

/** After the final message: once it is time, suggest letting go, as the advice says. */
function SuggestionRow({
  item,
  card,
  now,
  timeZone,
  busy,
  onSnooze,
  onClose,
}: RowProps & { onClose(): void }) {
  const snooze = useRowSnooze({ item, card, now, timeZone, onSnooze })
  const textId = useId()
  const state = dueState(item, now, timeZone)
  const due = state === 'overdue' || state === 'due-today'
  const snoozed = due && !needsActionNow(item, now, timeZone)
  const when = formatDueDateTime(item.dueAt, timeZone)

  return (
    <li
      className={`follow-up follow-up--suggestion${due && !snoozed ? ' follow-up--suggesting' : ''}`}
      data-testid="follow-up"
      data-key={item.key}
      data-state={snoozed ? 'snoozed' : state}
      tabIndex={-1}
    >
      <p className="follow-up__name" id={textId}>
        {due ? 'No reply yet — close as No response?' : 'If nobody replies'}
      </p>
      <p className="follow-up__note">
        {due
          ? snoozed
            ? `Snoozed until ${formatDueDateTime(item.snoozedUntil!, timeZone)}.`
            : 'Three messages is the cap. Closing it frees your attention; you can still move it back if they write.'
          : `Foothold will suggest closing this card on ${when}. Three messages is the cap.`}
      </p>
      {!due && <p className="follow-up__why">{rowWhy(item, timeZone)}</p>}
      <div className="follow-up__actions">
        <button
          type="button"
          className={`button button--small${due ? ' button--primary' : ''}`}
          aria-describedby={textId}
          aria-disabled={busy}
          onClick={onClose}
        >
          Close as No response
        </button>
        {due && snooze.menu('the suggestion to close', textId)}
      </div>
      {snooze.customField}
    </li>
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

/** The thank-you is better with something you talked about: a nudge to write it down. */
function TopicsPrompt() {
  const addTopics = (event: { currentTarget: HTMLElement }) => {
    const panel = event.currentTarget.closest('.panel')
    const section = panel?.querySelector('[id$="-topics-heading"]')?.closest('section')
    if (!section) return
    const input = section.querySelector<HTMLInputElement>('input')
    if (input) {
      input.focus()
      return
    }
    // No topic rows yet: "Add topic" adds one and focuses it.
    section.querySelector<HTMLButtonElement>('button.button--ghost')?.click()
  }
  return (
    <p className="follow-up__prompt">
      What did you talk about? A topic or two makes the note personal.{' '}
      <button type="button" className="link-button" onClick={addTopics}>
        Add topics
      </button>
    </p>
  )
}

interface CustomSnoozeProps {
  timeZone: string
  now: Date
  onSet(until: string): void
  onCancel(): void
}

/** "Custom…": a date and time in the person's own zone. Not a form: the panel already is one. */
function CustomSnooze({ timeZone, now, onSet, onCancel }: CustomSnoozeProps) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState(() => {
    const wall = instantToWallTime(new Date(now.getTime() + 3_600_000), timeZone)
    return `${wall.date}T${wall.time}`
  })
  const [error, setError] = useState<string | null>(null)
  const nowWall = instantToWallTime(now, timeZone)

  useEffect(() => inputRef.current?.focus(), [])

  const apply = () => {
    const [date = '', time = ''] = value.split('T')
    const until = wallTimeToInstant(date, time.slice(0, 5), timeZone)
    if (!until) {
      setError('Enter a date and time')
      return
    }
    if (until.getTime() <= Date.now()) {
      setError('Choose a time in the future')
      return
    }
    onSet(until.toISOString())
  }
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter would submit the card's form; Escape would close the panel.
    if (event.key === 'Enter') {
      event.preventDefault()
      apply()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    }
  }

  return (
    <div className="custom-snooze" onKeyDown={onKeyDown}>
      <label className="field__label" htmlFor={id}>
        Snooze until ({timeZoneCity(timeZone)} time)
      </label>
      <div className="custom-snooze__row">
        <input
          ref={inputRef}
          id={id}
          className="input"
          type="datetime-local"
          value={value}
          min={`${nowWall.date}T${nowWall.time}`}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value)
            setError(null)
          }}
        />
        <button type="button" className="button button--small button--primary" onClick={apply}>
          Set
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
