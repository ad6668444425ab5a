import { useId, useRef, useState } from 'react'
import type { Interviewer, Stage, Tone } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { DRAFT_STAGE_LABELS, type DraftChannel } from '@shared/drafts'
import { useBoard } from '../state/board-context'
import { planOf } from '../state/plans'
import { selectReadOnly } from '../state/selectors'
import { rowWhen } from '../common/follow-up-when'
import {
  draftChannel,
  dueDrafts,
  dueForKey,
  pickDue,
  savedEdit,
  shownDraft,
  templateDraft,
} from './draft-view'
import { DraftEditor } from './DraftEditor'
import { InterviewerTabs } from './InterviewerTabs'

interface Choice {
  channel?: DraftChannel
  tone?: Tone
}

const choiceKey = (stage: Stage, interviewerId: string) => `${stage}:${interviewerId}`

/**
 * The drafts of the open card's due follow-ups: one per interviewer still to write to, each on its
 * own channel and in its own tone. A clicked reminder opens on its interviewer's draft.
 */
export function DraftsSection({ card }: { card: Card }) {
  const settings = useBoard((s) => s.settings)
  const now = useBoard((s) => s.now)
  const focus = useBoard((s) => s.followUpFocus)
  const readOnly = useBoard(selectReadOnly)
  const titleId = useId()
  const panelId = useId()
  const sectionRef = useRef<HTMLElement>(null)
  const due = dueDrafts(planOf(card, settings), card)

  const [picked, setPicked] = useState<string | null>(null)
  const [choices, setChoices] = useState<Readonly<Record<string, Choice>>>({})
  // A reminder for this card was clicked: show its interviewer's draft (once per click).
  const [handledFocus, setHandledFocus] = useState<number | null>(null)
  // The follow-up rows forget it a frame later, once their row is in view.
  if (focus && focus.cardId === card.id && focus.seq !== handledFocus) {
    setHandledFocus(focus.seq)
    const asked = dueForKey(due, focus.key)
    if (asked) setPicked(asked.interviewer.id)
  }

  const current = pickDue(due, picked)
  if (current === null) return null
  const { stage } = current.item
  const at = new Date(now)

  const choose = (interviewerId: string, choice: Choice) =>
    setChoices((all) => {
      const key = choiceKey(stage, interviewerId)
      const next = { ...all[key], ...choice }
      const same = next.channel === all[key]?.channel && next.tone === all[key]?.tone
      return same ? all : { ...all, [key]: next }
    })
  const templateFor = (interviewer: Interviewer) => {
    const choice = choices[choiceKey(stage, interviewer.id)] ?? {}
    return templateDraft({
      card,
      interviewer,
      settings,
      stage,
      now: at,
      channel: draftChannel(card, stage, interviewer, choice.channel),
      tone: choice.tone ?? card.tone,
    })
  }

  const template = templateFor(current.interviewer)
  const saved = savedEdit(card, template)
  const others = card.interviewers
    .filter((i) => i.id !== current.interviewer.id)
    .map((i) => {
      const other = templateFor(i)
      return shownDraft(other, savedEdit(card, other), null).draft
    })
  const edited = new Set(card.drafts.filter((d) => d.stage === stage).map((d) => d.interviewerId))

  // After "Yes, I sent it" this draft is gone: keep focus in the section rather than lose it.
  const onSent = () =>
    requestAnimationFrame(() => {
      const active = document.activeElement
      if (active && active !== document.body && active.isConnected) return
      const section = sectionRef.current
      if (section?.isConnected) section.focus({ preventScroll: true })
    })

  const person = current.interviewer
  return (
    <section
      ref={sectionRef}
      className="drafts"
      aria-labelledby={titleId}
      data-testid="drafts"
      tabIndex={-1}
    >
      <header className="drafts__header">
        <h3 className="form-section__title" id={titleId}>
          {due.length === 1 ? 'Draft' : 'Drafts'} · {DRAFT_STAGE_LABELS[stage]}
        </h3>
        <p className="form-section__hint">
          Written from the card, one for each person. Your edits are kept with it.
        </p>
      </header>

      {due.length > 1 && (
        <InterviewerTabs
          due={due}
          selectedId={person.id}
          panelId={panelId}
          edited={edited}
          channelOf={(i) => draftChannel(card, stage, i, choices[choiceKey(stage, i.id)]?.channel)}
          onSelect={setPicked}
        />
      )}

      <div
        className="drafts__panel"
        id={panelId}
        role={due.length > 1 ? 'tabpanel' : undefined}
        aria-label={due.length > 1 ? `Draft for ${person.name}` : undefined}
      >
        <p className="drafts__for">
          <span className="drafts__person">
            {due.length === 1 && <span className="drafts__name">For {person.name}</span>}
            {person.title && <span className="drafts__title">{person.title}</span>}
          </span>
          <span className="drafts__when">{rowWhen(current.item, at, settings.timeZone)}</span>
        </p>
        <DraftEditor
          key={`${stage}:${person.id}:${template.channel}`}
          card={card}
          stage={stage}
          template={template}
          saved={saved}
          others={others}
          readOnly={readOnly}
          onChannel={(channel) => choose(person.id, { channel })}
          onTone={(tone) => choose(person.id, { tone })}
          onSent={onSent}
        />
      </div>
    </section>
  )
}
