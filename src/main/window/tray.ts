import type { Menu, MenuItemConstructorOptions, Tray } from 'electron'

export interface TrayDeps {
  tray: Pick<Tray, 'setToolTip' | 'setContextMenu' | 'on'>
  buildMenu(template: MenuItemConstructorOptions[]): Menu
  open(): void
  quit(): void
}

export function dueLabel(count: number): string {
  if (count === 0) return 'Nothing due'
  return count === 1 ? '1 follow-up due' : `${count} follow-ups due`
}

/**
 * The tray icon that keeps Foothold reachable while its window is closed, so reminders still fire:
 * Open, the due count, and Quit.
 */
export function setUpTray(deps: TrayDeps): { setDueCount(count: number): void } {
  const render = (count: number) => {
    deps.tray.setToolTip(`Foothold: ${dueLabel(count).toLowerCase()}`)
    deps.tray.setContextMenu(
      deps.buildMenu([
        { label: 'Open Foothold', click: deps.open },
        { label: dueLabel(count), enabled: false },
        { type: 'separator' },
        { label: 'Quit Foothold', click: deps.quit },
      ]),
    )
  }
  deps.tray.on('click', deps.open)
  render(0)
  return { setDueCount: render }
}
