import type { Card } from '@shared/domain/card'
import type { FootholdApi } from '@shared/ipc/contract'

/*
 * The store is one zustand store made of slices (the zustand docs' "slices pattern"), one per
 * feature area. A slice is a function of this kit, typed with only the slices it uses: those below
 * it, so the imports between slices run one way (see board-store.ts for the order).
 */

/** Changes data, never the actions: those are set once, when the store is made. */
export type SetState<S> = (
  partial: Partial<Omit<S, 'actions'>> | ((state: S) => Partial<Omit<S, 'actions'>>),
) => void

export interface SliceKit<S> {
  set: SetState<S>
  get: () => S
  api: FootholdApi
  /** The clock; tests pass their own. */
  now: () => Date
  /** A number not handed out before by this store: tells one request from the next. */
  nextSeq: () => number
}

export function byId(cards: readonly Card[]): Record<string, Card> {
  return Object.fromEntries(cards.map((card) => [card.id, card]))
}
