import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { TONES, type Stage, type Tone } from '@shared/domain/interview'
import { type Card } from '@shared/domain/card'
import {
  DRAFT_CHANNELS,
  lintDraft,
  type Draft,
  type DraftChannel,
  type TextRange,
} from '@shared/drafts'
import { CHANNEL_LABELS } from '../board/due-text'
import { ChannelIcon } from '../common/ChannelIcon'
import { CheckIcon, CopyIcon, MailIcon, ResetIcon } from '../common/icons'
import { READ_ONLY_REASON } from '../common/ReadOnlyHint'
import { useBoardActions } from '../state/board-context'
import { useCommandHandler } from '../shortcuts/command-handlers'
import { STAGE_MESSAGE } from '../common/stage-message'
import type { CopiedPart } from './draft-messages'
import {
  BODY_LABELS,
  COPY_LABELS,
  mailAppBlocker,
  noteCounter,
  recipientLine,
  saveStatusText,
  SENT_QUESTIONS,
  shownDraft,
  type DraftText,
} from './draft-view'
import { DraftFindings } from './DraftFindings'
import { useDraftText } from './use-draft-text'

const TONE_LABELS: Record<Tone, string> = { formal: 'Formal', casual: 'Casual' }

export interface DraftEditorProps {
  card: Card
  stage: Stage
  /** The draft as its template writes it, on the chosen channel and in the chosen tone. */
  template: Draft
  /** The edit kept with the card for this stage, interviewer and channel. */
  saved: DraftText | null
  /** The other interviewers' drafts of this stage, to spot one note sent to everyone. */
  others: readonly Draft[]
  readOnly: boolean
  onChannel(channel: DraftChannel): void
  onTone(tone: Tone): void
  /** After "Yes, I sent it" was recorded. */
  onSent(): void
}

