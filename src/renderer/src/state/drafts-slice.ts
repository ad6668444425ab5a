import type { Card } from '@shared/domain/card'
import type { RequestOf } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { putAnswer, type BoardSlice } from './board-slice'
import { showToast, type NavigationSlice, type UndoHandlers } from './navigation-slice'
import type { SliceKit } from './slice-kit'
import type { DraftNote } from './toast-notes'

export interface DraftActions {
  /** Keeps the person's wording of one draft, quietly: the editor shows Saving… and Saved. */
  saveDraft(request: RequestOf<'saveDraft'>): Promise<IpcResult<Card>>
  /** Back to the template; given the wording it drops, says so with an Undo that restores it. */
  resetDraft(
    request: RequestOf<'resetDraft'>,
    undoTo?: { subject: string; body: string } | null,
  ): Promise<IpcResult<Card>>
  /** Resolves true once the draft is on the clipboard. */
  copyDraft(request: RequestOf<'copyDraft'>): Promise<boolean>
  /** Resolves true once the mail app was asked to open the draft. */
  openInMailApp(request: RequestOf<'openInMailApp'>): Promise<boolean>
}

/** Drafts: the person's wording kept, reset, copied and handed to the mail app. */
export interface DraftsSlice {
  actions: DraftActions
}

type Kit = SliceKit<DraftsSlice & BoardSlice & NavigationSlice>

/** The name of the interviewer a draft is for; null once they are no longer on the card. */
const nameOf = (card: Card, interviewerId: string) =>
  card.interviewers.find((i) => i.id === interviewerId)?.name ?? null

type Refusal = Extract<DraftNote, { reason: string }>['kind']

export function draftUndoers(kit: Kit): Pick<UndoHandlers, 'draft'> {
  return {
    async draft(undo) {
      const saved = await kit.get().actions.saveDraft(undo.request)
      if (saved.ok) showToast(kit, { about: 'drafts', kind: 'wording-back' })
      else showToast(kit, { about: 'undo', kind: 'refused', reason: saved.error.message }, 'error')
    },
  }
}

export function createDraftsSlice(kit: Kit): DraftsSlice {
  const { api } = kit
  const refused = (kind: Refusal, reason: string) =>
    showToast(kit, { about: 'drafts', kind, reason }, 'error')

  /** After a copy or a mail link: keep main's card and say what left Foothold, or why not. */
  const draftLeft = (
    result: IpcResult<Card>,
    refusal: Refusal,
    note: (card: Card) => DraftNote,
  ): boolean => {
    if (!result.ok) {
      refused(refusal, result.error.message)
      return false
    }
    putAnswer(kit, result.value)
    showToast(kit, note(result.value))
    return true
  }

  return {
    actions: {
      async saveDraft(request) {
        const result = await api.saveDraft(request)
        if (result.ok) putAnswer(kit, result.value)
        return result
      },

      async resetDraft(request, undoTo = null) {
        const result = await api.resetDraft(request)
        if (!result.ok) {
          refused('reset-refused', result.error.message)
          return result
        }
        putAnswer(kit, result.value)
        if (undoTo) {
          const name = nameOf(result.value, request.interviewerId)
          showToast(
            kit,
            { about: 'drafts', kind: 'reset', channel: request.channel, name },
            'info',
            {
              kind: 'draft',
              request: { ...request, ...undoTo },
            },
          )
        }
        return result
      },

      async copyDraft(request) {
        const result = await api.copyDraft(request)
        const { part, channel, interviewerId } = request
        return draftLeft(result, 'copy-refused', (card) => ({
          about: 'drafts',
          kind: 'copied',
          part,
          channel,
          name: nameOf(card, interviewerId),
        }))
      },

      async openInMailApp(request) {
        const result = await api.openInMailApp(request)
        const card: IpcResult<Card> = result.ok ? { ok: true, value: result.value.card } : result
        const shortened = result.ok && result.value.shortened
        return draftLeft(card, 'mail-refused', (card) => ({
          about: 'drafts',
          kind: 'mail-opened',
          name: nameOf(card, request.interviewerId),
          shortened,
        }))
      },
    },
  }
}
