import { describe, expect, it } from 'vitest'
import type { Card } from '@shared/domain/card'
import { methodOfChannel } from '@shared/ipc/methods'
import type { IpcResult } from '@shared/ipc/result'
import { sampleDetails } from '@shared/test-support/sample-details'
import { BoardStore, ReadOnlyStoreError } from '../store/board-store'
import { useTempFolders } from '../test-support/temp-folder'
import { createDispatch } from './dispatch'
import { clipboardContent, createDraftHandlers } from './draft-handlers'
import { createHandlers } from './handlers'

const tempFolder = useTempFolders()
const clock = { now: () => new Date('2026-11-23T09:00:00Z') }

async function setup(email = 'priya@northwind.example', personAsked?: () => boolean) {
  const folder = await tempFolder()
  const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
  const copied: Array<{ text: string; html: string }> = []
  const opened: string[] = []
  const handlers = createHandlers({
    store,
    clock,
    newId: () => 'card-1',
    clipboard: { write: (content) => void copied.push(content) },
    openExternal: async (url) => void opened.push(url),
    ...(personAsked ? { personAsked } : {}),
  })
  const dispatch = createDispatch(handlers, () => undefined)
  const call = <T>(method: string, payload?: unknown) =>
    dispatch(methodOfChannel(`foothold:${method}`), payload) as Promise<IpcResult<T>>
  const details = sampleDetails()
  details.interviewers = [{ ...details.interviewers[0]!, id: 'iv-1', email }]
  await call('createCard', { details })
  const draft = { id: 'card-1', stage: 'thank-you', interviewerId: 'iv-1', channel: 'email' }
  return { store, call, copied, opened, draft }
}

describe('draft requests', () => {
  it('keeps an edited draft with the card until it is reset', async () => {
    const { store, call, draft } = await setup()
    const saved = await call<Card>('saveDraft', { ...draft, subject: 'Thanks', body: 'Mine' })
    expect(saved).toMatchObject({ ok: true })
    const { id: _card, ...address } = draft
    expect(store.data.cards[0]!.drafts).toMatchObject([{ ...address, body: 'Mine' }])
    await call('saveDraft', { ...draft, subject: 'Thanks', body: 'Mine, again' })
    expect(store.data.cards[0]!.drafts.map((d) => d.body)).toEqual(['Mine, again'])
    await call('resetDraft', draft)
    expect(store.data.cards[0]!.drafts).toEqual([])
  })

  it('copies subject and body as plain text and HTML, and logs the copy', async () => {
    const { store, call, copied, draft } = await setup()
    const body = 'Dear Priya,\n\nThank you <3 & more.\nSam'
    await call('copyDraft', { ...draft, part: 'all', subject: 'Thank you — Sam', body })
    expect(copied).toEqual([
      {
        text: `Subject: Thank you — Sam\n\n${body}`,
        html: '<p><strong>Subject:</strong> Thank you — Sam</p>\n<p>Dear Priya,</p>\n<p>Thank you &lt;3 &amp; more.<br>Sam</p>',
      },
    ])
    expect(store.data.cards[0]!.activity.at(-1)).toMatchObject({ kind: 'copied', part: 'all' })
  })

  it('opens the mail app with an encoded mailto: link to the interviewer', async () => {
    const { call, opened, store, draft } = await setup()
    const result = await call('openInMailApp', {
      ...draft,
      subject: 'Q&A?',
      body: 'Line 1\nLine #2',
    })
    expect(result).toMatchObject({ ok: true, value: { shortened: false } })
    expect(opened).toEqual([
      'mailto:priya@northwind.example?subject=Q%26A%3F&body=Line%201%0D%0ALine%20%232',
    ])
    expect(store.data.cards[0]!.activity.at(-1)).toMatchObject({ part: 'mail-app' })
  })

  it('opens one draft per click of the person, however often the page asks', async () => {
    // The window's user activation: true once after a click, as the app's is.
    let clicks = 0
    const { store, call, opened, draft } = await setup('priya@northwind.example', () => {
      const asked = clicks > 0
      clicks = 0
      return asked
    })
    const request = { ...draft, subject: 'Hi', body: 'Hello' }
    const unasked = await call('openInMailApp', request)
    expect(unasked).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('only when you click') },
    })
    clicks = 1
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => call('openInMailApp', request)))
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1)
    expect(opened).toEqual(['mailto:priya@northwind.example?subject=Hi&body=Hello'])
    const logged = store.data.cards[0]!.activity.filter((entry) => entry.kind === 'copied')
    expect(logged).toHaveLength(1)
  })

  it('says what is missing when the interviewer has no email address', async () => {
    const { call, opened, draft } = await setup('')
    expect(await call('openInMailApp', { ...draft, subject: 'Hi', body: 'Hello' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('email address') },
    })
    expect(opened).toEqual([])
  })

  it('refuses drafts for someone not on the card, or longer than any template', async () => {
    const { call, copied, store, draft } = await setup()
    const before = JSON.stringify(store.data)
    const refusals = [
      call('copyDraft', { ...draft, interviewerId: 'iv-9', part: 'all', subject: '', body: 'x' }),
      call('saveDraft', { ...draft, subject: '', body: 'x'.repeat(100_000) }),
      call('saveDraft', { ...draft, channel: 'fax', subject: '', body: 'x' }),
      call('copyDraft', { ...draft, part: 'mail-app', subject: '', body: 'x' }),
    ]
    for (const result of await Promise.all(refusals)) expect(result.ok).toBe(false)
    expect(copied).toEqual([])
    expect(JSON.stringify(store.data)).toBe(before)
  })
})

