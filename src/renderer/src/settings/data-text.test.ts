import { describe, expect, it } from 'vitest'
import {
  backupDetail,
  backupTime,
  exportedMessage,
  importedMessage,
  restoredMessage,
} from './data-text'

const NOW = new Date('2026-11-23T15:00:00Z')

describe('backupTime', () => {
  it('shows the time in the person’s zone, in the reader’s locale', () => {
    const taken = '2026-11-20T09:00:00.000Z'
    expect(backupTime(taken, 'Europe/Berlin', NOW, 'en-GB')).toBe('Fri 20 Nov, 10:00')
    expect(backupTime(taken, 'America/New_York', NOW, 'en-US')).toBe('Fri, Nov 20, 04:00 AM')
  })

  it('adds the year when the backup is from another one', () => {
    const shown = backupTime('2025-12-31T22:30:00Z', 'UTC', NOW, 'en-GB')
    expect(shown).toMatch(/^Wed,? 31 Dec 2025, 22:30$/)
  })

  it('judges “this year” in the person’s zone, not the computer’s', () => {
    // 31 Dec 2025 23:30 UTC is already 1 Jan 2026 in Berlin.
    const early = new Date('2026-01-01T10:00:00Z')
    expect(backupTime('2025-12-31T23:30:00Z', 'Europe/Berlin', early, 'en-GB')).toBe(
      'Thu 1 Jan, 00:30',
    )
  })
})

describe('backupDetail', () => {
  it('says how many interviews a backup holds', () => {
    expect(backupDetail({ cards: 12, problem: null })).toBe('12 interviews')
    expect(backupDetail({ cards: 0, problem: null })).toBe('No interviews')
  })

  it('says why a broken backup cannot be restored', () => {
    expect(backupDetail({ cards: null, problem: 'the file is empty' })).toBe(
      'Can’t be restored: the file is empty.',
    )
  })
})

describe('messages after a change', () => {
  const replaced = { cards: 12, previousKeptAs: '/data/backups/foothold-20261123T150000Z.json' }

  it('says what was restored, and that the board before was kept', () => {
    expect(restoredMessage('Fri, Nov 20, 09:00', replaced)).toBe(
      'Restored the backup from Fri, Nov 20, 09:00 (12 interviews). Your previous board was kept as a backup.',
    )
  })

  it('says what was imported, and where an export went', () => {
    expect(importedMessage({ ...replaced, cards: 1 })).toBe(
      'Imported a board with 1 interview. Your previous board was kept as a backup.',
    )
    expect(exportedMessage('/home/alex/foothold.json')).toBe(
      'Board exported to /home/alex/foothold.json',
    )
  })
})
