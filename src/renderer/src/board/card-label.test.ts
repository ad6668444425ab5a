import { describe, expect, it } from 'vitest'
import { createCard } from '@shared/domain/board'
import { sampleDetails } from '@shared/test-support/sample-details'
import { cardLabel } from './card-label'

const when = 'Tue 17 Nov 2026, 15:00'

describe('cardLabel', () => {
  it('starts with the company and reads like the card', () => {
    const card = createCard(sampleDetails(), 'c1', new Date('2026-11-17T16:00:00Z'))
    expect(cardLabel(card, when)).toBe(
      'Northwind Analytics, Senior Data Engineer. Interview Tue 17 Nov 2026, 15:00. ' +
        'With Priya Raman. Send a thank-you note.',
    )
  })

  it('leaves out the people when there are none', () => {
    const card = createCard(sampleDetails({ interviewers: [] }), 'c1', new Date())
    expect(cardLabel(card, when)).toMatch(/15:00\. Add who interviewed you\.$/)
  })
})
