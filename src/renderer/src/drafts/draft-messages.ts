import type { DraftChannel } from '@shared/domain/template-keys'
import type { DraftNote } from '../state/toast-notes'

/** What a draft is called in a sentence: "the email", "the LinkedIn note". */
export const DRAFT_NOUNS: Record<DraftChannel, string> = {
  email: 'email',
  linkedin: 'LinkedIn note',
  call: 'call script',
}

export type CopiedPart = 'all' | 'subject' | 'body'

/** The toast after a copy: what is on the clipboard now, and for whom. */
export function copiedMessage(part: CopiedPart, channel: DraftChannel, name: string): string {
  if (channel === 'email' && part === 'subject') return `Copied the subject of the email to ${name}`
  if (channel === 'email' && part === 'body') return `Copied the message to ${name}`
  if (channel === 'email') return `Copied the email to ${name}, subject and message`
  return `Copied the ${DRAFT_NOUNS[channel]} for ${name}`
}

/** The toast after "Open in mail app"; a mail link has a length limit, so say when it was cut. */
export function mailAppMessage(name: string, shortened: boolean): string {
  return shortened
    ? `Opened the email to ${name} in your mail app. It was too long for a mail link, so its end was cut: use Copy body for the whole text.`
    : `Opened the email to ${name} in your mail app`
}

export function resetMessage(channel: DraftChannel, name: string): string {
  return `The ${DRAFT_NOUNS[channel]} for ${name} is back to the template`
}

export const RESTORED_MESSAGE = 'Your wording is back'

/** The words of a toast about a draft; a person no longer on the card is "them". */
export function draftToastText(note: DraftNote): string {
  switch (note.kind) {
    case 'reset':
      return resetMessage(note.channel, note.name ?? 'them')
    case 'reset-refused':
      return `Couldn't reset the draft: ${note.reason}`
    case 'copied':
      return copiedMessage(note.part, note.channel, note.name ?? 'them')
    case 'copy-refused':
      return `Couldn't copy the draft: ${note.reason}`
    case 'mail-opened':
      return mailAppMessage(note.name ?? 'them', note.shortened)
    case 'mail-refused':
      return `Couldn't open your mail app: ${note.reason}`
    case 'wording-back':
      return RESTORED_MESSAGE
  }
}
