import { OUTCOME_LABELS, STAGE_LABELS, type Activity } from '@shared/domain/interview'
import { DRAFT_STAGE_LABELS } from '@shared/drafts/templates'
import { listNames } from '../common/list-names'

const FIELD_NAMES: Readonly<Record<string, string>> = {
  company: 'company',
  position: 'position',
  jobUrl: 'job link',
  time: 'interview time',
  format: 'format',
  interviewers: 'interviewers',
  topics: 'topics',
  decisionDate: 'decision date',
  tone: 'tone',
  notes: 'notes',
}

const DRAFT_IN_PROSE = { email: 'email', linkedin: 'LinkedIn note', call: 'call script' } as const

/** One line of the activity log, in plain words; `nameOf` turns an interviewer id into a name. */
export function describeActivity(
  entry: Activity,
  nameOf: (interviewerId: string) => string = () => 'an interviewer',
): string {
  switch (entry.kind) {
    case 'created':
      return 'Added to the board'
    case 'moved':
      if (entry.to === 'closed' && entry.outcome) {
        return entry.from === 'closed'
          ? `Outcome changed to ${OUTCOME_LABELS[entry.outcome]}`
          : `Closed as ${OUTCOME_LABELS[entry.outcome]} (from ${STAGE_LABELS[entry.from]})`
      }
      return `Moved from ${STAGE_LABELS[entry.from]} to ${STAGE_LABELS[entry.to]}`
    case 'edited':
      return `Edited ${listNames(entry.fields.map((field) => FIELD_NAMES[field] ?? field))}`
    case 'restored':
      return 'Restored after being deleted'
    case 'copied': {
      const stage = DRAFT_STAGE_LABELS[entry.stage].toLowerCase()
      const draft = `${stage} ${DRAFT_IN_PROSE[entry.channel]} for ${nameOf(entry.interviewerId)}`
      switch (entry.part) {
        case 'all':
          return `Copied the ${draft}`
        case 'subject':
          return `Copied the subject of the ${draft}`
        case 'body':
          return `Copied the text of the ${draft}`
        case 'mail-app':
          return `Opened the ${draft} in the mail app`
      }
    }
  }
}

export function formatActivityTime(at: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(at))
}
