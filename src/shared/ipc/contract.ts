import { z } from 'zod'
import type { Card } from '../domain/card'
import type { Stage } from '../domain/interview'
import { EnteredDetailsSchema, IdSchema, OUTCOMES, STAGES } from '../domain/interview'
import { LIMITS } from '../domain/limits'
import { InstantSchema } from '../domain/time'
import { ReminderKeySchema } from '../domain/follow-up-state'
import type { Settings } from '../domain/settings'
import type { ReminderNotice } from '../cadence/reminder-text'
import { SettingsSchema } from '../domain/settings'
import { BackupNameSchema } from '../store/backup-name'
import { ImportedInterviewSchema } from '../import/interviews'
import { CSV_LIMITS } from '../import/csv-parse'
import { TEMPLATE_LIMITS } from '../domain/template-overrides'
import { DRAFT_CHANNELS } from '../domain/template-keys'
import type { BoardCounts } from '../board-view/first-screen'
import type { EventName, Method } from './methods'
import type { IpcResult } from './result'
import type { MenuCommand } from './menu-command'
import type { HostInfo } from './host-info'

export type { EventName, Method } from './methods'
export type { HostInfo } from './host-info'

const DraftRequestSchema = z.strictObject({
  id: IdSchema,
  stage: z.enum(STAGES),
  interviewerId: IdSchema,
  channel: z.enum(DRAFT_CHANNELS),
})
const DraftSubjectSchema = z.string().max(TEMPLATE_LIMITS.subject)
const DraftBodySchema = z.string().max(TEMPLATE_LIMITS.body)

/** Marks a response type without a runtime value: the main process is trusted to produce it. */
const returns = <T>() => undefined as unknown as T

/**
 * The one declaration of every request the renderer can make. Main validates each payload against
 * `request`; the preload exposes one function per entry; the renderer sees only the derived types.
 */
