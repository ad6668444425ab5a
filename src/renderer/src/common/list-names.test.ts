import { describe, expect, it } from 'vitest'
import { listNames } from './list-names'

describe('listNames', () => {
  it('joins names the way a sentence does', () => {
    expect(listNames([])).toBe('')
    expect(listNames(['Ada'])).toBe('Ada')
    expect(listNames(['Ada', 'Grace'])).toBe('Ada and Grace')
    expect(listNames(['Ada', 'Grace', 'Alan'])).toBe('Ada, Grace and Alan')
  })
})
