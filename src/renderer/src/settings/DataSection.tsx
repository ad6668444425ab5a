import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import type { CsvFile } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { FileText } from '../common/FileText'
import { AlertIcon } from '../common/icons'
import { ReadOnlyHint } from '../common/ReadOnlyHint'
import { useBoard, useBoardActions } from '../state/board-context'
import { selectCardCount, selectReadOnly } from '../state/selectors'
import { BackupList, backupsOf, type Backups } from './BackupList'
import { backupTime } from './data-text'
import { DataFolderButtons, SampleBoardRow } from './DataLocation'
import { ActionRow, ExportRow, ReplaceButton } from './DataRows'
import { ReplaceQuestion, type Question } from './ReplaceQuestion'
import type { SectionProps } from './section-types'

// Loaded on first use: the board never pays for the import's parser and screens.
const CsvImportDialog = lazy(() => import('../import/CsvImportDialog'))

/**
 * Where the board is kept, the daily backups, and the board in and out as a JSON file. Nothing
 * here is part of the settings form: each action goes to main at once, after a question.
 */
export function DataSection({ idPrefix }: SectionProps) {
  const actions = useBoardActions()
  const readOnly = useBoard(selectReadOnly)
  const dataFile = useBoard((s) => s.dataFile)
  const timeZone = useBoard((s) => s.settings.timeZone)
  const now = useBoard((s) => s.now)
  const cardCount = useBoard(selectCardCount)
  const [backups, setBackups] = useState<Backups>({ phase: 'loading' })
  const [question, setQuestion] = useState<Question | null>(null)
  const [busy, setBusy] = useState(false)
  const [backupProblem, setBackupProblem] = useState<string | null>(null)
  const [fileProblem, setFileProblem] = useState<string | null>(null)
  const [csvFile, setCsvFile] = useState<CsvFile | null>(null)

  const loadBackups = () => actions.listBackups().then((result) => setBackups(backupsOf(result)))

  useEffect(() => {
    let shown = true
    void actions.listBackups().then((result) => shown && setBackups(backupsOf(result)))
    return () => {
      shown = false
    }
  }, [actions])

  /** One request at a time; its refusal is shown by `showProblem`, in the part it came from. */
  const run = async <T,>(
    request: () => Promise<IpcResult<T>>,
    showProblem: (message: string | null) => void,
    describe: (message: string) => string = (message) => message,
  ): Promise<IpcResult<T> | null> => {
    if (busy) return null
    setBusy(true)
    setBackupProblem(null)
    setFileProblem(null)
    const result = await request()
    setBusy(false)
    if (!result.ok) showProblem(describe(result.error.message))
    return result
  }

  const confirm = async (asked: Question) => {
    setQuestion(null)
    if (asked.kind === 'restore') {
      await run(() => actions.restoreBackup(asked.backup), setBackupProblem)
      // A new backup (the board before) appeared, or the chosen one has gone.
      await loadBackups()
    } else {
      const result = await run(actions.importBoard, setFileProblem)
      if (result?.ok && result.value) await loadBackups()
    }
  }

  /** Exports only read the board, so they stay available while it is read-only. */
  const exportWith = (request: () => Promise<IpcResult<unknown>>) => () =>
    void run(request, setFileProblem, (message) => `Couldn’t export: ${message}`)

  const chooseCsv = async () => {
    const result = await run(actions.readCsvFile, setFileProblem, (m) => `Couldn’t import: ${m}`)
    if (result?.ok && result.value) setCsvFile(result.value)
  }

  const exportRows = [
    {
      id: 'export',
      label: 'Export',
      hint: 'Saves the whole board — every interview and your settings — as a JSON file, wherever you choose.',
      button: 'Export board…',
      request: actions.exportBoard,
    },
    {
      id: 'csv',
      label: 'Spreadsheet',
      hint: 'One row per interview — who, when, the outcome and the next follow-up — to open in Excel, LibreOffice or Google Sheets.',
      button: 'Export as spreadsheet (CSV)…',
      request: actions.exportCsv,
    },
    {
      id: 'calendar',
      label: 'Calendar',
      hint: 'Each follow-up still to send becomes a 15-minute event, to import into Google Calendar, Outlook or any calendar app.',
      button: 'Export follow-ups to calendar (.ics)…',
      request: actions.exportCalendar,
    },
  ]

  const ids = {
    where: `${idPrefix}-where`,
    backups: `${idPrefix}-backups`,
    files: `${idPrefix}-files`,
  }
  const folder = backups.phase === 'ready' ? backups.list.folder : null

  return (
    <>
      <DataGroup
        id={ids.where}
        title="Where your data lives"
        hint="Everything stays on this computer, in one JSON file you can open and read."
      >
        <div className="settings-card">
          <PathRow id={`${ids.where}-file`} label="Data file" path={dataFile} />
          <PathRow id={`${ids.where}-folder`} label="Backups folder" path={folder} />
          <DataFolderButtons />
          <SampleBoardRow id={`${ids.where}-sample`} readOnly={readOnly} />
        </div>
      </DataGroup>

      <DataGroup
        id={ids.backups}
        title="Backups"
        hint="Foothold copies your board once a day and keeps the last 7. Restoring one replaces your board, after keeping the current one as a backup."
        aside={readOnly && <ReadOnlyHint />}
      >
        <BackupList
          backups={backups}
          labelledBy={`${ids.backups}-title`}
          format={(backup) => backupTime(backup.takenAt, timeZone, new Date(now))}
          readOnly={readOnly}
          busy={busy}
          onRestore={(backup, when) => setQuestion({ kind: 'restore', backup, when })}
          onRetry={() => void loadBackups()}
        />
        {backupProblem && <Problem message={backupProblem} />}
      </DataGroup>

      <DataGroup id={ids.files} title="Import and export">
        <div className="settings-card">
          {exportRows.map((row) => (
            <ExportRow
              key={row.id}
              id={`${ids.files}-${row.id}`}
              label={row.label}
              hint={row.hint}
              busy={busy}
              onClick={exportWith(row.request)}
            >
              {row.button}
            </ExportRow>
          ))}
          <ActionRow
            id={`${ids.files}-import`}
            label="Import"
            hint="Replaces the whole board with a Foothold JSON file, such as an export. The file is checked completely first; if anything in it is wrong, nothing changes."
          >
            {(describedBy) => (
              <>
                {readOnly && <ReadOnlyHint />}
                <ReplaceButton
                  describedBy={describedBy}
                  busy={busy}
                  readOnly={readOnly}
                  onClick={() => setQuestion({ kind: 'import' })}
                >
                  Import board…
                </ReplaceButton>
              </>
            )}
          </ActionRow>
          <ActionRow
            id={`${ids.files}-csv-import`}
            label="Import from a spreadsheet"
            hint="Adds interviews from a CSV file — yours, or a Foothold export — to the board. You match the columns and check every row before anything is added."
          >
            {(describedBy) => (
              <ReplaceButton
                describedBy={describedBy}
                busy={busy}
                readOnly={readOnly}
                onClick={() => void chooseCsv()}
              >
                Import interviews from CSV…
              </ReplaceButton>
            )}
          </ActionRow>
        </div>
        {fileProblem && <Problem message={fileProblem} />}
      </DataGroup>

      {csvFile && (
        <Suspense fallback={null}>
          <CsvImportDialog file={csvFile} onClose={() => setCsvFile(null)} />
        </Suspense>
      )}

      {question && (
        <ReplaceQuestion
          question={question}
          cardCount={cardCount}
          onCancel={() => setQuestion(null)}
          onConfirm={() => void confirm(question)}
        />
      )}
    </>
  )
}

