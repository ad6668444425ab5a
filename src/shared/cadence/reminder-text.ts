import type { Card } from '../domain/card'
import type { FollowUpItem } from './plan'

export interface ReminderNotice {
  title: string
  body: string
  /** The card a click opens, and the follow-up to scroll to. */
  cardId: string
  key: string
}

export interface DueReminder {
  card: Card
  item: FollowUpItem
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name
}

/** What one due follow-up asks of the person, in a notification's few words. */
export function describeReminder({ card, item }: DueReminder): ReminderNotice {
  const who = card.interviewers.find((i) => i.id === item.interviewerId)
  const name = who?.name ?? 'your interviewer'
  const role = `${card.company}, ${card.position}`
  const base = { cardId: card.id, key: item.key }
  if (item.kind === 'close-suggestion') {
    return {
      ...base,
      title: `No reply from ${card.company} yet`,
      body: `Your follow-ups for ${card.position} are done. Close the card as "No response" and put your energy into what is next.`,
    }
  }
  if (item.kind === 'stay-in-touch') {
    return {
      ...base,
      title: `Stay in touch with ${name}`,
      body: `${role}: a short, friendly hello keeps the door open.`,
    }
  }
  const call = item.channel === 'call'
  switch (item.stage) {
    case 'thank-you':
      return {
        ...base,
        title: `Thank ${firstName(name)} for the interview`,
        body: item.askForTopics
          ? `${role}. While it is fresh, note what you talked about, then send your thank-you.`
          : `${role}. A thank-you sent within a day is remembered.`,
      }
    case 'check-in':
      return {
        ...base,
        title: call ? `Call ${name} to check in` : `Check in with ${name}`,
        body: `${role}: ask how things are moving and what the next step is.`,
      }
    default:
      return {
        ...base,
        title: call ? `One last call to ${name}` : `One last follow-up to ${name}`,
        body: `${role}: a brief, friendly note; after this one, Foothold stops nudging.`,
      }
  }
}

/** One notification for everything due at once: never a flood. */
export function summarizeReminders(due: readonly DueReminder[]): ReminderNotice {
  if (due.length === 1) return describeReminder(due[0]!)
  const first = due[0]!
  const names = [...new Set(due.map((d) => d.card.company))]
  const shown = names.slice(0, 3).join(', ')
  const more = names.length > 3 ? ` and ${names.length - 3} more` : ''
  return {
    title: `${due.length} follow-ups are due`,
    body: `${shown}${more}. Open Foothold to see them.`,
    cardId: first.card.id,
    key: first.item.key,
  }
}
