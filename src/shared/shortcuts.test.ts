import { describe, expect, it } from 'vitest'
import type { KeyPress, Platform } from './shortcuts'
import {
  COMMANDS,
  SHORTCUT_GROUPS,
  SHORTCUTS,
  accelerator,
  chordText,
  matchShortcut,
  menuChord,
  shortcutFor,
  shortcutText,
} from './shortcuts'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})
const idOf = (p: KeyPress, platform: Platform = 'other', inField = false) =>
  matchShortcut(p, platform, inField)?.shortcut.id ?? null

describe('the shortcut table', () => {
  it('gives every menu command exactly one shortcut, with a menu item', () => {
    const commands = SHORTCUTS.filter((s) => s.scope === 'command')
    expect(commands.map((s) => s.id).sort()).toEqual([...COMMANDS].sort())
    for (const shortcut of commands) expect(shortcut.menu).toBeDefined()
    for (const shortcut of SHORTCUTS.filter((s) => s.scope !== 'command'))
      expect(shortcut.menu).toBeUndefined()
  })

  it('uses no key twice', () => {
    for (const platform of ['mac', 'other'] as const) {
      const texts = SHORTCUTS.flatMap((s) => s.chords.map((c) => chordText(c, platform)))
      expect(new Set(texts).size).toBe(texts.length)
    }
  })

  it('lists the groups in order, so the README and the overlay read the same', () => {
    const groups = SHORTCUTS.map((s) => SHORTCUT_GROUPS.indexOf(s.group))
    expect(groups).toEqual([...groups].sort((a, b) => a - b))
    expect(new Set(groups).size).toBe(SHORTCUT_GROUPS.length)
  })

  it('lets no plain key fire inside a text field', () => {
    for (const shortcut of SHORTCUTS)
      for (const chord of shortcut.chords)
        if (chord.inFields) expect(chord.mod || /^F\d+$/.test(chord.key)).toBe(true)
  })
})

describe('matchShortcut', () => {
  it('reads Ctrl elsewhere and Cmd on a Mac', () => {
    expect(idOf(press('C', { ctrlKey: true, shiftKey: true }))).toBe('copyDraft')
    expect(idOf(press('C', { metaKey: true, shiftKey: true }), 'mac')).toBe('copyDraft')
    expect(idOf(press('C', { ctrlKey: true, shiftKey: true }), 'mac')).toBeNull()
    expect(idOf(press('n', { metaKey: true }))).toBeNull()
  })

  it('tells Shift and Alt apart', () => {
    expect(idOf(press('c', { ctrlKey: true }))).toBeNull()
    expect(idOf(press('N', { ctrlKey: true, shiftKey: true }))).toBeNull()
    expect(idOf(press('n', { ctrlKey: true, altKey: true }))).toBeNull()
    expect(idOf(press('n', { ctrlKey: true }))).toBe('newInterview')
  })

  it('takes "?" however the keyboard makes it', () => {
    expect(idOf(press('?', { shiftKey: true }))).toBe('showHelp')
    expect(idOf(press('?'))).toBe('showHelp')
    expect(idOf(press('F1'))).toBe('showHelp')
    expect(idOf(press('/'))).toBe('search')
  })

  it('leaves text fields their own keys', () => {
    expect(idOf(press('/'), 'other', true)).toBeNull()
    expect(idOf(press('?', { shiftKey: true }), 'other', true)).toBeNull()
    expect(idOf(press('ArrowLeft'), 'other', true)).toBeNull()
    // Ctrl+Z undoes typing, and Ctrl+Shift+→ selects a word.
    expect(idOf(press('z', { ctrlKey: true }), 'other', true)).toBeNull()
    expect(idOf(press('ArrowRight', { ctrlKey: true, shiftKey: true }), 'other', true)).toBeNull()
    expect(idOf(press('f', { ctrlKey: true }), 'other', true)).toBe('search')
    expect(idOf(press('F1'), 'other', true)).toBe('showHelp')
  })

  it('moves focus across columns and to the ends of one', () => {
    expect(matchShortcut(press('ArrowLeft'), 'other', false)?.chord.key).toBe('ArrowLeft')
    expect(idOf(press('End'))).toBe('ends')
    expect(idOf(press('ArrowRight', { ctrlKey: true, shiftKey: true }))).toBe('nextStage')
    expect(idOf(press('ArrowDown'))).toBeNull()
  })
})

describe('how shortcuts are written', () => {
  it('writes keys for people on each platform', () => {
    expect(shortcutText(shortcutFor('copyDraft'), 'other')).toBe('Ctrl+Shift+C')
    expect(shortcutText(shortcutFor('copyDraft'), 'mac')).toBe('⌘⇧C')
    expect(shortcutText(shortcutFor('search'), 'other')).toBe('Ctrl+F or /')
    expect(shortcutText(shortcutFor('columns'), 'other')).toBe('← or →')
  })

  it("writes Electron's accelerators, with a function key for help", () => {
    expect(accelerator(menuChord(shortcutFor('nextStage')))).toBe('CmdOrCtrl+Shift+Right')
    expect(accelerator(menuChord(shortcutFor('openSettings')))).toBe('CmdOrCtrl+,')
    expect(accelerator(menuChord(shortcutFor('showHelp')))).toBe('F1')
    expect(accelerator(menuChord(shortcutFor('search')))).toBe('CmdOrCtrl+F')
  })
})
