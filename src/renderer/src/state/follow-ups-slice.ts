import type { ReminderNotice } from '@shared/cadence/reminder-text'
import type { Stage } from '@shared/domain/interview'
import type { OpenCardRequest, RequestOf } from '@shared/ipc/contract'
import { putCard, undoInMain, type BoardSlice } from './board-slice'
import { showToast, type NavigationSlice, type UndoHandlers } from './navigation-slice'
import type { SettingsSlice } from './settings-slice'
import type { SliceKit } from './slice-kit'

export type Recipients = 'all' | string[]
export type SnoozeChoice = RequestOf<'snoozeReminder'>['choice']

export interface FollowUpActions {
  /** Resolves true when main recorded it. */
  markSent(id: string, stage: Stage, interviewers: Recipients): Promise<boolean>
  markReplied(id: string): Promise<boolean>
  snooze(id: string, key: string, choice: SnoozeChoice): Promise<boolean>
  /** A reminder was clicked: open the card on that follow-up. */
  openCard(request: OpenCardRequest): void
  /** The panel has scrolled to the follow-up asked for; a later opening of the card will not. */
  followUpFocused(seq: number): void
  /** A reminder main sent to the window (notifications off): shown until dismissed. */
  showInAppReminder(notice: ReminderNotice): void
  dismissInAppReminder(key: string): void
}

/** Follow-ups: sent, replied to, snoozed, and the reminders that open a card on one. */
export interface FollowUpsSlice {
  /** A follow-up row the open card's panel should scroll to and focus. */
  followUpFocus: { cardId: string; key: string | null; seq: number } | null
  /** Reminders the OS would not show (notifications off): the window shows them until dismissed. */
  inAppReminders: readonly ReminderNotice[]
  actions: FollowUpActions
}

type Kit = SliceKit<FollowUpsSlice & BoardSlice & SettingsSlice & NavigationSlice>

export function followUpUndoers(kit: Kit): Pick<UndoHandlers, 'follow-up'> {
  return {
    async 'follow-up'(undo) {
      const undone = await undoInMain(kit, undo.cardId)
      if (!undone.ok) {
        showToast(kit, { about: 'undo', kind: 'refused', reason: undone.error.message }, 'error')
      }
    },
  }
}

export function createFollowUpsSlice(kit: Kit): FollowUpsSlice {
  const { set, get, api } = kit
  const refused = (
    kind: 'mark-sent-refused' | 'reply-refused' | 'snooze-refused',
    reason: string,
  ) => showToast(kit, { about: 'follow-ups', kind, reason }, 'error')

  return {
    followUpFocus: null,
    inAppReminders: [],
    actions: {
      async markSent(id, stage, sentTo) {
        const card = get().cards[id]
        if (!card) return false
        const result = await api.markSent({ id, stage, interviewers: sentTo })
        if (!result.ok) {
          refused('mark-sent-refused', result.error.message)
          return false
        }
        putCard(kit, result.value.card)
        const { company, interviewers } = card
        const { advancedTo } = result.value
        showToast(
          kit,
          {
            about: 'follow-ups',
            kind: 'marked-sent',
            company,
            interviewers,
            stage,
            sentTo,
            advancedTo,
          },
          'info',
          { kind: 'follow-up', cardId: id },
        )
        return true
      },

      async markReplied(id) {
        const card = get().cards[id]
        if (!card) return false
        const result = await api.markReplied({ id })
        if (!result.ok) {
          refused('reply-refused', result.error.message)
          return false
        }
        putCard(kit, result.value)
        showToast(
          kit,
          { about: 'follow-ups', kind: 'replied', company: card.company, stage: card.stage },
          'info',
          { kind: 'follow-up', cardId: id },
        )
        return true
      },

      async snooze(id, key, choice) {
        const result = await api.snoozeReminder({ id, key, choice })
        if (!result.ok) {
          refused('snooze-refused', result.error.message)
          return false
        }
        putCard(kit, result.value)
        const until = result.value.followUps.snoozes.find((s) => s.key === key)?.until ?? null
        const { timeZone } = get().settings
        showToast(kit, { about: 'follow-ups', kind: 'snoozed', until, timeZone }, 'info', {
          kind: 'follow-up',
          cardId: id,
        })
        return true
      },

      openCard({ cardId, key }) {
        const { actions } = get()
        // A click on a reminder often comes after a sleep: read the clock before showing what is due.
        actions.tick()
        if (!get().cards[cardId]) {
          // Not in yet: main also hands the request to the whole board's answer, which opens it.
          if (get().load.phase !== 'ready' || get().onTheWay) return
          showToast(kit, { about: 'follow-ups', kind: 'card-gone' }, 'error')
          return
        }
        actions.navigate({ kind: 'select', cardId })
        set({ followUpFocus: { cardId, key, seq: kit.nextSeq() } })
      },

      followUpFocused(seq) {
        if (get().followUpFocus?.seq === seq) set({ followUpFocus: null })
      },

      showInAppReminder: (notice) =>
        set((s) => ({
          inAppReminders: [...s.inAppReminders.filter((n) => n.key !== notice.key), notice],
        })),

      dismissInAppReminder: (key) =>
        set((s) => ({ inAppReminders: s.inAppReminders.filter((n) => n.key !== key) })),
    },
  }
}
