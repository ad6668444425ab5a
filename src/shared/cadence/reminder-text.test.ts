import { describe, expect, it } from 'vitest'
import type { Card } from '../domain/card'
import { defaultCadence } from '../domain/cadence-settings'
import type { FollowUpItem } from './plan'
import { planCard } from './plan'
import type { DueReminder } from './reminder-text'
import { describeReminder, summarizeReminders } from './reminder-text'
import { dragTo, newCard, person, sendAll, tracked } from './test-fixtures'

const BERLIN = 'Europe/Berlin'
const END = '2026-11-17T14:45:00Z'

/** Three people, each reached their own way; the names differ in first and last name. */
function threePeople(topics: string[] = []): Card {
  const card = newCard({
    end: END,
    topics,
    interviewers: [
      { ...person('iv-1', 'email'), name: 'Priya Raman' },
      { ...person('iv-2', 'phone'), name: 'Jonas Weber' },
      { ...person('iv-3', 'linkedin'), name: 'Ada Okafor' },
    ],
  })
  return { ...card, company: 'Northwind', position: 'Data Engineer' }
}

const planOf = (card: Card, followUps = card.followUps) =>
  planCard(card, followUps, { timeZone: BERLIN }, defaultCadence())

const notices = (card: Card, followUps = card.followUps) =>
  planOf(card, followUps).map((item) => describeReminder({ card, item }))

describe('each notification', () => {
  it('names its own interviewer, at every stage', () => {
    const card = threePeople()
    const names = card.interviewers.map((i) => i.name)
    let t = tracked(card)
    for (const stage of ['thank-you', 'check-in', 'final'] as const) {
      expect(t.card.stage).toBe(stage)
      const shown = notices(t.card, t.followUps).filter((n) => !n.key.endsWith('close-suggestion'))
      expect(shown).toHaveLength(3)
      shown.forEach((notice, n) => {
        const own = stage === 'thank-you' ? names[n]!.split(' ')[0]! : names[n]!
        expect(notice.title).toContain(own)
        for (const other of names.filter((_, m) => m !== n)) {
          expect(notice.title).not.toContain(other.split(' ')[0])
        }
        expect(notice.key).toBe(`card-1:${stage}:iv-${n + 1}`)
        expect(notice.cardId).toBe('card-1')
      })
      t = sendAll(t, stage === 'thank-you' ? '2026-11-17T16:00:00Z' : '2026-11-24T09:30:00Z')
    }
  })

  it('asks for the thank-you, by first name', () => {
    const [priya] = notices(threePeople(['Streaming']))
    expect(priya).toEqual({
      cardId: 'card-1',
      key: 'card-1:thank-you:iv-1',
      title: 'Thank Priya for the interview',
      body: 'Northwind, Data Engineer. A thank-you sent within a day is remembered.',
    })
  })

  it('asks to note what you talked about only on a thank-you, and only when nothing is noted', () => {
    const [withoutTopics] = notices(threePeople())
    expect(withoutTopics!.body).toBe(
      'Northwind, Data Engineer. While it is fresh, note what you talked about, then send your thank-you.',
    )
    const card = dragTo(threePeople(), 'check-in', '2026-11-17T16:00:00Z')
    const items = planOf(card)
    expect(items.map((item) => item.askForTopics)).toEqual([false, false, false])
    // Even an item that asked for topics does not ask again once past the thank-you.
    for (const item of items) {
      const body = describeReminder({ card, item: { ...item, askForTopics: true } }).body
      expect(body).not.toContain('note what you talked about')
    }
  })

  it('checks in by email, and by phone as a call', () => {
    const card = dragTo(threePeople(), 'check-in', '2026-11-17T16:00:00Z')
    const [email, call, linkedin] = notices(card)
    expect(email).toMatchObject({
      title: 'Check in with Priya Raman',
      body: 'Northwind, Data Engineer: ask how things are moving and what the next step is.',
    })
    expect(call!.title).toBe('Call Jonas Weber to check in')
    expect(linkedin!.title).toBe('Check in with Ada Okafor')
  })

  it('the final one says it is the last', () => {
    const card = dragTo(threePeople(), 'final', '2026-11-17T16:00:00Z')
    const [email, call, , suggestion] = notices(card)
    expect(email).toMatchObject({
      title: 'One last follow-up to Priya Raman',
      body: 'Northwind, Data Engineer: a brief, friendly note; after this one, Foothold stops nudging.',
    })
    expect(call!.title).toBe('One last call to Jonas Weber')
    expect(suggestion).toEqual({
      cardId: 'card-1',
      key: 'card-1:close-suggestion',
      title: 'No reply from Northwind yet',
      body: 'Your follow-ups for Data Engineer are done. Close the card as "No response" and put your energy into what is next.',
    })
  })

  it('stay in touch names the person', () => {
    const card = dragTo(threePeople(), 'closed', '2026-12-10T10:00:00Z', 'rejected')
    const cadence = { ...defaultCadence(), stayInTouchEnabled: true }
    const items = planCard(card, card.followUps, { timeZone: BERLIN }, cadence)
    expect(items.map((item) => describeReminder({ card, item }))[1]).toEqual({
      cardId: 'card-1',
      key: 'card-1:closed:iv-2',
      title: 'Stay in touch with Jonas Weber',
      body: 'Northwind, Data Engineer: a short, friendly hello keeps the door open.',
    })
  })

  it('falls back to "your interviewer" for a person no longer on the card', () => {
    const card = dragTo(threePeople(), 'check-in', '2026-11-17T16:00:00Z')
    const item: FollowUpItem = { ...planOf(card)[0]!, interviewerId: 'gone' }
    expect(describeReminder({ card, item }).title).toBe('Check in with your interviewer')
  })
})

describe('several due at once', () => {
  const due = (companies: string[]): DueReminder[] =>
    companies.map((company, n) => {
      const card = { ...threePeople(), id: `card-${n + 1}`, company }
      return { card, item: { ...planOf(card)[0]!, key: `card-${n + 1}:thank-you:iv-1` } }
    })

  it('come as one notification that opens the first', () => {
    expect(summarizeReminders(due(['Contoso', 'Litware']))).toEqual({
      title: '2 follow-ups are due',
      body: 'Contoso, Litware. Open Foothold to see them.',
      cardId: 'card-1',
      key: 'card-1:thank-you:iv-1',
    })
  })

  it('name three companies, then “… and N more”', () => {
    const five = ['Contoso', 'Litware', 'Proseware', 'Fabrikam', 'Tailspin']
    expect(summarizeReminders(due(five))).toMatchObject({
      title: '5 follow-ups are due',
      body: 'Contoso, Litware, Proseware and 2 more. Open Foothold to see them.',
    })
    expect(summarizeReminders(due(five.slice(0, 4))).body).toBe(
      'Contoso, Litware, Proseware and 1 more. Open Foothold to see them.',
    )
    expect(summarizeReminders(due(five.slice(0, 3))).body).toBe(
      'Contoso, Litware, Proseware. Open Foothold to see them.',
    )
  })

  it('count follow-ups, but name each company once', () => {
    expect(summarizeReminders(due(['Contoso', 'Contoso', 'Litware']))).toMatchObject({
      title: '3 follow-ups are due',
      body: 'Contoso, Litware. Open Foothold to see them.',
    })
  })

  it('one alone is described in full', () => {
    const [only] = due(['Contoso'])
    expect(summarizeReminders([only!])).toEqual(describeReminder(only!))
  })
})
