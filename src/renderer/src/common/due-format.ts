/**
 * Dates of follow-ups, always in the person's own zone (settings.timeZone) and in the reader's
 * locale. Building an Intl formatter costs far more than using one, and a board formats many.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

type Style = 'day' | 'time' | 'day-time'

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  time: { hour: '2-digit', minute: '2-digit' },
  'day-time': {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  },
}

function formatter(style: Style, timeZone: string, locale?: string): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? ''}|${timeZone}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone })
    formatters.set(key, found)
  }
  return found
}

/** "Tue 24 Nov" (en-GB), "Tue, Nov 24" (en-US). */
export function formatDueDay(instant: string | Date, timeZone: string, locale?: string): string {
  return formatter('day', timeZone, locale).format(new Date(instant))
}

/** "09:00" (en-GB), "09:00 AM" (en-US). */
export function formatDueTime(instant: string | Date, timeZone: string, locale?: string): string {
  return formatter('time', timeZone, locale).format(new Date(instant))
}

/** "Tue 24 Nov, 09:00". */
export function formatDueDateTime(
  instant: string | Date,
  timeZone: string,
  locale?: string,
): string {
  return formatter('day-time', timeZone, locale).format(new Date(instant))
}
