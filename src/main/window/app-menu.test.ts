import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { appMenuTemplate } from './app-menu'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

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
})
