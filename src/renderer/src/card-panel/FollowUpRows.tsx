import { useId, useState } from 'react'
import { dueState, needsActionNow, type FollowUpItem } from '@shared/cadence/plan'
import type { Interviewer } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { CHANNEL_LABELS } from '../board/due-text'
import { ChannelIcon } from '../common/ChannelIcon'
import { formatDueDateTime } from '../common/due-format'
import { rowWhen } from '../common/follow-up-when'
import { CheckIcon } from '../common/icons'
import { STAGE_MESSAGE } from '../common/stage-message'
import type { SnoozeChoice } from '../state/board-store'
import { CustomSnooze } from './CustomSnooze'
import { ROW_STATE_LABELS, rowState, rowWhy } from './follow-up-text'
import { SnoozeMenu } from './SnoozeMenu'

// The rows of the follow-ups list: one per person to write to, and the suggestion to close.

interface RowProps {
  item: FollowUpItem
  card: Card
  now: Date
  timeZone: string
  busy: boolean
  onSnooze(key: string, choice: SnoozeChoice): void
}

export function PersonRow({
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
export function SuggestionRow({
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
