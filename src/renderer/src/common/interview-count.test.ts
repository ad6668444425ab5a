import { describe, expect, it } from 'vitest'
import { interviewCount } from './interview-count'

describe('interviewCount', () => {
  it('counts in words', () => {
    expect(interviewCount(0)).toBe('no interviews')
    expect(interviewCount(1)).toBe('1 interview')
    expect(interviewCount(12)).toBe('12 interviews')
  })
})
