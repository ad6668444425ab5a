import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { dueLabel, setUpTray } from './tray'

describe('setUpTray', () => {
  it('offers Open, the due count and Quit, and keeps the count current', () => {
    let menu: MenuItemConstructorOptions[] = []
    let tooltip = ''
    const handlers = new Map<string, () => void>()
    const open = vi.fn()
    const quit = vi.fn()
    const tray = setUpTray({
      tray: {
        setToolTip: (text: string) => void (tooltip = text),
        setContextMenu: () => undefined,
        on: ((event: string, fn: () => void) => handlers.set(event, fn)) as never,
      },
      buildMenu: (template) => ((menu = template), {}) as never,
      open,
      quit,
    })
    expect(menu.map((m) => m.label ?? m.type)).toEqual([
      'Open Foothold',
      'Nothing due',
      'separator',
      'Quit Foothold',
    ])
    tray.setDueCount(3)
    expect(menu[1]?.label).toBe('3 follow-ups due')
    expect(tooltip).toBe('Foothold: 3 follow-ups due')
    ;(menu[0]?.click as () => void)()
    handlers.get('click')?.()
    expect(open).toHaveBeenCalledTimes(2)
    ;(menu[3]?.click as () => void)()
    expect(quit).toHaveBeenCalledTimes(1)
  })

  it('counts in words a person would use', () => {
    expect([0, 1, 2].map(dueLabel)).toEqual(['Nothing due', '1 follow-up due', '2 follow-ups due'])
  })
})
