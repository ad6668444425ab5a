import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { silenceOf } from '@shared/cadence/never-silent'
import { planCard } from '@shared/cadence/plan'
import { quietUntil } from '@shared/cadence/quiet-hours'
import { addCalendarDays, localDateOf } from '@shared/cadence/workdays'
import type { Channel, Interviewer, Outcome, Stage } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { CHANNELS, OUTCOMES, STAGES } from '@shared/domain/interview'
import type { Settings } from '@shared/domain/settings'
import { methodOfChannel } from '@shared/ipc/methods'
import { isSample } from '@shared/sample/is-sample'
import { sampleDetails } from '@shared/test-support/sample-details'
import { ReminderScheduler } from '../reminders/scheduler'
import { BoardStore } from '../store/board-store'
import { createDispatch } from './dispatch'
import { createHandlers } from './handlers'

/**
 * "An open card is never silent", as a model test of the real main process: random sequences of
 * what a person does (create, move any way, mark sent, they replied, snooze, undo, edit the time,
 * the decision date or the people, change settings, let time pass) go through the IPC dispatch
 * into the handlers and the store on a temporary data folder, with the reminder scheduler on a
 * fake timer. After every step, every card must pass silenceOf, and the scheduler must have every
 * reminder of every card in hand: shown already, or its timer armed no later than it is due.
 *
 * NEVER_SILENT_RUNS=1000 runs it longer.
 */
const RUNS = Number(process.env.NEVER_SILENT_RUNS ?? 100)
const MAX_STEPS = 50

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC']
const MINUTE = 60_000

type Step =
  | {
      kind: 'create'
      people: Channel[]
      /** The interview's end, in minutes from now (mostly in the past). */
      endIn: number
      zone: string
      /** Days from the interview's day; negative ones are nonsense that must be refused. */
      decision: number | null
      topics: boolean
    }
  | { kind: 'move'; card: number; to: Stage; outcome: Outcome }
  | { kind: 'send'; card: number; stage: Stage | null; who: 'all' | number[] }
  | { kind: 'replied'; card: number }
  | { kind: 'snooze'; card: number; item: number; choice: SnoozeStep }
  | { kind: 'undo'; card: number }
  | { kind: 'edit-time'; card: number; shift: number }
  | { kind: 'edit-decision'; card: number; decision: number | null }
  | { kind: 'edit-people'; card: number; remove: number | null; add: Channel | null }
  | { kind: 'settings'; change: SettingsChange }
  | { kind: 'samples' }
  | { kind: 'wait'; minutes: number }

type SnoozeStep =
  | { kind: 'one-hour' | 'tomorrow-morning' | 'next-workday' | 'decision-date' }
  | { kind: 'custom'; inMinutes: number }

interface SettingsChange {
  timeZone?: string
  reminderTime?: string
  workdays?: number[]
  checkInDays?: number
  finalDays?: number
  closeSuggestionDays?: number
  thankYouDueHours?: number
  freshReminderMinutes?: number
  stayInTouch?: boolean
  waitForMorning?: boolean
  quietHours?: { from: string; until: string } | null
}