describe('clipboardContent', () => {
  it('copies only the body of a note without a subject, and only the subject when asked', () => {
    expect(clipboardContent('all', '', 'Hi Ana')).toEqual({ text: 'Hi Ana', html: '<p>Hi Ana</p>' })
    expect(clipboardContent('subject', 'A & B', 'ignored')).toEqual({
      text: 'A & B',
      html: 'A &amp; B',
    })
  })
})

describe('a card that changes while a draft is being copied', () => {
  it('keeps the change and adds the copy to the log', async () => {
    const folder = await tempFolder()
    const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
    let call: (method: string, payload?: unknown) => Promise<unknown> = async () => undefined
    const handlers = createHandlers({
      store,
      clock,
      newId: () => 'card-1',
      // A slow clipboard, during which a debounced draft edit is saved.
      clipboard: {
        write: () =>
          call('saveDraft', {
            id: 'card-1',
            stage: 'thank-you',
            interviewerId: 'iv-1',
            channel: 'email',
            subject: 'Mine',
            body: 'Typed meanwhile',
          }).then(() => undefined),
      },
    })
    const dispatch = createDispatch(handlers, () => undefined)
    call = (method, payload) => dispatch(methodOfChannel(`foothold:${method}`), payload)
    const details = sampleDetails()
    details.interviewers = [{ ...details.interviewers[0]!, id: 'iv-1' }]
    await call('createCard', { details })
    const copy = { id: 'card-1', stage: 'thank-you', interviewerId: 'iv-1', channel: 'email' }
    await call('copyDraft', { ...copy, part: 'body', subject: '', body: 'Hello' })
    const card = store.data.cards[0]!
    expect(card.drafts.map((d) => d.body)).toEqual(['Typed meanwhile'])
    expect(card.activity.at(-1)).toMatchObject({ kind: 'copied', part: 'body' })
  })
})

describe('copying from a read-only board', () => {
  it('still copies; only the log entry is missing', async () => {
    const { store, draft } = await setup()
    const card = store.data.cards[0]!
    const copied: string[] = []
    const handlers = createDraftHandlers({
      clock,
      findCard: () => card,
      saveCard: () => Promise.reject(new ReadOnlyStoreError('read-only')),
      clipboard: { write: (content) => void copied.push(content.text) },
      openExternal: async () => undefined,
      personAsked: () => true,
    })
    const result = await handlers.copyDraft({
      ...draft,
      stage: 'thank-you',
      channel: 'email',
      part: 'body',
      subject: '',
      body: 'Hello',
    })
    expect(copied).toEqual(['Hello'])
    expect(result).toBe(card)
  })
})
