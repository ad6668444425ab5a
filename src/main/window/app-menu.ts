import type { MenuItemConstructorOptions } from 'electron'
import type { Command, MenuName } from '@shared/shortcuts'
import { COMMANDS, accelerator, menuChord, shortcutFor } from '@shared/shortcuts'

/**
 * The application menu. Electron's default one offers Reload (which would drop unsaved edits in
 * the card panel) and developer tools; Foothold keeps those to development builds.
 */
export function appMenuTemplate(options: {
  isMac: boolean
  isPackaged: boolean
  /** A command was chosen in the menu: the window carries it out. */
  onCommand?: (command: Command) => void
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
  const items = (menu: MenuName) =>
    COMMANDS.filter((command) => shortcutFor(command).menu?.in === menu).map((command) =>
      commandItem(command, options.onCommand ?? (() => undefined)),
    )
  const [search, ...cardCommands] = items('Board')
  const undo = cardCommands.pop()!
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        ...items('File'),
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    // Text fields need these roles for the usual shortcuts (on macOS they work only via the menu).
    // It comes before Board: on macOS the first item with a key wins, and Cmd+Z in a field is
    // the field's own undo.
    { role: 'editMenu' },
    {
      label: 'Board',
      submenu: [search!, { type: 'separator' }, ...cardCommands, { type: 'separator' }, undo],
    },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: items('Help') },
  ]
}

/**
 * A menu item for one of the shortcuts. The page handles the keys itself (it knows whether a text
 * field has the focus), so the menu only shows them: on Windows and Linux they are not registered,
 * and on macOS, where a key the page left alone reaches the menu, that key press is ignored here.
 * A click, or a choice made by walking the menu with the keyboard, is sent to the window.
 */
function commandItem(
  command: Command,
  onCommand: (command: Command) => void,
): MenuItemConstructorOptions {
  const shortcut = shortcutFor(command)
  return {
    id: command,
    label: shortcut.menu!.label,
    accelerator: accelerator(menuChord(shortcut)),
    registerAccelerator: false,
    // `event` is missing when a test (or Electron itself) calls click() directly.
    click: (_item, _window, event: Electron.KeyboardEvent | undefined) => {
      if (!event?.triggeredByAccelerator) onCommand(command)
    },
  }
}