export const contract = {
  loadFirstScreen: { request: z.undefined(), response: returns<FirstScreen>() },
  loadBoard: { request: z.undefined(), response: returns<BoardSnapshot>() },
  createCard: {
    request: z.strictObject({ details: EnteredDetailsSchema }),
    response: returns<Card>(),
  },
  updateCard: {
    request: z.strictObject({ id: IdSchema, details: EnteredDetailsSchema }),
    response: returns<Card>(),
  },
  moveCard: {
    request: z.strictObject({
      id: IdSchema,
      to: z.enum(STAGES),
      outcome: z.enum(OUTCOMES).nullable(),
    }),
    response: returns<Card>(),
  },
  deleteCard: { request: z.strictObject({ id: IdSchema }), response: returns<{ id: string }>() },
  restoreCard: { request: z.strictObject({ id: IdSchema }), response: returns<Card>() },
  markSent: {
    request: z.strictObject({
      id: IdSchema,
      stage: z.enum(STAGES),
      interviewers: z.union([z.literal('all'), z.array(IdSchema).min(1).max(LIMITS.interviewers)]),
    }),
    response: returns<{ card: Card; advancedTo: Stage | null }>(),
  },
  markReplied: { request: z.strictObject({ id: IdSchema }), response: returns<Card>() },
  snoozeReminder: {
    request: z.strictObject({
      id: IdSchema,
      key: ReminderKeySchema,
      choice: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('one-hour') }),
        z.strictObject({ kind: z.literal('tomorrow-morning') }),
        z.strictObject({ kind: z.literal('next-workday') }),
        z.strictObject({ kind: z.literal('decision-date') }),
        z.strictObject({ kind: z.literal('custom'), until: InstantSchema }),
      ]),
    }),
    response: returns<Card>(),
  },
  /**
   * Reverts the card's last move, "sent", "replied" or snooze (and a move it caused): the card as
   * it was before it, as long as nothing else changed it since.
   */
  undoFollowUp: { request: z.strictObject({ id: IdSchema }), response: returns<Card>() },
  updateSettings: {
    request: z.strictObject({ settings: SettingsSchema }),
    response: returns<Settings>(),
  },
  /** Keeps the person's own wording of one draft with the card. */
  saveDraft: {
    request: DraftRequestSchema.extend({ subject: DraftSubjectSchema, body: DraftBodySchema }),
    response: returns<Card>(),
  },
  /** Back to the template's wording. */
  resetDraft: { request: DraftRequestSchema, response: returns<Card>() },
  /** Puts the shown draft on the clipboard (plain text and HTML) and logs it on the card. */
  copyDraft: {
    request: DraftRequestSchema.extend({
      part: z.enum(['all', 'subject', 'body']),
      subject: DraftSubjectSchema,
      body: DraftBodySchema,
    }),
    response: returns<Card>(),
  },
  /** Opens the draft in the mail app through a mailto: link to the interviewer. */
  openInMailApp: {
    request: DraftRequestSchema.extend({ subject: DraftSubjectSchema, body: DraftBodySchema }),
    response: returns<{ card: Card; shortened: boolean }>(),
  },
  listBackups: { request: z.undefined(), response: returns<BackupList>() },
  /** Replaces the board with a backup, after backing up the current board. */
  restoreBackup: {
    request: z.strictObject({ name: BackupNameSchema }),
    response: returns<BoardReplaced>(),
  },
  /** Asks for a JSON file and replaces the board with it once it is fully valid; null if cancelled. */
  importBoard: { request: z.undefined(), response: returns<BoardReplaced | null>() },
  /** Asks where to save, then writes the whole board as JSON; null if cancelled. */
  exportBoard: { request: z.undefined(), response: returns<{ file: string } | null>() },
  /** Asks where to save, then writes one spreadsheet row per interview (CSV); null if cancelled. */
  exportCsv: { request: z.undefined(), response: returns<ExportedFile | null>() },
  /** Asks where to save, then writes the follow-ups still to send as calendar events (.ics). */
  exportCalendar: { request: z.undefined(), response: returns<ExportedFile | null>() },
  /** Asks for a spreadsheet (CSV) and returns its text, for the import dialog; null if cancelled. */
  readCsvFile: { request: z.undefined(), response: returns<CsvFile | null>() },
  /** Adds these interviews as new cards, all in one write after a backup, or none of them. */
  importCards: {
    request: z.strictObject({
      interviews: z.array(ImportedInterviewSchema).min(1).max(CSV_LIMITS.rows),
    }),
    response: returns<CardsImported>(),
  },
  /** Removes the cards the last import added, those still on the board. */
  undoImport: { request: z.undefined(), response: returns<{ removed: number }>() },
  /** Ends the first-run welcome for good: saves the settings (null keeps the defaults). */
  finishOnboarding: {
    request: z.strictObject({ settings: SettingsSchema.nullable(), sampleBoard: z.boolean() }),
    response: returns<{ settings: Settings; cards: Card[] }>(),
  },
  /** Adds the made-up interviews that show each stage; returns the cards added. */
  addSampleBoard: { request: z.undefined(), response: returns<Card[]>() },
  /** Deletes every sample card and nothing else; each can come back with restoreCard. */
  removeSampleCards: { request: z.undefined(), response: returns<{ ids: string[] }>() },
  /** Opens the system's file manager on the data file. */
  showDataFolder: { request: z.undefined(), response: returns<{ folder: string }>() },
  /** Puts the data folder's path on the clipboard. */
  copyDataFolderPath: { request: z.undefined(), response: returns<{ folder: string }>() },
} as const satisfies Record<Method, { request: z.ZodType; response: unknown }>

export type Contract = typeof contract

export type RequestOf<M extends Method> = z.input<Contract[M]['request']>
export type ResponseOf<M extends Method> = Contract[M]['response']

