import type { Platform } from '@shared/shortcuts'

export const platform: Platform = /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other'

const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
])

/** Somewhere typing goes: its own keys (letters, arrows, Ctrl+Z) must keep working there. */
export function isTextField(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.has(element.type)
  return (
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    element.isContentEditable
  )
}

/** A card is being dragged: the arrow keys and Space belong to the drag. */
export function isDragging(): boolean {
  return (
    document.querySelector('.card--placeholder, [data-testid="card"][aria-pressed="true"]') !== null
  )
}

/** A modal dialog is open: the page behind it is inert, so its shortcuts wait. */
export function isModalOpen(): boolean {
  return document.querySelector('dialog:modal') !== null
}
