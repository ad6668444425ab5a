import { describe, expect, it } from 'vitest'
import { sampleDetails } from '@shared/test-support/sample-details'
import { card, loadedStore } from './test-support/fake-main'

describe('follow-ups', () => {
  const people = [
    { ...sampleDetails().interviewers[0]!, id: 'p1', name: 'Priya Raman' },
    { ...sampleDetails().interviewers[0]!, id: 'p2', name: 'Tom Becker' },
  ]

  it('marks one interviewer sent, then all: the card moves on, and Undo puts it back', async () => {
    const { store, main, actions } = await loadedStore([
      card('a', 'Acme', { interviewers: people }),
    ])
    expect(await actions.markSent('a', 'thank-you', ['p1'])).toBe(true)
    expect(store.getState().toast).toMatchObject({
      note: {
        about: 'follow-ups',
        kind: 'marked-sent',
        company: 'Acme',
        interviewers: people,
        stage: 'thank-you',
        sentTo: ['p1'],
        advancedTo: null,
      },
      undo: { kind: 'follow-up', cardId: 'a' },
    })
    await actions.markSent('a', 'thank-you', 'all')
    expect(store.getState().cards.a!.stage).toBe('check-in')
    expect(store.getState().toast?.note).toMatchObject({
      kind: 'marked-sent',
      sentTo: 'all',
      advancedTo: 'check-in',
    })
    await actions.undo()
    expect(main.calls.undoFollowUp).toHaveBeenCalledWith({ id: 'a' })
    expect(store.getState().cards.a!.stage).toBe('thank-you')
    expect(store.getState().toast?.note).toEqual({
      about: 'board',
      kind: 'undone',
      company: 'Acme',
      backIn: 'thank-you',
    })
  })

  it('notes a reply and a snooze, each undoable, and says why when main refuses', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    await actions.markReplied('a')
    expect(store.getState().cards.a!.followUps.stages['thank-you'].repliedAt).not.toBeNull()
    expect(store.getState().toast).toMatchObject({
      note: { about: 'follow-ups', kind: 'replied', company: 'Acme', stage: 'thank-you' },
      undo: { kind: 'follow-up' },
    })
    await actions.snooze('a', 'a:thank-you:iv-1', { kind: 'one-hour' })
    // The fake main snoozes for an hour; the toast says until when, in the person's zone.
    expect(store.getState().toast?.note).toEqual({
      about: 'follow-ups',
      kind: 'snoozed',
      until: '2026-11-18T10:00:00.000Z',
      timeZone: 'Europe/Berlin',
    })
    main.refuseWith('Choose a time in the future')
    expect(await actions.snooze('a', 'a:thank-you:iv-1', { kind: 'one-hour' })).toBe(false)
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      note: { about: 'follow-ups', kind: 'snooze-refused', reason: 'Choose a time in the future' },
    })
  })

  it('opens the card of a clicked reminder, from the event or from the snapshot', async () => {
    const { store, main } = await loadedStore([card('a', 'Acme'), card('b', 'Bolt')], {
      cardId: 'b',
      key: 'b:thank-you:iv-1',
    })
    expect(store.getState().selectedCardId).toBe('b')
    expect(store.getState().followUpFocus).toMatchObject({ cardId: 'b', key: 'b:thank-you:iv-1' })
    store.getState().actions.followUpFocused(store.getState().followUpFocus!.seq)
    expect(store.getState().followUpFocus).toBeNull()

    main.pushOpenCard({ cardId: 'a', key: null })
    expect(store.getState()).toMatchObject({
      selectedCardId: 'a',
      followUpFocus: { cardId: 'a', key: null },
    })
    main.pushOpenCard({ cardId: 'gone', key: null })
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      note: { about: 'follow-ups', kind: 'card-gone' },
    })
  })
})
