import { useId, useMemo, useState } from 'react'
import { STAGE_LABELS } from '@shared/domain/interview'
import { formatInterviewTime } from '@shared/domain/zoned-time'
import type { CsvFile } from '@shared/ipc/contract'
import { parseCsv } from '@shared/import/csv-parse'
import type { CsvTable } from '@shared/import/csv-parse'
import type { DateOrder } from '@shared/import/dates'
import { readCell } from '@shared/csv/cells'
import { dateOrderNeeded, readInterviews } from '@shared/import/interviews'
import type { ColumnMapping, ImportField } from '@shared/import/mapping'
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  guessMapping,
  mappingProblems,
} from '@shared/import/mapping'
import { AlertIcon } from '../common/icons'
import { makeId } from '../common/make-id'
import { Modal } from '../dialogs/Modal'
import { interviewCount } from '../common/interview-count'
import { useBoard, useBoardActions } from '../state/board-context'
import { problemCount, readyMessage, skipLabel } from './import-text'
import './csv-import.css'

interface Props {
  file: CsvFile
  onClose(): void
}

/** How many good rows the preview shows, and how many problems it lists before "and N more". */
const PREVIEW_ROWS = 8
const LISTED_PROBLEMS = 100

/**
 * Spreadsheet import in two steps: which column is which, then what will be added and what will
 * not. Nothing reaches the board until the person presses Import.
 */
export default function CsvImportDialog({ file, onClose }: Props) {
  const titleId = useId()
  const parsed = useMemo(() => parseCsv(file.text), [file.text])
  return (
    <Modal labelledBy={titleId} className="csv-import" onCancel={onClose}>
      {parsed.ok ? (
        <ImportSteps titleId={titleId} name={file.name} table={parsed.table} onClose={onClose} />
      ) : (
        <div className="modal__form">
          <header className="modal__header">
            <h2 id={titleId} className="modal__title">
              Can’t import {file.name}
            </h2>
          </header>
          <div className="modal__body">
            <p className="data-problem" role="alert">
              <AlertIcon />
              {parsed.problem} Nothing was imported.
            </p>
          </div>
          <footer className="modal__footer">
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </footer>
        </div>
      )}
    </Modal>
  )
}

interface StepsProps {
  titleId: string
  name: string
  table: CsvTable
  onClose(): void
}

function ImportSteps({ titleId, name, table, onClose }: StepsProps) {
  const actions = useBoardActions()
  const timeZone = useBoard((s) => s.settings.timeZone)
  const [step, setStep] = useState<'map' | 'preview'>('map')
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(table.headers))
  const [chosenOrder, setChosenOrder] = useState<DateOrder | null>(null)
  const [skipAgreed, setSkipAgreed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const problems = mappingProblems(table.headers, mapping)
  const order = dateOrderNeeded(table, mapping)
  const mustAskOrder = order === 'ambiguous'
  const dateOrder: DateOrder | null = mustAskOrder ? chosenOrder : order === 'either' ? null : order
  const ready = problems.length === 0 && (!mustAskOrder || chosenOrder !== null)
  const result = useMemo(
    () =>
      step === 'preview'
        ? readInterviews(table, mapping, { timeZone, dateOrder, newId: makeId })
        : null,
    [step, table, mapping, timeZone, dateOrder],
  )

  const choose = (column: number, field: ImportField) => {
    setMapping((m) => m.map((f, i) => (i === column ? field : f)))
    setSkipAgreed(false)
  }

  const importNow = async () => {
    if (!result || busy) return
    setBusy(true)
    setFailure(null)
    const done = await actions.importCards(
      result.good.map(({ details, stage, outcome }) => ({ details, stage, outcome })),
    )
    setBusy(false)
    if (done.ok) onClose()
    else setFailure(`Couldn’t import: ${done.error.message} Nothing was added.`)
  }

  const rows = table.rows.length
  const subtitle = `${name} · ${rows.toLocaleString()} ${rows === 1 ? 'row' : 'rows'} · step ${step === 'map' ? 1 : 2} of 2`

  return (
    <div className="modal__form">
      <header className="modal__header">
        <h2 id={titleId} className="modal__title">
          {step === 'map' ? 'Match the columns' : 'Check and import'}
        </h2>
        <p className="modal__subtitle">{subtitle}</p>
      </header>
      <div className="modal__body csv-import__body">
        {step === 'map' ? (
          <MappingStep
            table={table}
            mapping={mapping}
            onChoose={choose}
            problems={problems}
            askOrder={mustAskOrder}
            chosenOrder={chosenOrder}
            onChooseOrder={setChosenOrder}
          />
        ) : (
          result && (
            <PreviewStep
              result={result}
              skipAgreed={skipAgreed}
              onSkipAgreed={setSkipAgreed}
              failure={failure}
            />
          )
        )}
      </div>
      <footer className="modal__footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        {step === 'map' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={!ready}
            onClick={() => setStep('preview')}
          >
            Preview
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setStep('map')}>
              Back
            </button>
            <button
              type="button"
              className="button button--primary"
              aria-disabled={busy}
              disabled={
                !result || result.good.length === 0 || (result.problems.length > 0 && !skipAgreed)
              }
              onClick={() => void importNow()}
            >
              {result && result.good.length > 0
                ? `Import ${interviewCount(result.good.length)}`
                : 'Import'}
            </button>
          </>
        )}
      </footer>
    </div>
  )
}

