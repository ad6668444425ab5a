import type { ProgressStats } from '@shared/progress/progress'

/** "3 interviews", "1 interview". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

const weekFormats = new Map<string, Intl.DateTimeFormat>()

/** The Monday starting a week (`YYYY-MM-DD`) as a short date, e.g. "17 Nov" or "Nov 17". */
export function weekLabel(weekStart: string, locale?: string): string {
  const key = locale ?? ''
  let format = weekFormats.get(key)
  if (format === undefined) {
    // The date is a calendar day, not an instant: read it in UTC so no zone can shift it.
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
    weekFormats.set(key, format)
  }
  return format.format(new Date(`${weekStart}T00:00:00Z`))
}

/** A few one-line observations for the top of the view; nothing is said about what is not there. */
export function progressInsights(stats: ProgressStats): string[] {
  const lines: string[] = []
  const inWindow = stats.weeks.reduce((sum, week) => sum + week.count, 0)
  const lastFour = stats.weeks.slice(-4).reduce((sum, week) => sum + week.count, 0)
  if (inWindow > 0) {
    lines.push(
      `${count(inWindow, 'interview')} in the last ${stats.weeks.length} weeks, ${lastFour} of them in the last four.`,
    )
  }
  const { onTime, late, overdueNow } = stats.followUps
  const sent = onTime + late
  if (sent > 0) {
    lines.push(
      onTime === sent
        ? `Every follow-up you sent went out on time (${sent} of ${sent}).`
        : `You sent ${onTime} of ${count(sent, 'follow-up')} on time.`,
    )
  }
  if (overdueNow > 0) {
    lines.push(
      `${count(overdueNow, 'follow-up')} ${overdueNow === 1 ? 'is' : 'are'} past due right now: the board’s Due filter shows which.`,
    )
  }
  const { offer } = stats.outcomes.closed
  if (offer > 0) lines.push(`${count(offer, 'offer')} so far. Well done.`)
  return lines
}
