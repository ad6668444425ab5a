import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planCard } from '@shared/cadence/plan'
import { snooze } from '@shared/cadence/reminders'
import { emptyFollowUps, followUpKey } from '@shared/domain/follow-up-state'
import type { Card } from '@shared/domain/card'
import type { IpcResult } from '@shared/ipc/result'
import { methodOfChannel } from '@shared/ipc/methods'
import { sampleDetails } from '@shared/test-support/sample-details'
import { BoardStore } from '../store/board-store'
import { useTempFolders } from '../test-support/temp-folder'
import { createDispatch } from './dispatch'
import { createHandlers } from './handlers'

const tempFolder = useTempFolders()
const clock = { now: () => new Date('2026-11-23T09:00:00Z') }

describe('snoozing several reminders of one card', () => {
  it('keeps the first snooze when a second reminder is snoozed, on screen and on disk', async () => {
    const folder = await tempFolder()
    const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
    const dispatch = createDispatch(createHandlers({ store, clock, newId: () => 'card-1' }))
    const call = (method: string, payload: unknown) =>
      dispatch(methodOfChannel(`foothold:${method}`), payload) as Promise<IpcResult<Card>>
    const [priya] = sampleDetails().interviewers
    const details = sampleDetails({
      interviewers: [priya!, { ...priya!, id: 'iv-2', name: 'Tom Okafor', email: 'tom@x.example' }],
    })
    await call('createCard', { details })
    const first = followUpKey('card-1', 'thank-you', 'iv-1')
    const second = followUpKey('card-1', 'thank-you', 'iv-2')

    await call('snoozeReminder', { id: 'card-1', key: first, choice: { kind: 'next-workday' } })
    const after = await call('snoozeReminder', {
      id: 'card-1',
      key: second,
      choice: { kind: 'one-hour' },
    })
    const expected = [
      { key: first, until: '2026-11-24T09:00:00.000Z' },
      { key: second, until: '2026-11-23T10:00:00.000Z' },
    ]
    expect(after.ok && after.value.followUps.snoozes).toEqual(expected)
    // Each reminder now comes at the end of its own snooze.
    const card = store.data.cards[0]!
    const plan = planCard(card, card.followUps, store.data.settings, store.data.settings.cadence)
    expect(plan.map((item) => [item.key, item.remindAt])).toEqual(
      expected.map((s) => [s.key, s.until]),
    )
    await store.flush()
    const reopened = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
    expect(reopened.data.cards[0]?.followUps.snoozes).toEqual(expected)
  })
})

describe('snooze', () => {
  it('keeps one snooze per reminder, the latest, and every other reminder’s as it was', () => {
    const keys = ['c:thank-you:a', 'c:thank-you:b', 'c:check-in:a', 'd:final:a']
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...keys),
            fc.date({
              min: new Date('2026-01-01'),
              max: new Date('2027-01-01'),
              noInvalidDate: true,
            }),
          ),
          { maxLength: 12 },
        ),
        (steps) => {
          let state = emptyFollowUps()
          const latest = new Map<string, string>()
          for (const [key, until] of steps) {
            state = snooze(state, key, until)
            latest.set(key, until.toISOString())
          }
          expect(new Map(state.snoozes.map((s) => [s.key, s.until]))).toEqual(latest)
          expect(state.snoozes).toHaveLength(latest.size)
        },
      ),
    )
  })
})