const cardIndex = fc.nat(50)
const wallTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      people: fc.array(fc.constantFrom(...CHANNELS), { maxLength: 3 }),
      endIn: fc.integer({ min: -20 * 1440, max: 2 * 1440 }),
      zone: fc.constantFrom(...ZONES),
      decision: fc.option(fc.integer({ min: -3, max: 20 }), { nil: null }),
      topics: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      card: cardIndex,
      to: fc.constantFrom(...STAGES),
      outcome: fc.constantFrom(...OUTCOMES),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('send' as const),
      card: cardIndex,
      // Mostly the stage the card is in, as the window sends; sometimes another one.
      stage: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fc.constantFrom(...STAGES)),
      who: fc.oneof(
        fc.constant('all' as const),
        fc.array(fc.nat(3), { minLength: 1, maxLength: 2 }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replied' as const), card: cardIndex }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('snooze' as const),
      card: cardIndex,
      item: fc.nat(4),
      choice: fc.oneof(
        fc.record({
          kind: fc.constantFrom(
            'one-hour' as const,
            'tomorrow-morning' as const,
            'next-workday' as const,
            'decision-date' as const,
          ),
        }),
        fc.record({
          kind: fc.constant('custom' as const),
          inMinutes: fc.integer({ min: -60, max: 10 * 1440 }),
        }),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const), card: cardIndex }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('edit-time' as const),
      card: cardIndex,
      shift: fc.integer({ min: -3 * 1440, max: 3 * 1440 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('edit-decision' as const),
      card: cardIndex,
      decision: fc.option(fc.integer({ min: -2, max: 15 }), { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('edit-people' as const),
      card: cardIndex,
      remove: fc.option(fc.nat(3), { nil: null }),
      add: fc.option(fc.constantFrom(...CHANNELS), { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        kind: fc.constant('settings' as const),
        change: fc.record(
          {
            timeZone: fc.constantFrom(...ZONES),
            reminderTime: wallTime,
            workdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), {
              minLength: 1,
              maxLength: 7,
            }),
            checkInDays: fc.integer({ min: 1, max: 14 }),
            finalDays: fc.integer({ min: 1, max: 14 }),
            closeSuggestionDays: fc.integer({ min: 1, max: 14 }),
            thankYouDueHours: fc.integer({ min: 2, max: 48 }),
            freshReminderMinutes: fc.integer({ min: 0, max: 119 }),
            stayInTouch: fc.boolean(),
            waitForMorning: fc.boolean(),
            quietHours: fc.option(
              fc
                .tuple(wallTime, wallTime)
                .filter(([a, b]) => a !== b)
                .map(([from, until]) => ({ from, until })),
              { nil: null },
            ),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['kind', 'change'] },
    ),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'samples' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      minutes: fc.oneof(fc.integer({ min: 1, max: 180 }), fc.integer({ min: 180, max: 12 * 1440 })),
    }),
  },
)

/** One main process on its own data folder, with a clock and a timer the test moves. */
async function mainProcess(startAt: number) {
  // The store fsyncs every write: on a RAM disk, where there is one, that costs nothing, and this
  // test is about plans, not disks.
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
  const folder = await mkdtemp(join(base, 'foothold-silent-'))
  let now = startAt
  let timer: { callback: () => void; at: number } | null = null
  const clock = { now: () => new Date(now) }
  const errors: unknown[] = []
  const store = await BoardStore.open({
    dataFolder: folder,
    clock,
    defaultTimeZone: 'Europe/Berlin',
    skipFirstRun: true,
    logError: (e) => errors.push(e),
  })
  let ids = 0
  const dispatch = createDispatch(createHandlers({ store, clock, newId: () => `c${++ids}` }), (e) =>
    errors.push(e),
  )
  const scheduler = new ReminderScheduler({
    store,
    clock,
    notify: () => undefined,
    logError: (e) => errors.push(e),
    timers: {
      setTimeout: (callback, ms) => (timer = { callback, at: now + ms }),
      clearTimeout: (handle) => {
        if (handle === timer) timer = null
      },
    },
  })
  await scheduler.replan()
  return {
    store,
    errors,
    now: () => now,
    timerAt: () => timer?.at ?? Infinity,
    call: (method: string, payload?: unknown) =>
      dispatch(methodOfChannel(`foothold:${method}`), payload),
    /** A person takes a moment: between two actions the clock moves a little, or not at all. */
    pause(ms: number) {
      now += ms
    },
    /** Time passes with the machine awake: the armed timer fires on time, again and again. */
    async wait(ms: number) {
      const until = now + ms
      while (timer && timer.at <= until) {
        const fire = timer
        timer = null
        now = fire.at
        fire.callback()
        await scheduler.replan()
      }
      now = until
      await scheduler.replan()
    },
    /** As the app does after every change to the board. */
    replan: () => scheduler.replan(),
    async close() {
      scheduler.stop()
      await store.flush()
      await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 })
    },
  }
}
type Main = Awaited<ReturnType<typeof mainProcess>>

