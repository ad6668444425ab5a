import { describe, expect, it } from 'vitest'
import { createCard, moveCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { markSent } from '@shared/cadence/advance'
import { snooze } from '@shared/cadence/reminders'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import { sampleDetails } from '@shared/test-support/sample-details'
import { BoardStore } from '../store/board-store'
import { useTempFolders } from '../test-support/temp-folder'
import type { Timers } from './scheduler'
import { MAX_TIMER_DELAY_MS, ReminderScheduler } from './scheduler'

const tempFolder = useTempFolders()

/** A clock and a single-timer stand-in that the test moves by hand. */
function fakeTime(start: string) {
  let now = new Date(start).getTime()
  let pending: { callback: () => void; at: number } | null = null
  const delays: number[] = []
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      delays.push(ms)
      pending = { callback, at: now + ms }
      return pending
    },
    clearTimeout: (handle) => {
      if (handle === pending) pending = null
    },
  }
  return {
    clock: { now: () => new Date(now) },
    timers,
    delays,
    /** Lets time pass with the machine awake: armed timers fire on time. */
    async runUntil(iso: string, scheduler: ReminderScheduler) {
      const target = new Date(iso).getTime()
      while (pending && pending.at <= target) {
        const fire: { callback: () => void; at: number } = pending
        pending = null
        now = fire.at
        fire.callback()
        await scheduler.replan()
      }
      now = target
    },
    /** Lets time pass with the machine asleep: no timer fires. */
    sleepUntil(iso: string) {
      now = new Date(iso).getTime()
    },
  }
}

// Interview 14:00–14:45 UTC on Tuesday 17 Nov 2026; settings in UTC, cadence defaults.
const interview = sampleDetails({
  time: { start: '2026-11-17T14:00:00.000Z', end: '2026-11-17T14:45:00.000Z', timeZone: 'UTC' },
  topics: [],
})

async function setup(
  cards: (created: Date) => Card[],
  start = '2026-11-17T15:00:00Z',
  folder?: string,
) {
  const time = fakeTime(start)
  const dataFolder = folder ?? (await tempFolder())
  const store = await BoardStore.open({ dataFolder, clock: time.clock, defaultTimeZone: 'UTC' })
  if (!folder) await store.update((data) => ({ ...data, cards: cards(time.clock.now()) }))
  const shown: ReminderNotice[] = []
  const dueCounts: number[] = []
  const scheduler = new ReminderScheduler({
    store,
    clock: time.clock,
    timers: time.timers,
    notify: (notice) => shown.push(notice),
    onDueCount: (n) => dueCounts.push(n),
  })
  return { time, store, scheduler, shown, dueCounts, dataFolder }
}

