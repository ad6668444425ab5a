import { describe, expect, it } from 'vitest'
import { sampleDetails } from '@shared/test-support/sample-details'
import { card, loadedStore } from './test-support/fake-main'

describe('the board and its moves', () => {
  it('moves a card at once, before main answers, and offers to undo the move', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    const done = actions.moveCard('a', 'check-in', null)
    expect(store.getState().cards.a!.stage).toBe('check-in')
    expect(store.getState().toast).toMatchObject({
      note: { about: 'board', kind: 'moved', company: 'Acme', to: 'check-in', outcome: null },
      undo: { kind: 'move', cardId: 'a', to: 'thank-you', outcome: null },
    })
    await done
    expect(store.getState().cards.a).toEqual(main.stored.get('a'))
  })

  it('puts the card back and says why when main refuses the move', async () => {
    const before = card('a', 'Acme')
    const { store, main, actions } = await loadedStore([before])
    main.refuseWith('The data file is read-only')
    await actions.moveCard('a', 'final', null)
    expect(store.getState().cards.a).toEqual(before)
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      note: {
        about: 'board',
        kind: 'move-refused',
        company: 'Acme',
        reason: 'The data file is read-only',
      },
      undo: null,
    })
  })

  it('undoes a move to Closed back to the previous stage and outcome, as it was', async () => {
    const closed = card('a', 'Acme', { stage: 'closed', outcome: 'rejected' })
    const { store, main, actions } = await loadedStore([closed])
    await actions.moveCard('a', 'closed', 'offer')
    expect(store.getState().cards.a).toMatchObject({ stage: 'closed', outcome: 'offer' })
    await actions.undo()
    // Main's undo: the card exactly as before, not a second move back.
    expect(main.calls.undoFollowUp).toHaveBeenCalledWith({ id: 'a' })
    expect(store.getState().cards.a).toEqual(closed)
    expect(main.calls.moveCard).toHaveBeenCalledTimes(1)
    expect(store.getState().toast).toMatchObject({
      note: { about: 'board', kind: 'undone', company: 'Acme', backIn: null },
      undo: null,
    })
  })

  it('undoes a move by moving the card back when main can no longer undo it', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    await actions.moveCard('a', 'final', null)
    main.calls.forgetUndo()
    await actions.undo()
    expect(store.getState().cards.a).toMatchObject({ stage: 'thank-you' })
    expect(main.calls.moveCard).toHaveBeenLastCalledWith({
      id: 'a',
      to: 'thank-you',
      outcome: null,
    })
    expect(store.getState().toast?.undo).toBeNull()
  })

  it('asks for an outcome before closing, and leaves the card alone when that is cancelled', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    actions.requestMove('a', 'closed')
    expect(store.getState().closingCardId).toBe('a')
    actions.cancelClose()
    expect(store.getState().closingCardId).toBeNull()
    expect(store.getState().cards.a!.stage).toBe('thank-you')
    expect(main.calls.moveCard).not.toHaveBeenCalled()

    actions.requestMove('a', 'closed')
    actions.confirmClose('offer')
    expect(store.getState().cards.a).toMatchObject({ stage: 'closed', outcome: 'offer' })
  })

  it('ignores a drop on the column the card is already in', async () => {
    const { main, actions } = await loadedStore([card('a', 'Acme', { stage: 'final' })])
    actions.requestMove('a', 'final')
    expect(main.calls.moveCard).not.toHaveBeenCalled()
  })

  it('lets a later move win over an earlier answer', async () => {
    const { store, actions } = await loadedStore([card('a', 'Acme')])
    const first = actions.moveCard('a', 'check-in', null)
    const second = actions.moveCard('a', 'final', null)
    await Promise.all([first, second])
    expect(store.getState().cards.a!.stage).toBe('final')
  })

  it('deletes a card, closes it if open, and restores it with Undo', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    actions.navigate({ kind: 'select', cardId: 'a' })
    await actions.deleteCard('a')
    expect(store.getState().cards.a).toBeUndefined()
    expect(store.getState().selectedCardId).toBeNull()
    expect(store.getState().toast).toMatchObject({
      note: { about: 'board', kind: 'deleted', company: 'Acme' },
      undo: { kind: 'restore' },
    })
    await actions.undo()
    expect(main.calls.restoreCard).toHaveBeenCalledWith({ id: 'a' })
    expect(store.getState().cards.a?.company).toBe('Acme')
  })

  it('brings a card back when main refuses to delete it', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    main.refuseWith('Locked')
    await actions.deleteCard('a')
    expect(store.getState().cards.a?.company).toBe('Acme')
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      note: { about: 'board', kind: 'delete-refused', company: 'Acme', reason: 'Locked' },
    })
  })

  it('adds a created card and hands main’s answer back to the form', async () => {
    const { store, main, actions } = await loadedStore([])
    const result = await actions.createCard(sampleDetails({ company: 'Contoso' }))
    expect(result.ok).toBe(true)
    expect(Object.values(store.getState().cards).map((c) => c.company)).toEqual(['Contoso'])

    main.refuseWith('Nope')
    const refused = await actions.createCard(sampleDetails({ company: 'Fabrikam' }))
    expect(refused).toEqual({ ok: false, error: { code: 'internal', message: 'Nope' } })
    expect(Object.keys(store.getState().cards)).toHaveLength(1)
  })
})
