/**
 * Every keyboard shortcut, in one table: the renderer's key handler, the help overlay, the app
 * menu and the README all read it, so they cannot disagree.
 */

export const SHORTCUT_GROUPS = ['Board', 'Card', 'Drafts', 'General'] as const
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number]

/** What the app menu can ask the window to do; each is also a shortcut below. */
export const COMMANDS = [
  'newInterview',
  'search',
  'nextStage',
  'copyDraft',
  'markSent',
  'undo',
  'openSettings',
  'showHelp',
] as const
export type Command = (typeof COMMANDS)[number]

export type Platform = 'mac' | 'other'

export interface Chord {
  /** `KeyboardEvent.key`, letters in lower case. */
  key: string
  /** Cmd on macOS, Ctrl elsewhere. */
  mod?: true
  shift?: true
  /** Also fires while typing in a text field (only where it cannot mean something to the field). */
  inFields?: true
}

/**
 * - `command`: Foothold's key handler runs it anywhere, and the app menu offers it.
 * - `card`: Foothold's key handler runs it while a card on the board has the focus.
 * - `built-in`: the control itself handles the key (listed so people know it).
 */
export type ShortcutScope = 'command' | 'card' | 'built-in'

export interface Shortcut {
  id: Command | 'columns' | 'upDown' | 'ends' | 'openCard' | 'pickUp' | 'close'
  group: ShortcutGroup
  /** What the key does, as the help overlay and the README say it. */
  label: string
  chords: readonly Chord[]
  scope: ShortcutScope
  /** The app menu and its item's label; commands only. */
  menu?: { in: MenuName; label: string }
}

export type MenuName = 'File' | 'Board' | 'Help'

const MOD_IN_FIELDS = { mod: true, inFields: true } as const

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'search',
    group: 'Board',
    label: 'Search the board',
    chords: [{ key: 'f', ...MOD_IN_FIELDS }, { key: '/' }],
    scope: 'command',
    menu: { in: 'Board', label: 'Search' },
  },
  {
    id: 'upDown',
    group: 'Board',
    label: 'Previous or next card in the column',
    chords: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }],
    scope: 'built-in',
  },
  {
    id: 'columns',
    group: 'Board',
    label: 'Card at the same height in the column to the left or right',
    chords: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }],
    scope: 'card',
  },
  {
    id: 'ends',
    group: 'Board',
    label: 'First or last card in the column',
    chords: [{ key: 'Home' }, { key: 'End' }],
    scope: 'card',
  },
  {
    id: 'pickUp',
    group: 'Board',
    label: 'Pick the card up; ← and → choose its column, Space puts it down, Esc cancels',
    chords: [{ key: ' ' }],
    scope: 'built-in',
  },
  {
    id: 'openCard',
    group: 'Card',
    label: 'Open the focused card',
    chords: [{ key: 'Enter' }],
    scope: 'built-in',
  },
  {
    id: 'nextStage',
    group: 'Card',
    label: 'Move the card to the next stage (Closed asks for the outcome)',
    chords: [{ key: 'ArrowRight', mod: true, shift: true }],
    scope: 'command',
    menu: { in: 'Board', label: 'Move to Next Stage' },
  },
  {
    id: 'copyDraft',
    group: 'Drafts',
    label: 'Copy the draft shown in the open card',
    chords: [{ key: 'c', shift: true, ...MOD_IN_FIELDS }],
    scope: 'command',
    menu: { in: 'Board', label: 'Copy Draft' },
  },
  {
    id: 'markSent',
    group: 'Drafts',
    label: 'Mark the draft shown in the open card as sent',
    chords: [{ key: 'm', shift: true, ...MOD_IN_FIELDS }],
    scope: 'command',
    menu: { in: 'Board', label: 'Mark Draft Sent' },
  },
  {
    id: 'newInterview',
    group: 'General',
    label: 'New interview',
    chords: [{ key: 'n', ...MOD_IN_FIELDS }],
    scope: 'command',
    menu: { in: 'File', label: 'New Interview…' },
  },
  {
    id: 'undo',
    group: 'General',
    label: 'Undo the last change on the board (text fields keep their own undo)',
    chords: [{ key: 'z', mod: true }],
    scope: 'command',
    menu: { in: 'Board', label: 'Undo Last Change' },
  },
  {
    id: 'close',
    group: 'General',
    label: 'Close the open card or dialog; focus goes back where it was',
    chords: [{ key: 'Escape' }],
    scope: 'built-in',
  },
  {
    id: 'openSettings',
    group: 'General',
    label: 'Settings',
    chords: [{ key: ',', ...MOD_IN_FIELDS }],
    scope: 'command',
    menu: { in: 'File', label: 'Settings…' },
  },
  {
    id: 'showHelp',
    group: 'General',
    label: 'Show these keyboard shortcuts',
    chords: [{ key: 'F1', inFields: true }, { key: '?' }],
    scope: 'command',
    menu: { in: 'Help', label: 'Keyboard Shortcuts' },
  },
]

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ' ': 'Space',
  Escape: 'Esc',
}