/** Messages the main process pushes to the renderer. */
export interface Events extends Record<EventName, unknown> {
  storeStatus: StoreStatus
  /** A reminder was clicked: open this card on this follow-up. */
  openCard: OpenCardRequest
  /** The OS would not show this reminder (notifications off, or refused): show it in the window. */
  reminderInApp: ReminderNotice
  /** The data file was changed by something else: reload the board; show a notice if there is one. */
  boardChangedOnDisk: { notice: StoreNotice | null }
  /** Another tab of the browser edition changed the board: reload it, quietly. */
  boardChangedElsewhere: Record<string, never>
  /** The browser edition's server is gone: nothing more can be saved from this tab. */
  hostStopped: { reason: string }
  /** A command chosen in the app menu (see shortcuts.ts); checked with MenuCommandSchema. */
  menuCommand: MenuCommand
}

export interface OpenCardRequest {
  cardId: string
  key: string | null
}

/** The typed API the preload puts on `window.foothold`. */
export type FootholdApi = {
  [M in Method]: RequestOf<M> extends undefined
    ? () => Promise<IpcResult<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<IpcResult<ResponseOf<M>>>
} & {
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void
}

export interface StoreStatus {
  /** `failed` means the last write did not reach the disk and is being retried. */
  saving: 'idle' | 'saving' | 'failed'
  message: string | null
  /** True when the data file could not be safely written (for example a newer format). */
  readOnly: boolean
}

/** Something the person must be told about the data file, shown as a banner over the board. */
export type StoreNotice =
  | {
      kind: 'recovered'
      /** Why the file could not be read, in plain words. */
      problem: string
      /** Where the unreadable file was moved, untouched. */
      keptAs: string
      /** The backup that was loaded instead, or null when the board starts empty. */
      loadedFrom: string | null
    }
  | { kind: 'read-only'; problem: string; file: string }
  | {
      /** Some interviews in the data file could not be read; the rest of the board was loaded. */
      kind: 'salvaged'
      /** How many could not be read. */
      count: number
      /** The first of them (all, up to a hundred), in file order. */
      cards: SetAsideCard[]
      /** Where they are kept, whole, each with its reason. */
      keptAs: string
      file: string
    }
  | {
      kind: 'conflict'
      /** Where the other version was copied. */
      keptAs: string
      file: string
      /** Why the other version could not be used, or null when both sides had changes. */
      problem: string | null
    }

/** An interview that could not be read, as the banner names it. Text from the file, unchecked. */
export interface SetAsideCard {
  /** Its place in the file's list of interviews, from 1. */
  number: number
  /** Null when the file has none that reads as text; clipped when very long. */
  company: string | null
  position: string | null
  /** What is wrong with it. */
  reason: string
}

export interface BackupSummary {
  name: string
  /** ISO instant the backup was taken. */
  takenAt: string
  /** How many interviews it holds, or null when it cannot be restored. */
  cards: number | null
  /** Why it cannot be restored, in plain words; null when it can. */
  problem: string | null
}

export interface BackupList {
  folder: string
  backups: BackupSummary[]
}

/** An export written: where, and how many rows (interviews) or events (follow-ups) it holds. */
export interface ExportedFile {
  file: string
  count: number
}

/** A spreadsheet chosen for import: its name (not its path) and its text, decoded. */
export interface CsvFile {
  name: string
  text: string
}

export interface CardsImported {
  cards: Card[]
  /** The board before the import, kept as this backup. */
  previousKeptAs: string
}

/** The board was replaced; the board before it is kept as this backup. */
export interface BoardReplaced {
  cards: number
  previousKeptAs: string
}

export interface BoardSnapshot {
  cards: Card[]
  settings: Settings
  notices: StoreNotice[]
  status: StoreStatus
  dataFile: string
  /** False on a first run, until the welcome is finished or skipped. */
  onboarded: boolean
  host: HostInfo
  /** A reminder clicked before the window was ready: open this card once the board is shown. */
  openCard: OpenCardRequest | null
}

/**
 * The top of each column and the whole board's figures: a small answer the window can draw at once
 * while the whole board (loadBoard) is on its way. A clicked reminder waits for loadBoard.
 */
export interface FirstScreen extends Omit<BoardSnapshot, 'cards' | 'openCard'> {
  /** The first cards of each column, in board order (firstScreenOf). */
  cards: Card[]
  counts: BoardCounts
}
