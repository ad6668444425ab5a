import { describe, expect, it } from 'vitest'
import { IdSchema } from '@shared/domain/interview'
import { makeId } from './make-id'

describe('makeId', () => {
  it('makes ids main accepts, different every time', () => {
    const ids = Array.from({ length: 50 }, makeId)
    for (const id of ids) expect(IdSchema.safeParse(id).success).toBe(true)
    expect(new Set(ids).size).toBe(50)
  })
})