/** The keys of a chord as a person reads them: ["Ctrl", "Shift", "C"], or ["⌘", "⇧", "C"] on a Mac. */
export function chordKeys(chord: Chord, platform: Platform): string[] {
  const mac = platform === 'mac'
  const keys: string[] = []
  if (chord.mod) keys.push(mac ? '⌘' : 'Ctrl')
  if (chord.shift) keys.push(mac ? '⇧' : 'Shift')
  keys.push(KEY_NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key))
  return keys
}

/** A chord as text: "Ctrl+Shift+C", or "⌘⇧C" on a Mac. */
export function chordText(chord: Chord, platform: Platform): string {
  return chordKeys(chord, platform).join(platform === 'mac' ? '' : '+')
}

/** All of a shortcut's chords as text: "Ctrl+F or /". */
export function shortcutText(shortcut: Shortcut, platform: Platform): string {
  return shortcut.chords.map((chord) => chordText(chord, platform)).join(' or ')
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
}

/** Electron's accelerator for a chord, e.g. "CmdOrCtrl+Shift+C". */
export function accelerator(chord: Chord): string {
  const key =
    ACCELERATOR_KEYS[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key)
  return [chord.mod && 'CmdOrCtrl', chord.shift && 'Shift', key].filter(Boolean).join('+')
}

/** The chord a menu shows: a function key where there is one (menus cannot show a bare "?"). */
export function menuChord(shortcut: Shortcut): Chord {
  return (
    shortcut.chords.find((chord) => chord.mod || /^F\d+$/.test(chord.key)) ?? shortcut.chords[0]!
  )
}

export function shortcutFor(id: Shortcut['id']): Shortcut {
  return SHORTCUTS.find((shortcut) => shortcut.id === id)!
}

/** The parts of a key press the table needs; a DOM KeyboardEvent fits. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export interface Match {
  shortcut: Shortcut
  chord: Chord
}

/** Punctuation typed with Shift on some keyboards and not on others: Shift does not count. */
const SHIFT_FREE = /^[^\p{L}\p{N}\s]$/u

function matches(chord: Chord, press: KeyPress, platform: Platform): boolean {
  const mod = platform === 'mac' ? press.metaKey : press.ctrlKey
  const other = platform === 'mac' ? press.ctrlKey : press.metaKey
  if (press.altKey || other || mod !== Boolean(chord.mod)) return false
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  if (key !== chord.key) return false
  return SHIFT_FREE.test(chord.key) && !chord.mod ? true : press.shiftKey === Boolean(chord.shift)
}

/**
 * The shortcut a key press stands for, among those Foothold's key handler runs (not the built-in
 * ones); null when there is none. `inField`: the focus is in a text field, whose own keys win.
 */
export function matchShortcut(press: KeyPress, platform: Platform, inField: boolean): Match | null {
  for (const shortcut of SHORTCUTS) {
    if (shortcut.scope === 'built-in') continue
    for (const chord of shortcut.chords) {
      if (inField && !chord.inFields) continue
      if (matches(chord, press, platform)) return { shortcut, chord }
    }
  }
  return null
}

/** The README's table of shortcuts, generated so it can be checked against this one. */
export function shortcutsMarkdown(): string {
  const rows = SHORTCUTS.map(
    (s) => `| ${s.group} | ${s.label} | ${shortcutText(s, 'other')} | ${shortcutText(s, 'mac')} |`,
  )
  return [
    '| Where | What it does | Windows and Linux | macOS |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}
