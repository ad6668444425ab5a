import { boardSnapshot, firstScreenOfSnapshot } from '@shared/test-support/board-snapshot'
import { describe, expect, it, vi } from 'vitest'
import { createCard } from '@shared/domain/board'
import { findDraftEdit, resetDraftEdit, saveDraftEdit } from '@shared/domain/draft-edits'
import type { Card } from '@shared/domain/card'
import type { BoardSnapshot, FootholdApi } from '@shared/ipc/contract'
import { fail, ok, type IpcResult } from '@shared/ipc/result'
import { sampleDetails } from '@shared/test-support/sample-details'
import { createBoardStore } from './board-store'

const NOW = new Date('2026-11-18T09:00:00Z')
const ADDRESS = {
  id: 'card-1',
  stage: 'thank-you',
  interviewerId: 'iv-1',
  channel: 'email',
} as const

/** Main's draft methods over one stored card; `refuse` makes the next answers fail. */
function fakeMain() {
  let card = createCard(sampleDetails(), 'card-1', new Date('2026-11-17T15:00:00Z'))
  let tick = 0
  let refuse: string | null = null
  const later = () => new Date(NOW.getTime() + ++tick * 1000)
  const answer = <T>(value: () => T): Promise<IpcResult<T>> =>
    Promise.resolve(refuse ? fail('invalid-request', refuse) : ok(value()))
  const logged = (c: Card): Card => ({ ...c, updatedAt: later().toISOString() })
  const api = {
    loadFirstScreen: async () => ok(firstScreenOfSnapshot(boardSnapshot([card]))),
    loadBoard: async (): Promise<IpcResult<BoardSnapshot>> => ok(boardSnapshot([card])),
    saveDraft: vi.fn((request) => answer(() => (card = saveDraftEdit(card, request, later())))),
    resetDraft: vi.fn((request) => answer(() => (card = resetDraftEdit(card, request, later())))),
    copyDraft: vi.fn(() => answer(() => (card = logged(card)))),
    openInMailApp: vi.fn(() => answer(() => ({ card: (card = logged(card)), shortened: true }))),
    on: () => () => undefined,
  }
  return {
    api: api as unknown as FootholdApi,
    calls: api,
    stored: () => card,
    refuseWith: (message: string | null) => (refuse = message),
  }
}

async function loaded() {
  const main = fakeMain()
  const store = createBoardStore(main.api, { now: () => NOW, localTimeZone: 'UTC' })
  await store.getState().actions.reload()
  return { main, store, actions: store.getState().actions }
}

const edited = (card: Card | undefined) => (card ? findDraftEdit(card, ADDRESS) : null)

describe('draft actions', () => {
  it('saves an edit quietly and keeps the card main answered with', async () => {
    const { store, actions } = await loaded()
    const result = await actions.saveDraft({ ...ADDRESS, subject: 'S', body: 'Mine' })
    expect(result.ok).toBe(true)
    expect(edited(store.getState().cards['card-1'])).toMatchObject({ subject: 'S', body: 'Mine' })
    expect(store.getState().toast).toBeNull()
  })

  it('hands back a refused save for the editor to show', async () => {
    const { main, actions } = await loaded()
    main.refuseWith('At most 5000 characters')
    const result = await actions.saveDraft({ ...ADDRESS, subject: 'S', body: 'Mine' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'At most 5000 characters' },
    })
  })

  it('keeps a later answer about the card over an earlier one that arrives after it', async () => {
    const { main, store, actions } = await loaded()
    await actions.saveDraft({ ...ADDRESS, subject: 'S', body: 'Newer' })
    const newer = store.getState().cards['card-1']!
    main.calls.saveDraft.mockImplementationOnce(async () =>
      ok({ ...newer, drafts: [], updatedAt: '2026-11-18T08:00:00.000Z' }),
    )
    await actions.saveDraft({ ...ADDRESS, subject: 'S', body: 'Older' })
    expect(store.getState().cards['card-1']).toBe(newer)
  })

  it('resets to the template, and Undo brings the wording back', async () => {
    const { main, store, actions } = await loaded()
    await actions.saveDraft({ ...ADDRESS, subject: 'S', body: 'Mine' })
    await actions.resetDraft(ADDRESS, { subject: 'S', body: 'Mine' })
    expect(edited(store.getState().cards['card-1'])).toBeNull()
    expect(store.getState().toast).toMatchObject({
      note: { about: 'drafts', kind: 'reset', channel: 'email', name: 'Priya Raman' },
      undo: { kind: 'draft' },
    })
    await actions.undo()
    expect(edited(main.stored())).toMatchObject({ body: 'Mine' })
    expect(edited(store.getState().cards['card-1'])).toMatchObject({ body: 'Mine' })
    expect(store.getState().toast?.note).toEqual({ about: 'drafts', kind: 'wording-back' })
  })

  it('resets quietly when the text was typed back to the template', async () => {
    const { store, actions } = await loaded()
    await actions.saveDraft({ ...ADDRESS, subject: 'S', body: 'Mine' })
    await actions.resetDraft(ADDRESS)
    expect(store.getState().toast).toBeNull()
  })

  it('copies the text as shown and says what is on the clipboard', async () => {
    const { main, store, actions } = await loaded()
    const request = { ...ADDRESS, part: 'all' as const, subject: 'S', body: 'B' }
    expect(await actions.copyDraft(request)).toBe(true)
    expect(main.calls.copyDraft).toHaveBeenCalledWith(request)
    expect(store.getState().toast?.note).toEqual({
      about: 'drafts',
      kind: 'copied',
      part: 'all',
      channel: 'email',
      name: 'Priya Raman',
    })
    main.refuseWith('That interviewer is no longer on this interview')
    expect(await actions.copyDraft(request)).toBe(false)
    expect(store.getState().toast).toMatchObject({
      tone: 'error',
      note: {
        about: 'drafts',
        kind: 'copy-refused',
        reason: 'That interviewer is no longer on this interview',
      },
    })
  })

  it('opens the mail app and says when the link had to be cut', async () => {
    const { main, store, actions } = await loaded()
    expect(await actions.openInMailApp({ ...ADDRESS, subject: 'S', body: 'B' })).toBe(true)
    expect(store.getState().toast?.note).toEqual({
      about: 'drafts',
      kind: 'mail-opened',
      name: 'Priya Raman',
      shortened: true,
    })
    main.refuseWith('Add Priya Raman’s email address to the card')
    expect(await actions.openInMailApp({ ...ADDRESS, subject: 'S', body: 'B' })).toBe(false)
    expect(store.getState().toast?.note).toEqual({
      about: 'drafts',
      kind: 'mail-refused',
      reason: 'Add Priya Raman’s email address to the card',
    })
  })
})
