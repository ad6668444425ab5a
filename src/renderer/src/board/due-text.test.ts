import { describe, expect, it } from 'vitest'
import { sendAndAdvance } from '@shared/cadence/advance'
import { followUpKey } from '@shared/domain/follow-up-state'
import { snooze } from '@shared/cadence/reminders'
import { createCard, moveCard } from '@shared/domain/board'
import type { Card } from '@shared/domain/card'
import { defaultSettings } from '@shared/domain/settings'
import { sampleDetails } from '@shared/test-support/sample-details'
import { createPlanCache, summarizeDue } from '../state/plans'
import { dueFor, dueLine } from './due-text'

const TZ = 'Europe/Berlin'
const settings = defaultSettings(TZ)
const at = (iso: string) => new Date(iso)
const person = (id: string, name: string, preferredChannel: 'email' | 'phone' = 'email') => ({
  ...sampleDetails().interviewers[0]!,
  id,
  name,
  preferredChannel,
})

function card(overrides: Partial<Card> = {}): Card {
  return { ...createCard(sampleDetails(), 'c1', at('2026-11-17T16:00:00Z')), ...overrides }
}

/** The card's line as an en-GB reader sees it at `now`. */
function line(c: Card, now: string) {
  const due = summarizeDue(createPlanCache()(c, settings), at(now), TZ)
  return { ...dueLine(due, c, at(now), TZ, 'en-GB'), for: dueFor(due, c) }
}

describe('dueLine', () => {
  it('names the follow-up, when it is due and the channel, in the person’s zone', () => {
    expect(line(card(), '2026-11-17T16:00:00Z')).toEqual({
      text: 'Thank-you due Wed 18 Nov',
      detail: null,
      channel: 'email',
      for: 'For Priya Raman by email',
    })
    expect(line(card(), '2026-11-18T09:00:00Z')).toMatchObject({
      text: 'Thank-you due today',
      detail: 'by 15:45',
    })
    expect(line(card(), '2026-11-18T15:00:00Z')).toMatchObject({
      text: 'Thank-you overdue',
      detail: 'since 15:45',
    })
    expect(line(card(), '2026-11-20T09:00:00Z')).toMatchObject({ detail: 'since Wed 18 Nov' })
  })

  it('shows the check-in a week after the thank-you went out, as a call for a phone person', () => {
    const c = card({ interviewers: [person('a', 'Ada', 'phone'), person('b', 'Bo')] })
    const next = sendAndAdvance(c, c.followUps, 'thank-you', 'all', at('2026-11-17T18:00:00Z'))
    const moved = { ...next.card, followUps: next.followUps }
    expect(line(moved, '2026-11-18T09:00:00Z')).toEqual({
      text: 'Check-in due Tue 24 Nov',
      detail: null,
      channel: 'call',
      for: 'For Ada by phone, and 1 more',
    })
    expect(line(moved, '2026-11-24T08:00:00Z').text).toBe('Check-in due today')
    expect(line(moved, '2026-11-25T08:00:00Z')).toMatchObject({
      text: 'Check-in overdue',
      detail: 'since Tue 24 Nov',
    })
  })

  it('says when a follow-up is snoozed, when all is sent, and when to close', () => {
    const key = followUpKey('c1', 'thank-you', 'iv-1')
    const c = card()
    const snoozed = { ...c, followUps: snooze(c.followUps, key, at('2026-11-19T08:00:00Z')) }
    expect(line(snoozed, '2026-11-18T15:00:00Z')).toMatchObject({
      text: 'Thank-you snoozed',
      detail: 'until Thu 19 Nov',
    })

    const final = moveCard(c, 'final', null, at('2026-11-18T08:00:00Z'))
    const sent = sendAndAdvance(final, final.followUps, 'final', 'all', at('2026-11-18T08:00:00Z'))
    const waiting = { ...sent.card, followUps: sent.followUps }
    expect(line(waiting, '2026-11-19T09:00:00Z')).toEqual({
      text: 'Waiting for a reply',
      detail: null,
      channel: null,
      for: null,
    })
    expect(line(waiting, '2026-12-01T09:00:00Z').text).toBe('No reply yet — close it?')
  })

  it('has no line for a closed card, and a nudge for a card without interviewers', () => {
    const closed = moveCard(card(), 'closed', 'offer', at('2026-11-18T08:00:00Z'))
    expect(dueLine(summarizeDue([], at('2026-11-18T08:00:00Z'), TZ), closed, new Date(), TZ)).toBe(
      null,
    )
    expect(line(card({ interviewers: [] }), '2026-11-18T09:00:00Z').text).toBe(
      'Add who interviewed you',
    )
  })
})
