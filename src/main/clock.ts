/** The only source of "now" in the main process, so tests can move time by days. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
