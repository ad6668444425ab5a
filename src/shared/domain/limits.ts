/**
 * Upper bounds on every user-entered field. They are generous for a person typing, and small enough
 * that a hostile or runaway payload cannot bloat the store file or freeze the UI.
 */
export const LIMITS = {
  shortText: 200,
  url: 2048,
  email: 254,
  phone: 40,
  topic: 500,
  topics: 50,
  interviewers: 20,
  notes: 20_000,
  signature: 2_000,
  activity: 1_000,
  cards: 100_000,
} as const

/** Dates outside this range are almost certainly typing mistakes (a year of 20225, say). */
export const EARLIEST_YEAR = 1990
export const LATEST_YEAR = 2100
