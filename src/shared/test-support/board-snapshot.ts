import type { Card } from '../domain/interview'
import { defaultSettings } from '../domain/settings'
import type { BoardSnapshot } from '../ipc/contract'

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
    openCard: null,
    ...overrides,
  }
}
