import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Card } from '@shared/domain/card'
import { methodOfChannel } from '@shared/ipc/methods'
import type { IpcResult } from '@shared/ipc/result'
import type { BoardSnapshot, FirstScreen } from '@shared/ipc/contract'
import { FIRST_SCREEN_ROWS } from '@shared/board-view/first-screen'
import { sampleDetails } from '@shared/test-support/sample-details'
import { BoardStore } from '../store/board-store'
import { useTempFolders } from '../test-support/temp-folder'
import { createDispatch } from './dispatch'
import { createHandlers } from './handlers'

const tempFolder = useTempFolders()
let tick = 0
const clock = { now: () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)) }

async function setup() {
  const folder = await tempFolder()
  const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
  const errors: unknown[] = []
  let n = 0
  const dispatch = createDispatch(
    createHandlers({ store, clock, newId: () => `card-${++n}` }),
    (e) => errors.push(e),
  )
  const call = (method: string, payload?: unknown) =>
    dispatch(methodOfChannel(`foothold:${method}`), payload)
  const created = (await call('createCard', { details: sampleDetails() })) as IpcResult<Card>
  if (!created.ok) throw new Error(created.error.message)
  const fileText = () => readFile(store.file, 'utf8')
  return { store, call, card: created.value, errors, fileText }
}

