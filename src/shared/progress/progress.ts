import type { Card } from '../domain/card'
import type { Settings } from '../domain/settings'
import { withoutSamples } from '../sample/is-sample'
import { followUpTiming, type FollowUpTiming, type TimingLookups } from './follow-up-timing'
import { outcomeCounts, type OutcomeCounts } from './outcomes'
import { interviewsPerWeek, type WeekCount } from './weeks'

export interface ProgressStats {
  interviews: number
  weeks: WeekCount[]
  followUps: FollowUpTiming
  outcomes: OutcomeCounts
}

/**
 * Everything the Progress view shows, from the board as stored and the clock. `lookups` lets a
 * caller answer per card from its caches, so a minute's tick does not plan every card again.
 * Sample interviews are made up, so they count for nothing.
 */
export function progressStats(
  board: readonly Card[],
  settings: Pick<Settings, 'timeZone' | 'cadence'>,
  now: Date,
  lookups?: TimingLookups,
): ProgressStats {
  const cards = withoutSamples(board).kept
  return {
    interviews: cards.length,
    weeks: interviewsPerWeek(cards, now, settings.timeZone),
    followUps: followUpTiming(cards, now, settings, lookups),
    outcomes: outcomeCounts(cards),
  }
}
