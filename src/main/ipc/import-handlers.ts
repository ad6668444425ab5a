import { basename } from 'node:path'
import { CardSchema } from '@shared/domain/card'
import type { Card } from '@shared/domain/card'
import { LIMITS } from '@shared/domain/limits'
import { CSV_LIMITS } from '@shared/import/csv-parse'
import type { ImportedInterview } from '@shared/import/interviews'
import { cardFromImport } from '@shared/import/interviews'
import type { CardsImported, CsvFile } from '@shared/ipc/contract'
import type { Clock } from '../clock'
import type { BoardStore } from '../store/board-store'
import type { FileDialogs, FileKind } from './data-handlers'
import { chosenFileProblem, readChosenFile } from './read-chosen-file'
import { RequestError } from './request-error'

export const CSV_KIND: FileKind = {
  title: 'Import interviews from a spreadsheet',
  fileType: 'CSV spreadsheet',
  extension: 'csv',
}

/**
 * Bytes → text: UTF-8 (its byte order mark dropped), or UTF-16 when it starts with one. Bytes that
 * are not UTF-8 are read as Windows-1252, what Excel on Windows writes as plain "CSV" in Western
 * languages, so "Café" arrives as written instead of the file being refused.
 */
export function decodeCsv(bytes: Uint8Array): string | null {
  const [a, b] = bytes
  const encoding =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8'
  let text: string
  try {
    // ignoreBOM false (the default) drops the mark for each encoding.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    if (encoding !== 'utf-8') return null
    text = decodeWindows1252(bytes)
  }
  // Text files hold no NUL; a spreadsheet's own format (.xlsx, .ods) or any binary does.
  return text.includes('\u0000') ? null : text
}

// Windows-1252 is Latin-1 except for 0x80–0x9F, which hold these (TextDecoder's support for it
// depends on how Node was built, so the table is here).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
  }
  return text
}

/** The spreadsheet import: read a chosen file, add a checked batch of cards, take it back. */
export function createImportHandlers(deps: {
  store: BoardStore
  clock: Clock
  dialogs: FileDialogs
  newId: () => string
}) {
  const { store, clock, dialogs, newId } = deps
  // The ids the last import added, for its Undo; kept for the session only.
  let lastImport: Set<string> | null = null

  return {
    readCsvFile: async (): Promise<CsvFile | null> => {
      const file = await dialogs.chooseImportFile(CSV_KIND)
      if (!file) return null
      const name = basename(file)
      const read = await readChosenFile(file, CSV_LIMITS.chars)
      if (!read.ok) {
        const problem = chosenFileProblem(
          read.problem,
          'is larger than 10 MB, too large to import at once',
        )
        throw new RequestError('invalid-request', `${name} ${problem}.`)
      }
      const bytes = read.bytes
      const text = decodeCsv(bytes)
      if (text === null) {
        throw new RequestError(
          'invalid-request',
          `${name} is not a CSV text file. In your spreadsheet app, save it as “CSV UTF-8” and choose that file.`,
        )
      }
      return { name, text }
    },

    importCards: async ({
      interviews,
    }: {
      interviews: ImportedInterview[]
    }): Promise<CardsImported> => {
      if (store.data.cards.length + interviews.length > LIMITS.cards) {
        throw new RequestError(
          'invalid-request',
          `The board can hold ${LIMITS.cards.toLocaleString('en')} interviews; this import would pass that. Nothing was added.`,
        )
      }
      const now = clock.now()
      // Built and checked here, as createCard is: the renderer sends details, never whole cards.
      const cards: Card[] = interviews.map((interview) =>
        CardSchema.parse(cardFromImport(interview, newId(), now)),
      )
      const previous = await store.updateAfterBackup((data) => ({
        ...data,
        cards: [...data.cards, ...cards],
      }))
      lastImport = new Set(cards.map((card) => card.id))
      return { cards, previousKeptAs: previous.file }
    },

    undoImport: async (): Promise<{ removed: number }> => {
      const ids = lastImport
      if (!ids) throw new RequestError('not-found', 'There is no import to undo any more')
      const removed = store.data.cards.filter((card) => ids.has(card.id)).length
      if (removed > 0) {
        await store.update((data) => ({
          ...data,
          cards: data.cards.filter((card) => !ids.has(card.id)),
        }))
      }
      // Forgotten once the removal is saved: if it is refused (a read-only board), it can come later.
      lastImport = null
      return { removed }
    },
  }
}