/** One interviewer's draft: how it goes out, its text, advice on it, and the ways out of Foothold. */
export function DraftEditor(props: DraftEditorProps) {
  const { card, stage, template, saved, others, readOnly } = props
  const actions = useBoardActions()
  const id = useId()
  const subjectRef = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const { channel, interviewerId } = template
  const address = { id: card.id, stage, interviewerId, channel }
  const text = useDraftText({ address, template, saved })
  const { draft, edited } = shownDraft(template, saved, text.typed)
  const findings = lintDraft(draft, { otherDrafts: others })
  const interviewer = card.interviewers.find((i) => i.id === interviewerId)!
  const blocker = mailAppBlocker(channel, interviewer)
  const to = recipientLine(draft)
  const counter = channel === 'linkedin' ? noteCounter(draft.body) : null
  const isEmail = channel === 'email'

  // Once the person writes or resets, this channel stays on screen whatever the saved edits say.
  const edit = (change: Partial<DraftText>) => {
    props.onChannel(channel)
    text.change({ subject: draft.subject, body: draft.body, ...change })
  }
  const reset = () => {
    props.onChannel(channel)
    void text.reset({ subject: draft.subject, body: draft.body })
  }

  /** One request at a time; a successful one asks whether the message went out. */
  const send = async (work: () => Promise<boolean>) => {
    if (busy) return
    setBusy(true)
    try {
      if (await work()) setAsking(true)
    } finally {
      setBusy(false)
    }
  }
  const shown = { ...address, subject: draft.subject, body: draft.body }
  const copy = (part: CopiedPart) => {
    void text.flush()
    void send(() => actions.copyDraft({ ...shown, part }))
  }
  const openInMailApp = () => {
    void text.flush()
    void send(() => actions.openInMailApp(shown))
  }
  const markSent = async () => {
    if (busy) return
    setBusy(true)
    const done = await actions.markSent(card.id, stage, [interviewerId])
    setBusy(false)
    if (done) props.onSent()
  }

  // The shortcuts (and the app menu) copy and mark sent the draft on screen.
  useCommandHandler('copyDraft', readOnly ? null : () => copy('all'))
  useCommandHandler('markSent', readOnly ? null : () => void markSent())

  const showRange = (range: TextRange) => {
    const field = range.field === 'subject' ? subjectRef.current : bodyRef.current
    field?.focus()
    field?.setSelectionRange(range.start, range.end)
  }

  // Enter in the subject would submit the card's form around the panel.
  const onSubjectKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') event.preventDefault()
  }

  const statusText = saveStatusText(text.status, edited)
  const disabledReason = readOnly ? READ_ONLY_REASON : undefined

  return (
    <div className="draft" data-testid="draft" data-channel={channel}>
      <div className="draft__options">
        <Segmented
          legend="Send as"
          options={DRAFT_CHANNELS}
          value={channel}
          label={(option) => (
            <>
              <ChannelIcon channel={option} />
              {CHANNEL_LABELS[option]}
            </>
          )}
          onChange={props.onChannel}
        />
        <Segmented
          legend="Tone"
          options={TONES}
          value={template.tone}
          label={(tone) => TONE_LABELS[tone]}
          disabled={edited || readOnly}
          describedBy={edited ? `${id}-tone-hint` : undefined}
          onChange={props.onTone}
        />
      </div>
      {edited && (
        <p className="draft__hint" id={`${id}-tone-hint`}>
          Your own wording keeps its tone. Reset to the template to switch it.
        </p>
      )}

      {isEmail && (
        <div className="field">
          <div className="draft__label-row">
            <label className="field__label" htmlFor={`${id}-subject`}>
              Subject
            </label>
            {to && <span className="draft__to">{to}</span>}
          </div>
          <input
            ref={subjectRef}
            id={`${id}-subject`}
            className="input"
            value={draft.subject}
            spellCheck
            readOnly={readOnly}
            onChange={(event) => edit({ subject: event.target.value })}
            onBlur={() => void text.flush()}
            onKeyDown={onSubjectKeyDown}
          />
        </div>
      )}

      <div className="field">
        <div className="draft__label-row">
          <label className="field__label" htmlFor={`${id}-body`}>
            {BODY_LABELS[channel]}
          </label>
          {!isEmail && to && <span className="draft__to">{to}</span>}
          {counter && (
            <span
              className={`draft__counter${counter.over ? ' draft__counter--over' : ''}`}
              id={`${id}-counter`}
              data-testid="note-counter"
              title={counter.description}
            >
              {counter.text}
            </span>
          )}
        </div>
        <textarea
          ref={bodyRef}
          id={`${id}-body`}
          className={`input textarea draft__body draft__body--${channel}`}
          value={draft.body}
          spellCheck
          readOnly={readOnly}
          aria-describedby={counter ? `${id}-counter` : undefined}
          aria-invalid={counter?.over ? true : undefined}
          onChange={(event) => edit({ body: event.target.value })}
          onBlur={() => void text.flush()}
        />
      </div>

      <div className="draft__status-row">
        <span
          className={`draft__status draft__status--${text.status.kind}`}
          data-testid="draft-status"
          role={text.status.kind === 'failed' ? 'alert' : undefined}
        >
          {text.status.kind === 'saved' && <CheckIcon />}
          {statusText}
        </span>
        {edited && (
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={readOnly}
            title={disabledReason}
            onClick={reset}
          >
            <ResetIcon />
            Reset to template
          </button>
        )}
      </div>

      <DraftFindings findings={findings} onShow={showRange} />

      <div className="draft__export">
        <div className="draft__copy" role="group" aria-label="Copy">
          <button
            type="button"
            className="button button--small button--primary"
            aria-disabled={busy}
            disabled={readOnly}
            title={disabledReason}
            onClick={() => copy('all')}
          >
            <CopyIcon />
            {COPY_LABELS[channel]}
          </button>
          {isEmail &&
            (['subject', 'body'] as const).map((part) => (
              <button
                key={part}
                type="button"
                className="button button--small"
                aria-label={`Copy ${part}`}
                aria-disabled={busy}
                disabled={readOnly}
                title={disabledReason ?? `Copy only the ${part}`}
                onClick={() => copy(part)}
              >
                {part === 'subject' ? 'Subject' : 'Body'}
              </button>
            ))}
        </div>
        <span className="draft__spacer" />
        <button
          type="button"
          className="button button--small"
          aria-disabled={busy}
          disabled={blocker !== null || readOnly}
          title={blocker ?? disabledReason}
          aria-describedby={blocker ? `${id}-mail-hint` : undefined}
          onClick={openInMailApp}
        >
          <MailIcon />
          Open in mail app
        </button>
      </div>
      {blocker && (
        <p className="draft__hint" id={`${id}-mail-hint`}>
          {blocker}
        </p>
      )}

      {asking && (
        <div className="draft__ask" role="group" aria-labelledby={`${id}-ask`}>
          <div className="draft__ask-text">
            <p className="draft__ask-question" id={`${id}-ask`}>
              {SENT_QUESTIONS[channel]}
            </p>
            <p className="draft__ask-hint">
              Yes marks the {STAGE_MESSAGE[stage]} to {interviewer.name} as sent.
            </p>
          </div>
          <button
            type="button"
            className="button button--small button--primary"
            aria-disabled={busy}
            onClick={() => void markSent()}
          >
            <CheckIcon />
            Yes
          </button>
          <button type="button" className="button button--small" onClick={() => setAsking(false)}>
            Not yet
          </button>
        </div>
      )}
    </div>
  )
}

/** A few options shown as one pill; real radios underneath, for the keyboard and screen readers. */
function Segmented<T extends string>(props: {
  legend: string
  options: readonly T[]
  value: T
  label(option: T): ReactNode
  disabled?: boolean
  describedBy?: string
  onChange(option: T): void
}) {
  const name = useId()
  return (
    <fieldset
      className="field segmented"
      disabled={props.disabled}
      aria-describedby={props.describedBy}
    >
      <legend className="field__label">{props.legend}</legend>
      <div className="segmented__options">
        {props.options.map((option) => (
          <label key={option} className="segmented__option draft__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            {props.label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