function person(id: string, preferredChannel: Channel): Interviewer {
  return { ...sampleDetails().interviewers[0]!, id, name: `Person ${id}`, preferredChannel }
}

/** The interview's day on its own calendar, plus `days`. */
const dayOf = (card: Pick<Card, 'time'>, days: number) =>
  addCalendarDays(localDateOf(card.time.start, card.time.timeZone), days)

const detailsOf = (card: Card) => ({
  company: card.company,
  position: card.position,
  jobUrl: card.jobUrl,
  time: card.time,
  format: card.format,
  interviewers: card.interviewers,
  topics: card.topics,
  decisionDate: card.decisionDate,
  tone: card.tone,
  notes: card.notes,
})

let personCount = 0

async function run(main: Main, s: Step): Promise<void> {
  const cards = main.store.data.cards
  const pick = (n: number): Card | undefined => cards[n % Math.max(cards.length, 1)]
  const settings = main.store.data.settings
  switch (s.kind) {
    case 'create': {
      const end = main.now() + s.endIn * MINUTE
      const time = {
        start: new Date(end - 45 * MINUTE).toISOString(),
        end: new Date(end).toISOString(),
        timeZone: s.zone,
      }
      const details = sampleDetails({
        company: `Company ${cards.length + 1}`,
        time,
        interviewers: s.people.map((channel, n) => person(`p${n}`, channel)),
        topics: s.topics ? ['Streaming'] : [],
        decisionDate: s.decision === null ? null : dayOf({ time }, s.decision),
      })
      await main.call('createCard', { details })
      return
    }
    case 'move': {
      const card = pick(s.card)
      if (card) {
        const outcome = s.to === 'closed' ? s.outcome : null
        await main.call('moveCard', { id: card.id, to: s.to, outcome })
      }
      return
    }
    case 'send': {
      const card = pick(s.card)
      if (!card) return
      const ids = card.interviewers.map((i) => i.id)
      const who =
        s.who === 'all' || ids.length === 0
          ? 'all'
          : [...new Set(s.who.map((n) => ids[n % ids.length]!))]
      await main.call('markSent', { id: card.id, stage: s.stage ?? card.stage, interviewers: who })
      return
    }
    case 'replied': {
      const card = pick(s.card)
      if (card) await main.call('markReplied', { id: card.id })
      return
    }
    case 'snooze': {
      const card = pick(s.card)
      if (!card) return
      const plan = planCard(card, card.followUps, settings, settings.cadence)
      const key = plan[s.item % Math.max(plan.length, 1)]?.key ?? `${card.id}:thank-you:p0`
      const choice =
        s.choice.kind === 'custom'
          ? {
              kind: 'custom',
              until: new Date(main.now() + s.choice.inMinutes * MINUTE).toISOString(),
            }
          : s.choice
      await main.call('snoozeReminder', { id: card.id, key, choice })
      return
    }
    case 'undo': {
      const card = pick(s.card)
      if (card) await main.call('undoFollowUp', { id: card.id })
      return
    }
    case 'edit-time': {
      const card = pick(s.card)
      if (!card) return
      const shift = (iso: string) => new Date(Date.parse(iso) + s.shift * MINUTE).toISOString()
      const time = { ...card.time, start: shift(card.time.start), end: shift(card.time.end) }
      await main.call('updateCard', { id: card.id, details: { ...detailsOf(card), time } })
      return
    }
    case 'edit-decision': {
      const card = pick(s.card)
      if (!card) return
      const decisionDate = s.decision === null ? null : dayOf(card, s.decision)
      await main.call('updateCard', { id: card.id, details: { ...detailsOf(card), decisionDate } })
      return
    }
    case 'edit-people': {
      const card = pick(s.card)
      if (!card) return
      const kept = card.interviewers.filter(
        (_, n) => s.remove === null || n !== s.remove % card.interviewers.length,
      )
      const added = s.add === null ? [] : [person(`q${++personCount}`, s.add)]
      const interviewers = [...kept, ...added]
      await main.call('updateCard', { id: card.id, details: { ...detailsOf(card), interviewers } })
      return
    }
    case 'settings': {
      const c = s.change
      const cadence = { ...settings.cadence }
      if (c.reminderTime) cadence.reminderTime = c.reminderTime
      if (c.workdays) cadence.workdays = c.workdays
      if (c.checkInDays) cadence.checkInDays = c.checkInDays
      if (c.finalDays) cadence.finalDays = c.finalDays
      if (c.closeSuggestionDays) cadence.closeSuggestionDays = c.closeSuggestionDays
      if (c.thankYouDueHours) cadence.thankYouDueHours = c.thankYouDueHours
      if (c.freshReminderMinutes !== undefined)
        cadence.freshReminderMinutes = c.freshReminderMinutes
      if (c.stayInTouch !== undefined) cadence.stayInTouchEnabled = c.stayInTouch
      if (c.waitForMorning !== undefined) cadence.freshReminderWaitsForMorning = c.waitForMorning
      if (c.quietHours !== undefined) cadence.quietHours = c.quietHours
      const next: Settings = { ...settings, timeZone: c.timeZone ?? settings.timeZone, cadence }
      // Some combinations are refused (a first nudge after the thank-you is due): that is fine.
      await main.call('updateSettings', { settings: next })
      return
    }
    case 'samples':
      await main.call('addSampleBoard')
      return
    case 'wait':
      await main.wait(s.minutes * MINUTE)
      return
  }
}

