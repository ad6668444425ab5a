import { matchesQuery } from '@shared/domain/board'
import { STAGES, type Stage } from '@shared/domain/interview'
import { type Card } from '@shared/domain/card'
import type { BoardState } from './board-store'
import { boardOrder, needsAction } from '@shared/board-view/order'
import { isSample } from '@shared/sample/is-sample'
import { planOf } from './plans'

/** Main will not write the data file (see the read-only banner): every change would fail. */
export const selectReadOnly = (state: Pick<BoardState, 'status'>): boolean => state.status.readOnly

/** True while only main's first screen is in and the rest of the cards are on their way. */
export const selectWaitingForRest = (state: Pick<BoardState, 'onTheWay'>): boolean =>
  state.onTheWay !== null

/** Sample cards in the window, counted again only when the cards change. */
const countSamples = (() => {
  let lastCards: BoardState['cards'] | null = null
  let last = 0
  return (cards: BoardState['cards']) => {
    if (cards !== lastCards) {
      last = Object.values(cards).filter(isSample).length
      lastCards = cards
    }
    return last
  }
})()

/** How many sample cards the board holds, counting those still on their way. */
export const selectSampleCount = (state: Pick<BoardState, 'cards' | 'onTheWay'>): number =>
  countSamples(state.cards) + (state.onTheWay?.samples ?? 0)

/** How many interviews the board holds, counting those still on their way from main. */
export const selectCardCount = (state: Pick<BoardState, 'cards' | 'onTheWay'>): number =>
  Object.keys(state.cards).length +
  (state.onTheWay ? Object.values(state.onTheWay.byStage).reduce((a, b) => a + b, 0) : 0)

export interface VisibleCards {
  /** Ids of the cards matching the search (and the "Due" filter), per column, due first. */
  byStage: Readonly<Record<Stage, readonly string[]>>
  total: number
  matching: number
}

type VisibleInput = Pick<BoardState, 'cards' | 'query' | 'settings' | 'dueOnly' | 'now'>

/**
 * Columns subscribe to this many times per store change, so the work is done once per
 * (cards, query, filter) rather than once per column. Plans come from the per-card cache, so a
 * change to one card re-plans only that card; the clock matters only while the "Due" filter is on.
 */
export function createVisibleCardsSelector(): (state: VisibleInput) => VisibleCards {
  let last: VisibleCards | null = null
  let lastInput: [unknown, unknown, unknown, unknown, unknown] | null = null
  // Per column, the cards last sorted: a drop changes two columns, and only those are sorted again.
  const sorted = new Map<Stage, { members: Card[]; settings: unknown; ids: string[] }>()
  return ({ cards, query, settings, dueOnly, now }) => {
    const input = [cards, query, settings, dueOnly, dueOnly ? now : 0] as const
    if (last && lastInput && input.every((value, i) => value === lastInput![i])) return last
    const all = Object.values(cards)
    const plans = new Map(all.map((card) => [card, planOf(card, settings)]))
    const at = new Date(now)
    const shown = all.filter(
      (card) =>
        (query.trim() === '' || matchesQuery(card, query)) &&
        (!dueOnly || needsAction(plans.get(card)!, at, settings.timeZone)),
    )
    const order = boardOrder((card) => plans.get(card)!)
    const byStage = Object.fromEntries(STAGES.map((stage) => [stage, [] as Card[]])) as Record<
      Stage,
      Card[]
    >
    for (const card of shown) byStage[card.stage].push(card)
    const ids = Object.fromEntries(
      STAGES.map((stage) => {
        const members = byStage[stage]
        const before = sorted.get(stage)
        if (before && before.settings === settings && sameMembers(before.members, members)) {
          return [stage, before.ids]
        }
        const ids = [...members].sort(order).map((card) => card.id)
        sorted.set(stage, { members, settings, ids })
        return [stage, ids]
      }),
    ) as Record<Stage, string[]>
    lastInput = [...input]
    last = { byStage: ids, total: all.length, matching: shown.length }
    return last
  }
}

function sameMembers(a: readonly Card[], b: readonly Card[]): boolean {
  return a.length === b.length && a.every((card, i) => card === b[i])
}

export const selectVisibleCards = createVisibleCardsSelector()

type DueInput = Pick<BoardState, 'cards' | 'settings' | 'now'>

/**
 * The "Due" pill: how many cards need action now (countDue's rule). Counted again only when cards or
 * time change, and then from per-card answers, so a change to one card checks one card.
 */
export function createDueCountSelector(): (state: DueInput) => number {
  let lastCards: DueInput['cards'] | null = null
  let lastSettings: DueInput['settings'] | null = null
  let lastNow = 0
  let last = 0
  return ({ cards, settings, now }) => {
    if (cards === lastCards && settings === lastSettings && now === lastNow) return last
    const at = new Date(now)
    let count = 0
    for (const card of Object.values(cards)) {
      if (needsAction(planOf(card, settings), at, settings.timeZone)) count++
    }
    last = count
    lastCards = cards
    lastSettings = settings
    lastNow = now
    return last
  }
}

const countDueCards = createDueCountSelector()

/** The "Due" pill's number: the cards in the window that need action now, and those on their way. */
export const selectDueCount = (state: DueInput & Pick<BoardState, 'onTheWay'>): number =>
  countDueCards(state) + (state.onTheWay?.due ?? 0)