interface MappingStepProps {
  table: CsvTable
  mapping: ColumnMapping
  onChoose(column: number, field: ImportField): void
  problems: string[]
  askOrder: boolean
  chosenOrder: DateOrder | null
  onChooseOrder(order: DateOrder): void
}

function MappingStep({
  table,
  mapping,
  onChoose,
  problems,
  askOrder,
  chosenOrder,
  onChooseOrder,
}: MappingStepProps) {
  const id = useId()
  const samples = (column: number) =>
    table.rows
      .map((row) => readCell(row[column] ?? '').trim())
      .filter(Boolean)
      .slice(0, 2)
  return (
    <>
      <p className="csv-import__intro">
        Foothold guessed what each column holds. Change any guess; columns set to “Don’t import” are
        left out.
      </p>
      <table className="csv-import__table csv-import__mapping">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Examples</th>
            <th scope="col">Becomes</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((_, column) => {
            const headerId = `${id}-h${column}`
            return (
              <tr key={column}>
                <th scope="row" id={headerId}>
                  {table.headers[column] || `Column ${column + 1}`}
                </th>
                <td className="csv-import__samples">
                  {samples(column).map((sample, i) => (
                    <span key={i} className="csv-import__sample" title={sample}>
                      {sample}
                    </span>
                  ))}
                </td>
                <td>
                  <select
                    className="input select"
                    aria-labelledby={`${id}-becomes ${headerId}`}
                    value={mapping[column]}
                    onChange={(event) => onChoose(column, event.target.value as ImportField)}
                  >
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {IMPORT_FIELD_LABELS[field]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <span id={`${id}-becomes`} hidden>
        Foothold field for
      </span>
      {askOrder && (
        <fieldset className="choice-list csv-import__order">
          <legend className="field__label">
            Dates like 03/11/2026 could be read two ways. In this file they mean:
          </legend>
          {(
            [
              ['dmy', '3 November 2026', 'Day first, as in most of the world'],
              ['mdy', 'March 11, 2026', 'Month first, as in the United States'],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-order`}
                value={value}
                checked={chosenOrder === value}
                onChange={() => onChooseOrder(value)}
              />
              <span className="choice__text">
                <span className="choice__label">{label}</span>
                <span className="choice__hint">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul className="csv-import__needs" aria-label="Before the preview">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </>
  )
}

interface PreviewStepProps {
  result: ReturnType<typeof readInterviews>
  skipAgreed: boolean
  onSkipAgreed(agreed: boolean): void
  failure: string | null
}

function PreviewStep({ result, skipAgreed, onSkipAgreed, failure }: PreviewStepProps) {
  const id = useId()
  const { good, problems } = result
  const shown = good.slice(0, PREVIEW_ROWS)
  return (
    <>
      <h3 className="csv-import__heading">{readyMessage(good.length)}</h3>
      {shown.length > 0 && (
        <table className="csv-import__table csv-import__preview">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Company</th>
              <th scope="col">Position</th>
              <th scope="col">Interview</th>
              <th scope="col">Interviewers</th>
              <th scope="col">Column</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, details, stage }) => (
              <tr key={row}>
                <td className="csv-import__row">{row}</td>
                <th scope="row">{details.company}</th>
                <td>{details.position}</td>
                <td className="csv-import__when">
                  {formatInterviewTime(details.time.start, details.time.timeZone)}
                </td>
                <td>{details.interviewers.map((i) => i.name).join(', ') || '—'}</td>
                <td>{STAGE_LABELS[stage]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {good.length > shown.length && (
        <p className="csv-import__more">
          …and {(good.length - shown.length).toLocaleString()} more.
        </p>
      )}
      {problems.length > 0 && (
        <section className="csv-import__problems" aria-labelledby={`${id}-problems`}>
          <h3 className="csv-import__heading" id={`${id}-problems`}>
            <AlertIcon /> {problemCount(problems.length)}
          </h3>
          <ul>
            {problems.slice(0, LISTED_PROBLEMS).map((problem) => (
              <li key={problem.row}>{problem.message}</li>
            ))}
          </ul>
          {problems.length > LISTED_PROBLEMS && (
            <p>…and {(problems.length - LISTED_PROBLEMS).toLocaleString()} more.</p>
          )}
          {good.length > 0 && (
            <label className="csv-import__skip">
              <input
                type="checkbox"
                checked={skipAgreed}
                onChange={(event) => onSkipAgreed(event.target.checked)}
              />
              {skipLabel(problems.length)}
            </label>
          )}
          <p className="csv-import__hint">
            {good.length > 0
              ? 'Or fix them in your spreadsheet and import the file again.'
              : 'Fix them in your spreadsheet, or go back and match the columns differently.'}
          </p>
        </section>
      )}
      {failure && (
        <p className="data-problem" role="alert">
          <AlertIcon />
          {failure}
        </p>
      )}
    </>
  )
}
