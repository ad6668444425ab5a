import type { Card } from '@shared/domain/card'
import type { Settings } from '@shared/domain/settings'
import type { PlanCard, ReminderDigest } from '@shared/cadence/plan-cache'
import { createPlanCache, digestNeedsAction, reminderDigest } from '@shared/cadence/plan-cache'
import { recordShown } from '@shared/cadence/reminders'
import type { DueReminder, ReminderNotice } from '@shared/cadence/reminder-text'
import { summarizeReminders } from '@shared/cadence/reminder-text'
import { quietUntil } from '@shared/cadence/quiet-hours'
import { localDateOf } from '@shared/cadence/workdays'
import { isSample } from '@shared/sample/is-sample'
import type { Clock } from '../clock'
import type { BoardStore } from '../store/board-store'

/** Node turns a delay of 2^31 ms or more into 1 ms; long waits are armed in steps below that. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1
const LONGEST_WAIT_MS = 24 * 3600_000

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface SchedulerDeps {
  store: BoardStore
  clock: Clock
  timers?: Timers
  /** Shows one notification. */
  notify(notice: ReminderNotice): void
  /**
   * False while nobody could see a notification (the browser edition with no tab open): what
   * comes due then waits, and arrives as one summary once someone can, as after a sleep.
   */
  canNotify?(): boolean
  /** Told the number of cards needing action now, for the tray and badge. */
  onDueCount?(count: number): void
  logError?(error: unknown): void
  /** Plans one card; tests count the calls. Defaults to planCard with the board's settings. */
  planCard?: PlanCard
  /** A plan cache shared with others (the IPC handlers); without it, one of its own. */
  plans?: PlanCard
}

/** What one run found: reminders due now, the due count, and when to wake next. */
export interface ReminderScan {
  due: DueReminder[]
  dueCount: number
  nextAt: Date | null
}

/**
 * Keeps one timer armed for the next reminder. On every run it catches up on whatever came due
 * (after sleep, or while Foothold was closed): each reminder is shown once, several as one summary,
 * and the shown times are saved so a restart does not repeat them.
 */
export class ReminderScheduler {
  private timer: unknown = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = false
  private readonly timers: Timers
  private readonly planOf: PlanCard
  private lastDigests: {
    cards: readonly Card[]
    settings: Settings
    digests: readonly ReminderDigest[]
  } | null = null

  constructor(private readonly deps: SchedulerDeps) {
    this.timers = deps.timers ?? {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    }
    this.planOf = deps.plans ?? createPlanCache(deps.planCard)
  }

  /** Plans now, and again whenever something asks (a store change, resume, unlock). */
  replan(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      do {
        this.again = false
        try {
          await this.runOnce()
        } catch (error) {
          this.deps.logError?.(error)
        }
      } while (this.again && !this.stopped)
      this.running = null
    })()
    return this.running
  }

  stop(): void {
    this.stopped = true
    this.disarm()
  }

  /**
   * One pass over the board at `now`. Plans come from a cache keyed by card object and settings
   * object, so after one change only that card is planned again; the rest is comparing numbers
   * (see reminderDigest). The rules are remindersDue, countDue and nextReminderAt's.
   */
  scan(now: Date): ReminderScan {
    const { cards, settings } = this.deps.store.data
    const at = now.getTime()
    const today = localDateOf(now, settings.timeZone)
    // In quiet hours what is due waits for their end, and then comes as one summary.
    const quietEnd = quietUntil(now, settings.cadence.quietHours, settings.timeZone)
    let held = false
    const due: DueReminder[] = []
    let dueCount = 0
    let next = Infinity
    const digests = this.digestsOf(cards, settings)
    for (let c = 0; c < cards.length; c++) {
      const card = cards[c]!
      // Made-up cards show how the board works; they must never reach the OS.
      if (isSample(card)) continue
      const digest = digests[c]!
      const { unsent, remindAt, notShown } = digest
      for (let i = 0; i < unsent.length; i++) {
        const time = remindAt[i]!
        if (time > at) {
          if (time < next) next = time
        } else if (notShown[i]) {
          if (quietEnd) held = true
          else due.push({ card, item: unsent[i]! })
        }
      }
      if (unsent.length > 0 && digestNeedsAction(digest, at, today)) dueCount++
    }
    if (held && quietEnd!.getTime() < next) next = quietEnd!.getTime()
    return { due, dueCount, nextAt: next === Infinity ? null : new Date(next) }
  }

  /**
   * The digest of every card, in board order. A change replaces one card object in a new array, so
   * comparing with the last array place by place finds the unchanged cards without a lookup.
   */
  private digestsOf(cards: readonly Card[], settings: Settings): readonly ReminderDigest[] {
    const last = this.lastDigests
    if (last && last.cards === cards && last.settings === settings) return last.digests
    const same = last !== null && last.settings === settings
    const digests = cards.map((card, i) =>
      same && last.cards[i] === card
        ? last.digests[i]!
        : reminderDigest(this.planOf(card, settings), settings.timeZone),
    )
    this.lastDigests = { cards, settings, digests }
    return digests
  }

  private async runOnce(): Promise<void> {
    const now = this.deps.clock.now()
    const { due, dueCount, nextAt } = this.scan(now)
    if (due.length > 0 && (this.deps.canNotify?.() ?? true)) {
      // Recorded in memory at once (so nothing repeats in this session) and saved in the
      // background: a struggling disk must not hold the notification back.
      if (!this.deps.store.currentStatus.readOnly) {
        const shownByCard = new Map<string, string[]>()
        for (const { card, item } of due)
          shownByCard.set(card.id, [...(shownByCard.get(card.id) ?? []), item.key])
        void this.deps.store.update((data) => ({
          ...data,
          cards: data.cards.map((card) => {
            const keys = shownByCard.get(card.id)
            return keys ? { ...card, followUps: recordShown(card.followUps, keys, now) } : card
          }),
        }))
        // That change was ours and is already planned for: the store listener need not re-run us.
        this.again = false
      }
      this.deps.notify(summarizeReminders(due))
    }
    this.deps.onDueCount?.(dueCount)
    this.arm(nextAt, now)
  }

  private arm(at: Date | null, now: Date): void {
    this.disarm()
    if (this.stopped) return
    // Wake at least daily so the due count follows the calendar even when nothing fires.
    const wait = at === null ? LONGEST_WAIT_MS : at.getTime() - now.getTime()
    const delay = Math.min(Math.max(wait, 0), LONGEST_WAIT_MS, MAX_TIMER_DELAY_MS)
    this.timer = this.timers.setTimeout(() => void this.replan(), delay)
  }

  private disarm(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
  }
}
