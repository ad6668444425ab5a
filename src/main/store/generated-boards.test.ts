import { describe, expect, it } from 'vitest'
import { BOARD_SIZES, boardText, generateBoard } from '../../../bench/boards'
import { STAGES } from '@shared/domain/interview'
import { StoreDataSchema, parseStoreText } from '@shared/store/store-format'

describe('generated benchmark boards', () => {
  it.each(Object.entries(BOARD_SIZES))(
    '%s (%i cards) is a valid store file',
    (_, size) => {
      const board = generateBoard({ cards: size })
      expect(board.cards).toHaveLength(size)
      const text = boardText(board)
      const parsed = parseStoreText(text)
      expect(parsed.ok && parsed.migratedFrom).toBe(null)
      // Validation changes nothing: the generator writes exactly what the schemas describe.
      expect(boardText(StoreDataSchema.parse(board))).toBe(text)
      // Generating and validating 5,000 cards twice takes seconds on a slow machine.
    },
    60_000,
  )

  it('is the same board for the same seed, and another for another seed', () => {
    expect(boardText(generateBoard({ cards: 50 }))).toBe(boardText(generateBoard({ cards: 50 })))
    expect(generateBoard({ cards: 50, seed: 2 })).not.toEqual(generateBoard({ cards: 50 }))
  })

  it('covers every stage, outcomes, decision dates, replies, snoozes and shown reminders', () => {
    const { cards } = generateBoard({ cards: BOARD_SIZES.small })
    for (const stage of STAGES) expect(cards.some((c) => c.stage === stage)).toBe(true)
    const stages = cards.flatMap((c) => Object.values(c.followUps.stages))
    expect(cards.some((c) => c.decisionDate !== null)).toBe(true)
    expect(cards.some((c) => c.interviewers.length > 1)).toBe(true)
    expect(new Set(cards.flatMap((c) => c.interviewers.map((i) => i.preferredChannel)))).toEqual(
      new Set(['email', 'phone', 'linkedin']),
    )
    expect(stages.some((s) => s.repliedAt !== null)).toBe(true)
    expect(stages.some((s) => s.sent.length > 0)).toBe(true)
    expect(cards.some((c) => c.followUps.snoozes.length > 0)).toBe(true)
    expect(cards.some((c) => c.followUps.shownReminders.length > 0)).toBe(true)
    expect(cards.some((c) => c.activity.some((a) => a.kind === 'edited'))).toBe(true)
    expect(cards.some((c) => c.activity.length >= 3)).toBe(true)
  })
})
