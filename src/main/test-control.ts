import type { ReminderNotice } from '@shared/cadence/reminder-text'
import type { Clock } from './clock'

/** Set by the end-to-end suite when it launches a development build; ignored by a packaged app. */
export const TEST_CONTROL_ENV = 'FOOTHOLD_TEST_CONTROL'
/** The instant "now" starts at, as ISO 8601. */
export const TEST_NOW_ENV = 'FOOTHOLD_TEST_NOW'
/** Set to 1 by the end-to-end suite so a fresh data folder skips the first-run welcome. */
export const TEST_SKIP_FIRST_RUN_ENV = 'FOOTHOLD_TEST_SKIP_FIRST_RUN'

/** Only an unpackaged build lets the suite skip the welcome; a shipped one always shows it. */
export function skipsFirstRun(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): boolean {
  return !isPackaged && env[TEST_SKIP_FIRST_RUN_ENV] === '1'
}

/**
 * What the end-to-end suite may do in the Electron main process: move time, see the reminders that
 * would have been shown, and click or refuse one. Reached through Playwright's `app.evaluate`.
 */
export interface TestControl {
  readonly clock: Clock
  /** Moves "now" and lets the scheduler catch up, as after a sleep. */
  advanceTo(iso: string): Promise<void>
  notifications(): ReminderNotice[]
  click(key: string): void
  /** Acts as the OS does when it will not show a notification (macOS `failed`). */
  fail(key: string): void
}

export interface TestControlHooks {
  replan(): Promise<void>
  click(notice: ReminderNotice): void
  fail(notice: ReminderNotice): void
}

/**
 * Returns null unless this is an unpackaged build started with the control variable: a shipped
 * Foothold never lets anything outside the person's hands change its clock.
 */
export function testControlFrom(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): { start: Date } | null {
  if (isPackaged || env[TEST_CONTROL_ENV] !== '1') return null
  const start = env[TEST_NOW_ENV] ? new Date(env[TEST_NOW_ENV]) : new Date()
  if (Number.isNaN(start.getTime())) throw new Error(`${TEST_NOW_ENV} is not a valid instant`)
  return { start }
}

/** A clock that stands still until moved, and a record of reminders in place of the OS. */
export function createTestControl(
  start: Date,
): TestControl & { record(notice: ReminderNotice): void; connect(hooks: TestControlHooks): void } {
  let now = start.getTime()
  const shown: ReminderNotice[] = []
  let hooks: TestControlHooks | null = null
  const find = (key: string) => {
    const notice = shown.find((n) => n.key === key)
    if (!notice) throw new Error(`No reminder ${key} was shown`)
    if (!hooks) throw new Error('Foothold has not started yet')
    return { notice, hooks }
  }
  return {
    clock: { now: () => new Date(now) },
    record: (notice) => void shown.push(notice),
    connect: (connected) => void (hooks = connected),
    async advanceTo(iso) {
      const next = new Date(iso).getTime()
      if (Number.isNaN(next)) throw new Error(`${iso} is not a valid instant`)
      now = next
      await hooks?.replan()
    },
    notifications: () => [...shown],
    click(key) {
      const found = find(key)
      found.hooks.click(found.notice)
    },
    fail(key) {
      const found = find(key)
      found.hooks.fail(found.notice)
    },
  }
}