interface DataGroupProps {
  id: string
  title: string
  hint?: string
  /** Beside the title: the read-only hint. */
  aside?: ReactNode
  children: ReactNode
}

function DataGroup({ id, title, hint, aside, children }: DataGroupProps) {
  return (
    <section className="data-group" aria-labelledby={`${id}-title`}>
      <header className="data-group__header">
        <div className="data-group__heading">
          <h3 className="data-group__title" id={`${id}-title`}>
            {title}
          </h3>
          {hint && <p className="data-group__hint">{hint}</p>}
        </div>
        {aside}
      </header>
      {children}
    </section>
  )
}

/** A path to read or copy: selectable text in a read-only field, reachable with Tab. */
function PathRow({ id, label, path }: { id: string; label: string; path: string | null }) {
  return (
    <div className="setting data-path-row">
      <label className="setting__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input data-path" readOnly spellCheck={false} value={path ?? '…'} />
    </div>
  )
}

/**
 * Said where it happened, so the person reads it next to what they pressed. Messages can quote a
 * file (a parser's complaint, a company name), so they are shown as file text.
 */
function Problem({ message }: { message: string }) {
  return (
    <div className="data-problem" role="alert">
      <AlertIcon />
      <p>
        <FileText text={message} max={300} />
      </p>
    </div>
  )
}
