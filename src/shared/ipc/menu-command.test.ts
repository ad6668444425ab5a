import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../shortcuts'
import { MenuCommandSchema } from './menu-command'

describe('MenuCommandSchema', () => {
  it('takes every command of the shortcut table', () => {
    for (const command of COMMANDS)
      expect(MenuCommandSchema.parse({ command })).toEqual({ command })
  })

  it('refuses anything else', () => {
    for (const payload of [
      null,
      'undo',
      {},
      { command: 'deleteCard' },
      { command: 'undo', extra: 1 },
      { command: ['undo'] },
    ])
      expect(MenuCommandSchema.safeParse(payload).success).toBe(false)
  })
})
