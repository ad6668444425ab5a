import type { SetAsideCard, StoreNotice } from '../ipc/contract'
import { LIMITS } from '../domain/limits'
import { quotedFileText } from '../safe-text'
import type { UnreadableCard } from './store-format'

/**
 * The file that keeps interviews Foothold could not read: each card exactly as the data file had
 * it, with its place in the file and what is wrong with it. JSON, so the person (or Foothold
 * support) can fix a card and put it back.
 */
export function setAsideText(cards: readonly UnreadableCard[], from: string, at: Date): string {
  const about =
    'Interviews Foothold could not read in its data file. Each is kept here exactly as the ' +
    'file had it, with what is wrong with it; the rest of the board was loaded as usual.'
  const entries = cards.map(
    (card) =>
      `  {\n   "interview": ${card.number},\n   "reason": ${JSON.stringify(card.reason)},\n` +
      `   "card": ${card.text}\n  }`,
  )
  return (
    `{\n "about": ${JSON.stringify(about)},\n "from": ${JSON.stringify(from)},\n` +
    ` "setAsideAt": ${JSON.stringify(at.toISOString())},\n "cards": [\n${entries.join(',\n')}\n ]\n}\n`
  )
}

// The banner lists them all, up to this many; the file always holds every one.
export const LISTED_SET_ASIDE = 100

/** The banner's account of cards set aside from `file` into `keptAs`. */
export function salvagedNotice(
  cards: readonly UnreadableCard[],
  keptAs: string,
  file: string,
): Extract<StoreNotice, { kind: 'salvaged' }> {
  const label = (text: string | null) =>
    text === null ? null : quotedFileText(text, LIMITS.shortText)
  return {
    kind: 'salvaged',
    count: cards.length,
    cards: cards.slice(0, LISTED_SET_ASIDE).map((card): SetAsideCard => ({
      number: card.number,
      company: label(card.company),
      position: label(card.position),
      reason: quotedFileText(card.reason, 1000),
    })),
    keptAs,
    file,
  }
}