/** What is wrong after a step, or null: the rule for each card, and every reminder in hand. */
function problemsOf(main: Main): string[] {
  const { cards, settings } = main.store.data
  const now = main.now()
  const quietEnd = quietUntil(new Date(now), settings.cadence.quietHours, settings.timeZone)
  const problems: string[] = []
  for (const card of cards) {
    const plan = planCard(card, card.followUps, settings, settings.cadence)
    const silence = silenceOf(card, plan)
    if (silence) problems.push(silence)
    if (isSample(card)) continue
    for (const item of plan) {
      if (item.sentAt !== null) continue
      const remindAt = Date.parse(item.remindAt)
      const shown = item.shownAt !== null && Date.parse(item.shownAt) >= remindAt
      const armed = main.timerAt() <= remindAt
      const held = quietEnd !== null && main.timerAt() <= quietEnd.getTime()
      const inHand = remindAt > now ? armed : shown || held
      if (!inHand) {
        problems.push(
          `${card.company} (${card.stage}): the reminder for ${item.key} at ${item.remindAt} is not in hand (now ${new Date(now).toISOString()}, shown ${item.shownAt}, timer ${main.timerAt()})`,
        )
      }
    }
  }
  return problems
}

describe('an open card is never silent', () => {
  it(
    `holds after every step of ${RUNS} random runs of up to ${MAX_STEPS} steps each, through the real handlers and scheduler`,
    async () => {
      let steps = 0
      let cards = 0
      await fc.assert(
        fc.asyncProperty(
          // Anywhere in 2026, so runs cross both DST changes of both hemispheres.
          fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 1) }),
          fc.array(fc.tuple(step, fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600_000 }))), {
            minLength: 10,
            maxLength: MAX_STEPS,
            size: 'max',
          }),
          async (start, plan) => {
            const main = await mainProcess(start)
            try {
              for (const [n, [next, pause]] of plan.entries()) {
                main.pause(pause)
                await run(main, next)
                await main.replan()
                steps++
                const problems = problemsOf(main)
                if (problems.length > 0) {
                  throw new Error(`after step ${n + 1} (${next.kind}):\n${problems.join('\n')}`)
                }
                expect(main.errors).toEqual([])
              }
              cards += main.store.data.cards.length
            } finally {
              await main.close()
            }
          },
        ),
        { numRuns: RUNS },
      )
      // The figures docs/RELIABILITY.md quotes.
      console.info(`never silent: ${RUNS} runs, ${steps} steps, ${cards} cards at the end`)
    },
    Math.max(60_000, RUNS * 200),
  )
})
