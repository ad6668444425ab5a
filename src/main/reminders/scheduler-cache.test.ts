import { describe, expect, it } from 'vitest'
import { generateBoard } from '../../../bench/boards'
import { countDue, planCard } from '@shared/cadence/plan'
import type { PlanCard } from '@shared/cadence/plan-cache'
import { nextReminderAt, remindersDue, snooze } from '@shared/cadence/reminders'
import { createCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import type { StoreData } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import { BoardStore } from '../store/board-store'
import { useTempFolders } from '../test-support/temp-folder'
import { ReminderScheduler } from './scheduler'

const tempFolder = useTempFolders()

// Interviews end 14:45 UTC on Tuesday 17 Nov 2026: thank-you reminders at 15:45.
const interview = (company: string) =>
  sampleDetails({
    company,
    time: { start: '2026-11-17T14:00:00.000Z', end: '2026-11-17T14:45:00.000Z', timeZone: 'UTC' },
  })

async function setup(data: (now: Date) => Partial<StoreData>, start = '2026-11-17T15:00:00Z') {
  let now = new Date(start)
  const clock = { now: () => now }
  const store = await BoardStore.open({
    dataFolder: await tempFolder(),
    clock,
    defaultTimeZone: 'UTC',
  })
  await store.update((d) => ({ ...d, ...data(now) }))
  const planned: string[] = []
  const counting: PlanCard = (card, settings) => {
    planned.push(card.id)
    return planCard(card, card.followUps, settings, settings.cadence)
  }
  const scheduler = new ReminderScheduler({
    store,
    clock,
    timers: { setTimeout: () => null, clearTimeout: () => undefined },
    notify: () => undefined,
    planCard: counting,
  })
  return {
    store,
    scheduler,
    planned,
    setNow: (iso: string) => (now = new Date(iso)),
  }
}

const threeCards = (now: Date) => ({
  cards: ['a', 'b', 'c'].map((id) => createCard(interview(`Company ${id}`), id, now)),
})

describe('ReminderScheduler plan cache', () => {
  it('plans each card once, then only the card that changed', async () => {
    const { store, scheduler, planned } = await setup(threeCards)
    await scheduler.replan()
    expect(planned.sort()).toEqual(['a', 'b', 'c'])
    planned.length = 0
    await scheduler.replan()
    expect(planned).toEqual([])
    await store.update((data) => ({
      ...data,
      cards: data.cards.map((c) =>
        c.id === 'b'
          ? {
              ...c,
              followUps: snooze(c.followUps, 'b:thank-you:iv-1', new Date('2026-11-17T18:00:00Z')),
            }
          : c,
      ),
    }))
    await scheduler.replan()
    expect(planned).toEqual(['b'])
    // The snoozed reminder moved; the others did not.
    expect(scheduler.scan(new Date('2026-11-17T16:00:00Z')).due.map((d) => d.card.id)).toEqual([
      'a',
      'c',
    ])
  })

  it('plans every card again with new settings, and follows the new cadence', async () => {
    const { store, scheduler, planned } = await setup(threeCards)
    expect(scheduler.scan(new Date('2026-11-17T15:00:00Z')).nextAt?.toISOString()).toBe(
      '2026-11-17T15:45:00.000Z',
    )
    planned.length = 0
    await store.update((data) => ({
      ...data,
      settings: {
        ...data.settings,
        cadence: { ...data.settings.cadence, freshReminderMinutes: 120 },
      },
    }))
    const scan = scheduler.scan(new Date('2026-11-17T15:00:00Z'))
    expect(planned.sort()).toEqual(['a', 'b', 'c'])
    expect(scan.nextAt?.toISOString()).toBe('2026-11-17T16:45:00.000Z')
    // A new time zone changes which day things are due on, so it is new settings too.
    planned.length = 0
    await store.update((data) => ({
      ...data,
      settings: { ...data.settings, timeZone: 'Pacific/Auckland' },
    }))
    scheduler.scan(new Date('2026-11-17T15:00:00Z'))
    expect(planned).toHaveLength(3)
  })

  it('forgets a removed card: it is neither reminded of nor counted', async () => {
    const { store, scheduler, setNow } = await setup(threeCards)
    setNow('2026-11-18T16:00:00Z')
    const before = scheduler.scan(new Date('2026-11-18T16:00:00Z'))
    expect(before.due.map((d) => d.card.id)).toEqual(['a', 'b', 'c'])
    expect(before.dueCount).toBe(3)
    await store.update((data) => ({ ...data, cards: data.cards.filter((c) => c.id !== 'b') }))
    const after = scheduler.scan(new Date('2026-11-18T16:00:00Z'))
    expect(after.due.map((d) => d.card.id)).toEqual(['a', 'c'])
    expect(after.dueCount).toBe(2)
  })

  it('finds exactly what remindersDue, countDue and nextReminderAt find, on a generated board', async () => {
    const board = generateBoard({ cards: 300, seed: 7 })
    const { scheduler, store } = await setup(() => board)
    const { cards, settings } = store.data
    const plans = cards.map((card: Card) => ({
      card,
      items: planCard(card, card.followUps, settings, settings.cadence),
    }))
    for (const iso of [
      '2026-08-01T00:00:00Z',
      '2026-11-23T10:00:00Z',
      '2026-11-24T07:59:00Z',
      '2026-12-01T09:00:00Z',
      '2027-03-01T12:00:00Z',
    ]) {
      const now = new Date(iso)
      const scan = scheduler.scan(now)
      const expected = plans.flatMap(({ card, items }) =>
        remindersDue(items, now).map((item) => ({ card: card.id, key: item.key })),
      )
      expect(scan.due.map((d) => ({ card: d.card.id, key: d.item.key }))).toEqual(expected)
      expect(scan.dueCount).toBe(
        countDue(
          plans.map((p) => p.items),
          now,
          settings.timeZone,
        ),
      )
      expect(scan.nextAt).toEqual(
        nextReminderAt(
          plans.flatMap((p) => p.items),
          now,
        ),
      )
    }
  })
})
