import { STAGE_LABELS, type Interviewer, type Stage } from '@shared/domain/interview'
import { formatDueDateTime } from '../common/due-format'
import { listNames } from '../common/list-names'
import { STAGE_MESSAGE } from '../common/stage-message'
import type { FollowUpNote } from '../state/toast-notes'

type People = readonly Pick<Interviewer, 'id' | 'name'>[]

function recipients(all: People, who: 'all' | readonly string[]): string {
  if (who === 'all' || (all.length > 1 && all.every((i) => who.includes(i.id)))) {
    return all.length === 1 ? all[0]!.name : 'all interviewers'
  }
  const names = all.filter((i) => who.includes(i.id)).map((i) => i.name)
  return names.length > 0 ? listNames(names) : 'them'
}

/** The toast after "Mark sent": says who, and where the card went if it moved on by itself. */
export function markSentMessage(
  card: { company: string; interviewers: People },
  stage: Stage,
  who: 'all' | readonly string[],
  advancedTo: Stage | null,
): string {
  const to = recipients(card.interviewers, who)
  if (advancedTo !== null) {
    return `Sent to ${to} — moved ${card.company} to ${STAGE_LABELS[advancedTo]}`
  }
  return `Marked the ${STAGE_MESSAGE[stage]} to ${to} as sent`
}

export function repliedMessage(card: { company: string; stage: Stage }): string {
  return `Noted that ${card.company} replied — no more ${STAGE_MESSAGE[card.stage]} reminders`
}

/** The toast after saving a card's details; an edit that completed its stage moved it on. */
export function savedMessage(before: { stage: Stage }, saved: { company: string; stage: Stage }) {
  if (saved.stage === before.stage) return `Saved changes to ${saved.company}`
  return `Saved changes to ${saved.company} — everyone on it has their ${STAGE_MESSAGE[before.stage]}, so it moved to ${STAGE_LABELS[saved.stage]}`
}

/** The words of a toast about a card's details and follow-ups. */
export function followUpToastText(note: FollowUpNote): string {
  switch (note.kind) {
    case 'saved':
      return savedMessage({ stage: note.from }, { company: note.company, stage: note.to })
    case 'marked-sent':
      return markSentMessage(note, note.stage, note.sentTo, note.advancedTo)
    case 'mark-sent-refused':
      return `Couldn't mark it sent: ${note.reason}`
    case 'replied':
      return repliedMessage(note)
    case 'reply-refused':
      return `Couldn't note the reply: ${note.reason}`
    case 'snoozed':
      return note.until
        ? `Snoozed until ${formatDueDateTime(note.until, note.timeZone)}`
        : 'Snoozed'
    case 'snooze-refused':
      return `Couldn't snooze: ${note.reason}`
    case 'card-gone':
      return 'That interview is no longer on the board'
  }
}
