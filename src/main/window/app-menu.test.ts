import { describe, expect, it, vi } from 'vitest'
import type { KeyboardEvent, MenuItemConstructorOptions } from 'electron'
import { COMMANDS, accelerator, menuChord, shortcutFor } from '@shared/shortcuts'
import { appMenuTemplate } from './app-menu'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return flatten(items).flatMap((item) => (item.role ? [item.role] : []))
}

const click = (item: MenuItemConstructorOptions, event: Partial<KeyboardEvent>) =>
  (item.click as (item: unknown, window: unknown, event: KeyboardEvent) => void)(
    {},
    undefined,
    event as KeyboardEvent,
  )

describe('appMenuTemplate', () => {
  it('offers no reload or developer tools in a packaged build', () => {
    for (const isMac of [true, false]) {
      const found = roles(appMenuTemplate({ isMac, isPackaged: true }))
      expect(found).not.toContain('reload')
      expect(found).not.toContain('toggleDevTools')
      expect(found).toContain('editMenu')
    }
  })

  it('keeps them for development', () => {
    expect(roles(appMenuTemplate({ isMac: false, isPackaged: false }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'quit']),
    )
  })

  it('lists every command once, with the key the shortcut table gives it', () => {
    for (const isMac of [true, false]) {
      const items = flatten(appMenuTemplate({ isMac, isPackaged: true })).filter((i) => i.id)
      expect(items.map((i) => i.id).sort()).toEqual([...COMMANDS].sort())
      for (const item of items) {
        const shortcut = shortcutFor(item.id as (typeof COMMANDS)[number])
        expect(item.label).toBe(shortcut.menu?.label)
        expect(item.accelerator).toBe(accelerator(menuChord(shortcut)))
        // The page handles the keys; a registered accelerator would fire a second time.
        expect(item.registerAccelerator).toBe(false)
      }
    }
  })

  it('sends a chosen command to the window, but not a key press the page already had', () => {
    const onCommand = vi.fn()
    const items = flatten(appMenuTemplate({ isMac: true, isPackaged: true, onCommand }))
    const copy = items.find((i) => i.id === 'copyDraft')!
    click(copy, { triggeredByAccelerator: true })
    expect(onCommand).not.toHaveBeenCalled()
    click(copy, { triggeredByAccelerator: false })
    expect(onCommand).toHaveBeenCalledExactlyOnceWith('copyDraft')
  })

  it("puts the Edit menu before Board, so Cmd+Z in a text field stays the field's undo", () => {
    const top = appMenuTemplate({ isMac: true, isPackaged: true }).map((i) => i.role ?? i.label)
    expect(top.indexOf('editMenu')).toBeLessThan(top.indexOf('Board'))
  })
})
