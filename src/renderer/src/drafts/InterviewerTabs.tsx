import { useRef, type KeyboardEvent } from 'react'
import type { Interviewer } from '@shared/domain/interview'
import type { DraftChannel } from '@shared/drafts'
import { ChannelIcon } from '../common/ChannelIcon'
import type { DueDraft } from './draft-view'

const STEPS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
}

/**
 * One tab per interviewer still to write to. Arrow keys, Home and End move between them (and show
 * that draft), Tab goes on into the draft.
 */
export function InterviewerTabs({
  due,
  selectedId,
  panelId,
  edited,
  channelOf,
  onSelect,
}: {
  due: readonly DueDraft[]
  selectedId: string
  panelId: string
  /** Interviewers with a draft of their own wording at this stage. */
  edited: ReadonlySet<string>
  channelOf(interviewer: Interviewer): DraftChannel
  onSelect(interviewerId: string): void
}) {
  const listRef = useRef<HTMLDivElement>(null)

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEPS[event.key]
    if (!step) return
    event.preventDefault()
    const index = due.findIndex((d) => d.interviewer.id === selectedId)
    const next = due[step(index, due.length)]!.interviewer.id
    onSelect(next)
    listRef.current?.querySelector<HTMLElement>(`[data-interviewer="${CSS.escape(next)}"]`)?.focus()
  }

  return (
    <div
      ref={listRef}
      className="draft-tabs"
      role="tablist"
      aria-label="Interviewer"
      onKeyDown={onKeyDown}
    >
      {due.map(({ interviewer }) => {
        const selected = interviewer.id === selectedId
        return (
          <button
            key={interviewer.id}
            type="button"
            role="tab"
            className="draft-tabs__tab"
            data-interviewer={interviewer.id}
            aria-selected={selected}
            aria-controls={selected ? panelId : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(interviewer.id)}
          >
            <ChannelIcon channel={channelOf(interviewer)} />
            <span className="draft-tabs__name">{interviewer.name}</span>
            {edited.has(interviewer.id) && (
              <span className="draft-tabs__edited" title="Edited">
                <span className="visually-hidden">, edited</span>
              </span>
            )}
          </button>
        )
      })}
    </div>
  )
}
