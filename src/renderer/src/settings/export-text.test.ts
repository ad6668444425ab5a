import { describe, expect, it } from 'vitest'
import { calendarExportedMessage, csvExportedMessage } from './export-text'

describe('export toasts', () => {
  it('name the file and how much went into it', () => {
    expect(csvExportedMessage({ file: '/home/alex/i.csv', count: 2 })).toBe(
      'Exported 2 interviews to /home/alex/i.csv',
    )
    expect(csvExportedMessage({ file: '/home/alex/i.csv', count: 1 })).toBe(
      'Exported 1 interview to /home/alex/i.csv',
    )
    expect(calendarExportedMessage({ file: '/home/alex/f.ics', count: 3 })).toBe(
      'Exported 3 follow-ups to /home/alex/f.ics',
    )
    expect(calendarExportedMessage({ file: '/home/alex/f.ics', count: 1 })).toBe(
      'Exported 1 follow-up to /home/alex/f.ics',
    )
  })

  it('say so when the calendar is empty', () => {
    expect(calendarExportedMessage({ file: '/home/alex/f.ics', count: 0 })).toBe(
      'No follow-ups are waiting to be sent; saved an empty calendar to /home/alex/f.ics',
    )
  })
})
