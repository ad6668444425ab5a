import { firstScreenOf } from '../board-view/first-screen'
import { createPlanCache } from '../cadence/plan-cache'
import type { Card } from '../domain/card'
import { defaultSettings } from '../domain/settings'
import type { BoardSnapshot, FirstScreen } from '../ipc/contract'
import { DESKTOP_HOST } from '../ipc/host-info'

/** What main's loadBoard answers for a settled, welcomed board; override what a test cares about. */
export function boardSnapshot(
  cards: Card[],
  overrides: Partial<BoardSnapshot> = {},
): BoardSnapshot {
  return {
    cards,
    settings: defaultSettings('Europe/Berlin'),
    notices: [],
    status: { saving: 'idle', message: null, readOnly: false },
    dataFile: '/data/foothold.json',
    onboarded: true,
    host: DESKTOP_HOST,
    openCard: null,
    ...overrides,
  }
}

/** What main's loadFirstScreen answers for the board a loadBoard answer holds. */
export function firstScreenOfSnapshot(
  { cards, openCard: _openCard, ...rest }: BoardSnapshot,
  now = new Date(),
): FirstScreen {
  return { ...rest, ...firstScreenOf(cards, rest.settings, now, createPlanCache()) }
}