describe('ReminderScheduler', () => {
  it('reminds an hour after the interview, naming the person and asking for topics, once', async () => {
    const { time, scheduler, shown } = await setup((now) => [createCard(interview, 'c1', now)])
    await scheduler.replan()
    expect(shown).toEqual([])
    await time.runUntil('2026-11-17T16:00:00Z', scheduler)
    expect(shown).toEqual([
      expect.objectContaining({
        cardId: 'c1',
        key: 'c1:thank-you:iv-1',
        title: 'Thank Priya for the interview',
        body: expect.stringContaining('note what you talked about'),
      }),
    ])
    await time.runUntil('2026-11-20T16:00:00Z', scheduler)
    expect(shown).toHaveLength(1)
  })

  it('never reminds about sample cards, nor counts them as due', async () => {
    const { time, scheduler, shown, dueCounts } = await setup((now) => [
      { ...createCard(interview, 's1', now), sample: true },
      createCard({ ...interview, company: 'Contoso' }, 'c2', now),
    ])
    await scheduler.replan()
    await time.runUntil('2026-11-19T16:00:00Z', scheduler)
    expect(shown.map((n) => n.cardId)).toEqual(['c2'])
    expect(Math.max(...dueCounts)).toBe(1)
  })

  it('holds reminders in quiet hours and shows them together when the hours end', async () => {
    const { time, scheduler, store, shown } = await setup((now) => [
      createCard(interview, 'c1', now),
    ])
    await store.update((data) => ({
      ...data,
      settings: {
        ...data.settings,
        cadence: { ...data.settings.cadence, quietHours: { from: '15:30', until: '07:00' } },
      },
    }))
    await scheduler.replan()
    // Due at 15:45, an hour after the interview: quiet then, so it waits for 07:00.
    await time.runUntil('2026-11-18T06:59:00Z', scheduler)
    expect(shown).toEqual([])
    await time.runUntil('2026-11-18T07:00:00Z', scheduler)
    expect(shown.map((n) => n.cardId)).toEqual(['c1'])
  })

  it('after a late interview, the nudge to write the thank-you waits for 07:00', async () => {
    // Ends 21:45 UTC (the board's zone): the nudge would come at 22:45.
    const late = sampleDetails({
      time: { start: '2026-11-17T21:00:00.000Z', end: '2026-11-17T21:45:00.000Z', timeZone: 'UTC' },
    })
    const { time, scheduler, shown } = await setup(
      (now) => [createCard(late, 'c1', now)],
      '2026-11-17T21:50:00Z',
    )
    await scheduler.replan()
    await time.runUntil('2026-11-18T06:59:00Z', scheduler)
    expect(shown).toEqual([])
    await time.runUntil('2026-11-18T07:00:00Z', scheduler)
    expect(shown.map((n) => n.key)).toEqual(['c1:thank-you:iv-1'])
  })

  it('fires a reminder 30 days out exactly once, never arming a timer Node would cut short', async () => {
    const { time, scheduler, shown } = await setup((now) => {
      const card = createCard({ ...interview, decisionDate: '2026-12-17' }, 'c1', now)
      const sent = markSent(card.followUps, card, 'thank-you', 'all', now)
      return [{ ...moveCard(card, 'check-in', null, now), followUps: sent }]
    }, '2026-11-17T15:00:00Z')
    await scheduler.replan()
    await time.runUntil('2026-12-18T08:59:00Z', scheduler)
    expect(shown).toEqual([])
    // First workday after Thursday 17 December is Friday the 18th, at 09:00.
    await time.runUntil('2026-12-18T09:00:00Z', scheduler)
    expect(shown.map((n) => n.title)).toEqual(['Check in with Priya Raman'])
    await time.runUntil('2027-01-30T00:00:00Z', scheduler)
    expect(shown).toHaveLength(1)
    expect(Math.max(...time.delays)).toBeLessThan(MAX_TIMER_DELAY_MS)
  })

  it('after sleep, catches up with one summary and then stays quiet', async () => {
    const { time, scheduler, shown } = await setup((now) => [
      createCard(interview, 'c1', now),
      createCard({ ...interview, company: 'Contoso' }, 'c2', now),
      createCard({ ...interview, company: 'Litware' }, 'c3', now),
    ])
    await scheduler.replan()
    time.sleepUntil('2026-11-19T10:00:00Z')
    await scheduler.replan() // resume / unlock-screen
    expect(shown).toEqual([
      expect.objectContaining({
        title: '3 follow-ups are due',
        body: expect.stringContaining('Contoso'),
      }),
    ])
    await scheduler.replan()
    expect(shown).toHaveLength(1)
  })

  it('does not repeat, after a restart, what was already shown', async () => {
    const first = await setup((now) => [createCard(interview, 'c1', now)])
    first.time.sleepUntil('2026-11-18T10:00:00Z')
    await first.scheduler.replan()
    expect(first.shown).toHaveLength(1)
    await first.store.flush()
    first.scheduler.stop()

    const again = await setup(() => [], '2026-11-18T12:00:00Z', first.dataFolder)
    await again.scheduler.replan()
    expect(again.shown).toEqual([])
  })

  it('fires a snoozed reminder once, at the new time', async () => {
    const { time, scheduler, shown, store } = await setup((now) => [
      createCard(interview, 'c1', now),
    ])
    await scheduler.replan()
    await time.runUntil('2026-11-17T16:00:00Z', scheduler)
    expect(shown).toHaveLength(1)
    await store.update((data) => ({
      ...data,
      cards: data.cards.map((c) => ({
        ...c,
        followUps: snooze(c.followUps, 'c1:thank-you:iv-1', new Date('2026-11-18T09:00:00Z')),
      })),
    }))
    await scheduler.replan()
    await time.runUntil('2026-11-18T08:59:00Z', scheduler)
    expect(shown).toHaveLength(1)
    await time.runUntil('2026-11-18T09:00:00Z', scheduler)
    expect(shown).toHaveLength(2)
    await time.runUntil('2026-11-19T09:00:00Z', scheduler)
    expect(shown).toHaveLength(2)
  })

  it('counts cards that need action now, for the tray and badge', async () => {
    const { time, scheduler, dueCounts } = await setup((now) => [
      createCard(interview, 'c1', now),
      moveCard(createCard(interview, 'c2', now), 'closed', 'offer', now),
    ])
    await scheduler.replan()
    expect(dueCounts.at(-1)).toBe(0)
    time.sleepUntil('2026-11-18T16:00:00Z')
    await scheduler.replan()
    expect(dueCounts.at(-1)).toBe(1)
  })

  it('re-plans when a store change makes something due', async () => {
    const { time, scheduler, shown, store } = await setup(() => [], '2026-11-18T10:00:00Z')
    const unsubscribe = store.subscribe(() => void scheduler.replan())
    await scheduler.replan()
    await store.update((data) => ({
      ...data,
      cards: [createCard(interview, 'late', time.clock.now())],
    }))
    await scheduler.replan()
    expect(shown.map((n) => n.cardId)).toEqual(['late'])
    unsubscribe()
  })
})
