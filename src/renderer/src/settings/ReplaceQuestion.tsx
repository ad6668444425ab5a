import { useId } from 'react'
import type { BackupSummary } from '@shared/ipc/contract'
import { CheckIcon } from '../common/icons'
import { interviewCount } from '../common/interview-count'
import { Modal } from '../dialogs/Modal'

/** What the confirmation dialog is asking about. */
export type Question = { kind: 'restore'; backup: BackupSummary; when: string } | { kind: 'import' }

export interface ReplaceQuestionProps {
  question: Question
  cardCount: number
  onCancel(): void
  onConfirm(): void
}

/** Both a restore and an import replace the whole board: say so, and what is kept, before. */
export function ReplaceQuestion({
  question,
  cardCount,
  onCancel,
  onConfirm,
}: ReplaceQuestionProps) {
  const titleId = useId()
  const restoring = question.kind === 'restore'
  const now = `your board now — ${interviewCount(cardCount)} and your settings`
  return (
    <Modal labelledBy={titleId} className="modal--small" onCancel={onCancel}>
      <div className="modal__form">
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            {restoring ? 'Restore this backup?' : 'Import a board from a file?'}
          </h2>
          <p className="modal__subtitle">
            {restoring
              ? `From ${question.when}, with ${interviewCount(question.backup.cards ?? 0)}.`
              : 'You choose a Foothold JSON file next.'}
          </p>
        </header>
        <div className="modal__body data-question">
          <p>
            {restoring
              ? `It replaces ${now}.`
              : `If the file checks out, it replaces ${now}. If anything in it is wrong, nothing changes.`}
          </p>
          <p className="data-question__kept">
            <CheckIcon />
            Your current board is kept as a backup first, so you can restore it later.
          </p>
        </div>
        <footer className="modal__footer">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm}>
            {restoring ? 'Restore backup' : 'Choose file…'}
          </button>
        </footer>
      </div>
    </Modal>
  )
}
