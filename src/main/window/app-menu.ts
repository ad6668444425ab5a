import type { MenuItemConstructorOptions } from 'electron'

/**
 * The application menu. Electron's default one offers Reload (which would drop unsaved edits in
 * the card panel) and developer tools; Foothold keeps those to development builds.
 */
export function appMenuTemplate(options: {
  isMac: boolean
  isPackaged: boolean
}): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ]
  if (!options.isPackaged)
    view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' })
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [options.isMac ? { role: 'close' } : { role: 'quit' }] },
    // Text fields need these roles for the usual shortcuts (on macOS they work only via the menu).
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ]
}
