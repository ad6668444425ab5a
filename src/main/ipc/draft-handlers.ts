import { buildMailtoUrl } from '@shared/drafts/mailto'
import { draftToClipboard, escapeHtml } from '@shared/drafts/clipboard'
import type { DraftChannel } from '@shared/domain/template-keys'
import { resetDraftEdit, saveDraftEdit } from '@shared/domain/draft-edits'
import { logActivity } from '@shared/domain/board'
import type { CopyPart, Stage } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import type { Clock } from '../clock'
import { checkExternalUrl } from '../security/external-links'
import { ReadOnlyStoreError } from '../store/board-store'
import { RequestError } from './request-error'

/** The system clipboard, written with a plain-text and an HTML flavour. */
export interface ClipboardWriter {
  write(content: { text: string; html: string }): Promise<void> | void
}

export interface DraftHandlerDeps {
  clock: Clock
  findCard(id: string): Card
  saveCard(card: Card): Promise<Card>
  clipboard: ClipboardWriter
  /** Hands an address the security policy allowed to the operating system. */
  openExternal(url: string): Promise<void>
  /**
   * True when the person's own click or key press sent this request, just now; uses it up, so one
   * click opens one draft however often the page asks.
   */
  personAsked(): boolean
}

interface DraftRequest {
  id: string
  stage: Stage
  interviewerId: string
  channel: DraftChannel
}

/** What leaves Foothold for one draft: plain text and HTML, subject first when there is one. */
export function clipboardContent(
  part: Exclude<CopyPart, 'mail-app'>,
  subject: string,
  body: string,
): { text: string; html: string } {
  if (part === 'subject') return { text: subject, html: escapeHtml(subject) }
  const content = draftToClipboard({ body })
  if (part === 'body' || subject.trim() === '') return content
  return {
    text: `Subject: ${subject}\n\n${content.text}`,
    html: `<p><strong>Subject:</strong> ${escapeHtml(subject)}</p>\n${content.html}`,
  }
}

/** Editing, copying and mailing the drafts of a card's follow-ups. */
export function createDraftHandlers(deps: DraftHandlerDeps) {
  const interviewerOf = (card: Card, interviewerId: string) => {
    const interviewer = card.interviewers.find((i) => i.id === interviewerId)
    if (!interviewer) {
      throw new RequestError('not-found', 'That interviewer is no longer on this interview')
    }
    return interviewer
  }
  /**
   * Logs the copy on the card as it is now: the clipboard or the mail app may have taken a while,
   * and the card may have changed meanwhile. The text has already left Foothold, so a card that is
   * gone, or a board that cannot be written (read-only), only misses the log entry.
   */
  const logCopy = async (shown: Card, request: DraftRequest, part: CopyPart): Promise<Card> => {
    const now = deps.clock.now()
    try {
      const card = deps.findCard(request.id)
      const entry = {
        kind: 'copied',
        at: now.toISOString(),
        stage: request.stage,
        interviewerId: request.interviewerId,
        channel: request.channel,
        part,
      } as const
      return await deps.saveCard(logActivity(card, entry, now))
    } catch (error) {
      if (error instanceof ReadOnlyStoreError || error instanceof RequestError) return shown
      throw error
    }
  }

  return {
    saveDraft: async (request: DraftRequest & { subject: string; body: string }) => {
      const card = deps.findCard(request.id)
      interviewerOf(card, request.interviewerId)
      return deps.saveCard(saveDraftEdit(card, request, deps.clock.now()))
    },

    resetDraft: async (request: DraftRequest) =>
      deps.saveCard(resetDraftEdit(deps.findCard(request.id), request, deps.clock.now())),

    copyDraft: async (
      request: DraftRequest & {
        part: Exclude<CopyPart, 'mail-app'>
        subject: string
        body: string
      },
    ) => {
      const card = deps.findCard(request.id)
      interviewerOf(card, request.interviewerId)
      await deps.clipboard.write(clipboardContent(request.part, request.subject, request.body))
      return logCopy(card, request, request.part)
    },

    openInMailApp: async (request: DraftRequest & { subject: string; body: string }) => {
      // Asked first: the click that sent this counts only for a moment.
      const asked = deps.personAsked()
      const card = deps.findCard(request.id)
      const interviewer = interviewerOf(card, request.interviewerId)
      if (!interviewer.email) {
        throw new RequestError(
          'invalid-request',
          `Add ${interviewer.name}'s email address to the card to open this draft in your mail app`,
        )
      }
      const link = buildMailtoUrl({
        to: interviewer.email,
        subject: request.subject,
        body: request.body,
      })
      if (!link.ok) throw new RequestError('invalid-request', link.reason)
      if (!asked) {
        throw new RequestError(
          'invalid-request',
          'Foothold opens a draft in your mail app only when you click for it. Nothing was opened.',
        )
      }
      const verdict = checkExternalUrl(link.url, { userInitiated: asked })
      if (!verdict.ok) {
        throw new RequestError(
          'invalid-request',
          `Foothold will not open that mail link: ${verdict.reason}`,
        )
      }
      await deps.openExternal(verdict.url)
      return { card: await logCopy(card, request, 'mail-app'), shortened: link.truncated }
    },
  }
}