describe('IPC dispatch', () => {
  it('creates, edits, moves, deletes and restores a card, logging each step', async () => {
    const { call, card, store } = await setup()
    expect(card).toMatchObject({ id: 'card-1', stage: 'thank-you', outcome: null })

    const edited = await call('updateCard', {
      id: card.id,
      details: sampleDetails({ notes: 'Bring portfolio' }),
    })
    expect(edited).toMatchObject({ ok: true, value: { notes: 'Bring portfolio' } })

    expect(await call('moveCard', { id: card.id, to: 'closed', outcome: null })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'Choose an outcome to close this card' },
    })
    const closed = await call('moveCard', { id: card.id, to: 'closed', outcome: 'offer' })
    expect(closed).toMatchObject({ ok: true, value: { stage: 'closed', outcome: 'offer' } })

    expect(await call('deleteCard', { id: card.id })).toEqual({ ok: true, value: { id: card.id } })
    expect(store.data.cards).toEqual([])
    const restored = (await call('restoreCard', { id: card.id })) as IpcResult<Card>
    expect(restored.ok && restored.value.activity.map((a) => a.kind)).toEqual([
      'created',
      'edited',
      'moved',
      'restored',
    ])
    expect(store.data.cards).toHaveLength(1)
  })

  it('saves settings and refuses an unknown time zone', async () => {
    const { call, store } = await setup()
    const settings = {
      ...store.data.settings,
      yourName: 'Sam Rivera',
      signature: 'Sam',
      timeZone: 'America/Chicago',
    }
    expect(await call('updateSettings', { settings })).toEqual({ ok: true, value: settings })
    expect(store.data.settings).toEqual(settings)
    expect(
      await call('updateSettings', { settings: { ...settings, timeZone: 'Nowhere/City' } }),
    ).toMatchObject({
      ok: false,
      error: { field: 'settings.timeZone' },
    })
    expect(store.data.settings).toEqual(settings)
  })

  it('marks follow-ups sent, moves the card on when everyone is done, and undoes both', async () => {
    const details = sampleDetails({
      interviewers: [
        { ...sampleDetails().interviewers[0]!, id: 'iv-1', name: 'Priya Raman' },
        {
          ...sampleDetails().interviewers[0]!,
          id: 'iv-2',
          name: 'Tom Becker',
          preferredChannel: 'phone',
        },
      ],
    })
    const { call } = await setup()
    const created = (await call('createCard', { details })) as IpcResult<Card>
    const id = created.ok ? created.value.id : ''
    const first = await call('markSent', { id, stage: 'thank-you', interviewers: ['iv-1'] })
    expect(first).toMatchObject({
      ok: true,
      value: { advancedTo: null, card: { stage: 'thank-you' } },
    })
    const second = await call('markSent', { id, stage: 'thank-you', interviewers: ['iv-2'] })
    expect(second).toMatchObject({
      ok: true,
      value: { advancedTo: 'check-in', card: { stage: 'check-in' } },
    })
    const moved = second.ok ? (second.value as { card: Card }).card : null
    expect(moved?.followUps.stages['thank-you'].sent.map((s) => s.interviewerId)).toEqual([
      'iv-1',
      'iv-2',
    ])
    expect(moved?.activity.at(-1)).toMatchObject({
      kind: 'moved',
      from: 'thank-you',
      to: 'check-in',
    })

    const undone = (await call('undoFollowUp', { id })) as IpcResult<Card>
    expect(undone.ok && undone.value.stage).toBe('thank-you')
    expect(
      undone.ok && undone.value.followUps.stages['thank-you'].sent.map((s) => s.interviewerId),
    ).toEqual(['iv-1'])
    expect(await call('undoFollowUp', { id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('records "They replied" and snoozes, refusing what makes no sense', async () => {
    const { call, card } = await setup()
    const key = `${card.id}:thank-you:iv-1`
    const snoozed = (await call('snoozeReminder', {
      id: card.id,
      key,
      choice: { kind: 'next-workday' },
    })) as IpcResult<Card>
    // Monday 23 Nov 2026 09:00:0x UTC → Tuesday 09:00 in the board's zone (UTC).
    expect(snoozed.ok && snoozed.value.followUps.snoozes).toEqual([
      { key, until: '2026-11-24T09:00:00.000Z' },
    ])
    expect(
      await call('snoozeReminder', { id: card.id, key, choice: { kind: 'decision-date' } }),
    ).toMatchObject({
      ok: false,
      error: { message: 'This interview has no decision date' },
    })
    expect(
      await call('snoozeReminder', {
        id: card.id,
        key,
        choice: { kind: 'custom', until: '2020-01-01T00:00:00Z' },
      }),
    ).toMatchObject({ ok: false, error: { message: 'Choose a time in the future' } })
    expect(
      await call('snoozeReminder', {
        id: card.id,
        key: 'other-card:thank-you:iv-1',
        choice: { kind: 'one-hour' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(
      await call('markSent', { id: card.id, stage: 'thank-you', interviewers: ['stranger'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('Not an interviewer') },
    })
    const replied = (await call('markReplied', { id: card.id })) as IpcResult<Card>
    expect(replied.ok && replied.value.followUps.stages['thank-you'].repliedAt).toMatch(
      /^2026-11-23T09:00/,
    )
  })

  it('says what is true when the decision date to snooze until has passed', async () => {
    const { call, card } = await setup()
    // The interview was on Tue 17 Nov; "now" is Mon 23 Nov.
    await call('updateCard', {
      id: card.id,
      details: sampleDetails({ decisionDate: '2026-11-20' }),
    })
    expect(
      await call('snoozeReminder', {
        id: card.id,
        key: `${card.id}:thank-you:iv-1`,
        choice: { kind: 'decision-date' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'The decision date, Fri 20 Nov, has passed' },
    })
  })

  it.each([
    ['createCard', () => ({ details: sampleDetails({ decisionDate: '2026-11-16' }) })],
    [
      'updateCard',
      () => ({ id: 'card-1', details: sampleDetails({ decisionDate: '2026-11-16' }) }),
    ],
  ])(
    '%s refuses a decision date before the interview, and saves nothing',
    async (method, request) => {
      const { call, store, fileText } = await setup()
      const before = await fileText()
      const cards = store.data.cards
      expect(await call(method, request())).toEqual({
        ok: false,
        error: {
          code: 'invalid-request',
          message: 'The decision date comes before the interview (Tue 17 Nov 2026)',
          field: 'details.decisionDate',
        },
      })
      expect(store.data.cards).toBe(cards)
      expect(await fileText()).toBe(before)
    },
  )

  it('refuses an interview that ends before it starts, and saves nothing', async () => {
    const { call, store } = await setup()
    const time = { ...sampleDetails().time, end: '2026-11-17T13:00:00.000Z' }
    expect(await call('createCard', { details: sampleDetails({ time }) })).toMatchObject({
      ok: false,
      error: { message: 'The interview must end after it starts', field: 'details.time.end' },
    })
    expect(store.data.cards).toHaveLength(1)
  })

  it('undoes a move as if it never happened: what was sent in the stage it returns to counts', async () => {
    const { call, card, store } = await setup()
    await call('markSent', { id: card.id, stage: 'thank-you', interviewers: 'all' })
    const inCheckIn = store.data.cards[0]!
    expect(inCheckIn.stage).toBe('check-in')
    await call('moveCard', { id: card.id, to: 'final', outcome: null })
    const undone = (await call('undoFollowUp', { id: card.id })) as IpcResult<Card>
    expect(undone).toEqual({ ok: true, value: inCheckIn })
    expect(store.data.cards[0]).toEqual(inCheckIn)
    // Moved back by hand instead, the check-in is planned afresh from the move.
    await call('moveCard', { id: card.id, to: 'thank-you', outcome: null })
    const back = store.data.cards[0]!
    expect(back.activity.at(-1)).toMatchObject({ kind: 'moved', from: 'check-in', to: 'thank-you' })
  })

  it('marks sent only the messages of the stage the card is in', async () => {
    const { call, card, store } = await setup()
    const before = store.data.cards
    expect(await call('markSent', { id: card.id, stage: 'check-in', interviewers: 'all' })).toEqual(
      {
        ok: false,
        error: {
          code: 'invalid-request',
          message:
            'Northwind Analytics is in Thank-you now: only the messages of that stage can be marked sent',
        },
      },
    )
    expect(store.data.cards).toBe(before)
  })

  it('an edit that leaves everyone written to moves the card on, as the last "sent" does', async () => {
    const { call, card, store } = await setup()
    const two = sampleDetails({
      interviewers: [
        sampleDetails().interviewers[0]!,
        { ...sampleDetails().interviewers[0]!, id: 'iv-2', name: 'Jonas Weber' },
      ],
    })
    await call('updateCard', { id: card.id, details: two })
    await call('markSent', { id: card.id, stage: 'thank-you', interviewers: ['iv-1'] })
    expect(store.data.cards[0]!.stage).toBe('thank-you')
    const edited = (await call('updateCard', {
      id: card.id,
      details: sampleDetails(),
    })) as IpcResult<Card>
    expect(edited.ok && edited.value.stage).toBe('check-in')
    expect(edited.ok && edited.value.activity.slice(-2).map((a) => a.kind)).toEqual([
      'edited',
      'moved',
    ])
  })

  it('answers the first screen: the top of each column and the whole board’s counts', async () => {
    const { call, card, store } = await setup()
    for (let i = 0; i < 24; i++) await call('createCard', { details: sampleDetails() })
    const first = (await call('loadFirstScreen')) as IpcResult<FirstScreen>
    const whole = (await call('loadBoard')) as IpcResult<BoardSnapshot>
    if (!first.ok || !whole.ok) throw new Error('no answer')
    expect(first.value.counts).toEqual({
      byStage: { 'thank-you': 25, 'check-in': 0, final: 0, closed: 0 },
      due: 25,
      samples: 0,
    })
    expect(first.value.cards).toHaveLength(FIRST_SCREEN_ROWS)
    // Same interview and due time for all: the column's tie-break by id puts card-1 first.
    expect(first.value.cards[0]!.id).toBe(card.id)
    const { cards: _first, counts: _counts, ...firstRest } = first.value
    const { cards: _whole, openCard: _open, ...wholeRest } = whole.value
    expect(firstRest).toEqual(wholeRest)
    expect(whole.value.cards).toHaveLength(store.data.cards.length)
  })

  it('answers not-found for a card that does not exist', async () => {
    const { call } = await setup()
    expect(await call('moveCard', { id: 'nope', to: 'final', outcome: null })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await call('restoreCard', { id: 'never-deleted' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  const hugeString = 'x'.repeat(10 * 1024 * 1024)
  const hostile: Array<[string, string, unknown]> = [
    ['an unknown method', 'dropDatabase', {}],
    ['a missing payload', 'createCard', undefined],
    ['a string instead of an object', 'createCard', 'details'],
    ['wrong field types', 'createCard', { details: { ...sampleDetails(), company: 42 } }],
    ['an empty company', 'createCard', { details: sampleDetails({ company: '   ' }) }],
    ['a 10 MB company name', 'createCard', { details: sampleDetails({ company: hugeString }) }],
    ['an extra field', 'createCard', { details: sampleDetails(), admin: true }],
    [
      'a __proto__ key',
      'createCard',
      JSON.parse(
        `{"details": ${JSON.stringify(sampleDetails())}, "__proto__": {"polluted": true}}`,
      ),
    ],
    [
      'a constructor key',
      'moveCard',
      { id: 'card-1', to: 'final', outcome: null, constructor: { prototype: {} } },
    ],
    [
      'an impossible date',
      'createCard',
      {
        details: sampleDetails({
          time: { start: '2026-02-30T10:00:00Z', end: '2026-02-30T11:00:00Z', timeZone: 'UTC' },
        }),
      },
    ],
    [
      'a year far in the future',
      'createCard',
      {
        details: sampleDetails({
          time: { start: '9999-01-01T10:00:00Z', end: '9999-01-01T11:00:00Z', timeZone: 'UTC' },
        }),
      },
    ],
    [
      'an end before the start',
      'createCard',
      {
        details: sampleDetails({
          time: { start: '2026-11-17T11:00:00Z', end: '2026-11-17T10:00:00Z', timeZone: 'UTC' },
        }),
      },
    ],
    [
      'an unknown time zone',
      'createCard',
      { details: sampleDetails({ time: { ...sampleDetails().time, timeZone: 'Mars/Olympus' } }) },
    ],
    [
      'a javascript: job link',
      'createCard',
      { details: sampleDetails({ jobUrl: 'javascript:alert(1)' }) },
    ],
    ['an unknown stage', 'moveCard', { id: 'card-1', to: 'hired', outcome: null }],
    ['a malformed id', 'deleteCard', { id: '../../etc/passwd' }],
    ['deep nesting', 'updateCard', { id: 'card-1', details: nest(5000) }],
    ['NaN where a number would be', 'moveCard', { id: 'card-1', to: Number.NaN, outcome: null }],
    [
      'an empty list of interviewers',
      'markSent',
      { id: 'card-1', stage: 'thank-you', interviewers: [] },
    ],
    [
      'a malformed reminder key',
      'snoozeReminder',
      { id: 'card-1', key: '<script>', choice: { kind: 'one-hour' } },
    ],
    [
      'an unknown snooze choice',
      'snoozeReminder',
      { id: 'card-1', key: 'card-1:thank-you:iv-1', choice: { kind: 'forever' } },
    ],
    [
      'an impossible custom snooze',
      'snoozeReminder',
      {
        id: 'card-1',
        key: 'card-1:thank-you:iv-1',
        choice: { kind: 'custom', until: '2026-13-45T99:00:00Z' },
      },
    ],
    [
      'too many interviewers',
      'createCard',
      {
        details: sampleDetails({
          interviewers: Array.from({ length: 21 }, (_, i) => ({
            ...sampleDetails().interviewers[0]!,
            id: `i${i}`,
          })),
        }),
      },
    ],
  ]

  it.each(hostile)(
    'refuses %s with a typed error and leaves the store unchanged',
    async (_name, method, payload) => {
      const { call, store, errors, fileText } = await setup()
      const before = structuredClone(store.data)
      const fileBefore = await fileText()
      const result = await call(method, payload)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalid-request')
      expect(result.error.message.length).toBeLessThan(200)
      expect(result.error.message).not.toMatch(/\bat .*\.(ts|js):\d+/)
      expect(store.data).toEqual(before)
      expect(await fileText()).toBe(fileBefore)
      expect(errors).toEqual([])
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )

  it('names the offending field', async () => {
    const { call } = await setup()
    const result = await call('createCard', { details: sampleDetails({ company: '' }) })
    expect(result).toMatchObject({
      ok: false,
      error: { field: 'details.company', message: 'Company is required' },
    })
  })
})

function nest(depth: number): unknown {
  let value: unknown = {}
  for (let i = 0; i < depth; i++) value = { inner: value }
  return value
}
