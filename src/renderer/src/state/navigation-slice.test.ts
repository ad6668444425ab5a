import { describe, expect, it } from 'vitest'
import { card, loadedStore } from './test-support/fake-main'

const ready = () => loadedStore([card('c1', 'Contoso')])

describe('navigation', () => {
  it('holds navigation back while the open card has unsaved edits', async () => {
    const { store, actions } = await loadedStore([card('a', 'Acme'), card('b', 'Bolt')])
    actions.navigate({ kind: 'select', cardId: 'a' })
    actions.setPanelDirty(true)
    actions.navigate({ kind: 'select', cardId: 'b' })
    expect(store.getState().selectedCardId).toBe('a')
    actions.keepEditing()
    expect(store.getState().pendingNavigation).toBeNull()

    actions.navigate({ kind: 'new-interview' })
    actions.discardAndContinue()
    expect(store.getState()).toMatchObject({
      selectedCardId: null,
      newInterviewOpen: true,
      panelDirty: false,
    })
  })

  it('opens Progress in place of the board, asking first when the open card has unsaved edits', async () => {
    const { store, actions } = await loadedStore([card('a', 'Acme')])
    actions.navigate({ kind: 'select', cardId: 'a' })
    actions.setPanelDirty(true)
    actions.navigate({ kind: 'progress' })
    expect(store.getState()).toMatchObject({
      view: 'board',
      pendingNavigation: { kind: 'progress' },
    })
    actions.discardAndContinue()
    expect(store.getState()).toMatchObject({ view: 'progress', selectedCardId: null })
    actions.navigate({ kind: 'board' })
    expect(store.getState().view).toBe('board')
  })
})

describe('the settings view', () => {
  it('opens in place of the board and closes back to it', async () => {
    const { store, actions } = await ready()
    actions.navigate({ kind: 'select', cardId: 'c1' })
    actions.navigate({ kind: 'settings' })
    expect(store.getState()).toMatchObject({ view: 'settings', selectedCardId: null })
    actions.navigate({ kind: 'board' })
    expect(store.getState().view).toBe('board')
  })

  it('asks before leaving unsaved settings, and stays when asked to', async () => {
    const { store, actions } = await ready()
    actions.navigate({ kind: 'settings' })
    actions.setPanelDirty(true)
    actions.navigate({ kind: 'board' })
    expect(store.getState()).toMatchObject({
      view: 'settings',
      pendingNavigation: { kind: 'board' },
    })
    actions.keepEditing()
    expect(store.getState()).toMatchObject({ view: 'settings', pendingNavigation: null })
    actions.navigate({ kind: 'new-interview' })
    actions.discardAndContinue()
    expect(store.getState()).toMatchObject({
      view: 'board',
      newInterviewOpen: true,
      panelDirty: false,
      pendingNavigation: null,
    })
  })

  it('asks before leaving a card with unsaved edits for the settings', async () => {
    const { store, actions } = await ready()
    actions.navigate({ kind: 'select', cardId: 'c1' })
    actions.setPanelDirty(true)
    actions.navigate({ kind: 'settings' })
    expect(store.getState()).toMatchObject({ view: 'board', selectedCardId: 'c1' })
    actions.discardAndContinue()
    expect(store.getState()).toMatchObject({ view: 'settings', selectedCardId: null })
  })

  it('gives way to a clicked reminder when nothing is unsaved', async () => {
    const { store, actions } = await ready()
    actions.navigate({ kind: 'settings' })
    actions.openCard({ cardId: 'c1', key: null })
    expect(store.getState()).toMatchObject({ view: 'board', selectedCardId: 'c1' })
  })
})

describe('toasts', () => {
  it('gives each toast its own id, so a new one restarts its timer, and Undo takes it away', async () => {
    const { store, actions } = await loadedStore([card('a', 'Acme'), card('b', 'Bolt')])
    await actions.moveCard('a', 'check-in', null)
    const first = store.getState().toast!
    await actions.moveCard('b', 'check-in', null)
    const second = store.getState().toast!
    expect(second.id).not.toBe(first.id)
    expect(second.note).toMatchObject({ about: 'board', kind: 'moved', company: 'Bolt' })
    const undone = actions.undo()
    expect(store.getState().toast).toBeNull()
    await undone
    expect(store.getState().cards.b!.stage).toBe('thank-you')
    actions.dismissToast()
    expect(store.getState().toast).toBeNull()
  })

  it('does nothing on Undo when the toast offers none', async () => {
    const { store, main, actions } = await loadedStore([card('a', 'Acme')])
    main.refuseWith('Locked')
    await actions.moveCard('a', 'final', null)
    expect(store.getState().toast).toMatchObject({ tone: 'error', undo: null })
    await actions.undo()
    expect(main.calls.undoFollowUp).not.toHaveBeenCalled()
    expect(store.getState().toast).toMatchObject({ tone: 'error' })
  })
})
