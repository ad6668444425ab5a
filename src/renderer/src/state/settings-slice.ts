import { defaultSettings, type Settings } from '@shared/domain/settings'
import type { RequestOf } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import type { BoardSlice } from './board-slice'
import { showToast, type NavigationSlice } from './navigation-slice'
import { byId, type SliceKit } from './slice-kit'

export interface SettingsActions {
  /** Saves checked settings; the board plans with them from then on. */
  saveSettings(settings: Settings): Promise<IpcResult<Settings>>
  /** Ends the first-run welcome: saves `settings` (null keeps the defaults), maybe with samples. */
  finishOnboarding(request: RequestOf<'finishOnboarding'>): Promise<IpcResult<unknown>>
}

/** The person's settings, and whether the first-run welcome is behind them. */
export interface SettingsSlice {
  settings: Settings
  /** False on a first run, until the welcome is finished or skipped. */
  onboarded: boolean
  actions: SettingsActions
}

export function createSettingsSlice(
  kit: SliceKit<SettingsSlice & BoardSlice & NavigationSlice>,
  localTimeZone: string,
): SettingsSlice {
  const { set, api } = kit
  return {
    settings: defaultSettings(localTimeZone),
    onboarded: true,
    actions: {
      async saveSettings(settings) {
        const result = await api.updateSettings({ settings })
        if (result.ok) {
          // A new settings object starts the plan cache afresh: every card plans with the new cadence.
          set({ settings: result.value })
          showToast(kit, { about: 'settings', kind: 'saved' })
        } else {
          const reason = result.error.message
          showToast(kit, { about: 'settings', kind: 'save-refused', reason }, 'error')
        }
        return result
      },

      async finishOnboarding(request) {
        const result = await api.finishOnboarding(request)
        if (result.ok) {
          const { settings, cards } = result.value
          set({ onboarded: true, settings, cards: byId(cards) })
        }
        return result
      },
    },
  }
}
