import { useId } from 'react'
import type { BackupList, BackupSummary } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { FileText } from '../common/FileText'
import { AlertIcon, ClockIcon } from '../common/icons'
import { backupDetail } from './data-text'
import { ReplaceButton } from './DataRows'

export type Backups =
  { phase: 'loading' } | { phase: 'ready'; list: BackupList } | { phase: 'failed'; message: string }

/** The list as main answered it. */
export function backupsOf(result: IpcResult<BackupList>): Backups {
  return result.ok
    ? { phase: 'ready', list: result.value }
    : { phase: 'failed', message: result.error.message }
}

interface BackupListProps {
  backups: Backups
  labelledBy: string
  format(backup: BackupSummary): string
  readOnly: boolean
  busy: boolean
  onRestore(backup: BackupSummary, when: string): void
  onRetry(): void
}

export function BackupList({
  backups,
  labelledBy,
  format,
  readOnly,
  busy,
  onRestore,
  onRetry,
}: BackupListProps) {
  const id = useId()
  if (backups.phase === 'loading') {
    return <p className="settings-card backup-list__note">Looking for backups…</p>
  }
  if (backups.phase === 'failed') {
    return (
      <div className="settings-card backup-list__note" role="alert">
        <p>
          Couldn’t list the backups: <FileText text={backups.message} />
        </p>
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      </div>
    )
  }
  const { backups: list } = backups.list
  if (list.length === 0) {
    return (
      <p className="settings-card backup-list__note">
        No backups yet — Foothold keeps one a day, for the last 7 days.
      </p>
    )
  }
  return (
    <ul className="settings-card backup-list" aria-labelledby={labelledBy}>
      {list.map((backup, i) => {
        const when = format(backup)
        const broken = backup.cards === null
        const whenId = `${id}-${i}`
        return (
          <li key={backup.name} className={`backup${broken ? ' backup--broken' : ''}`}>
            <span className="backup__icon">{broken ? <AlertIcon /> : <ClockIcon />}</span>
            <span className="backup__text">
              <span className="backup__time" id={whenId}>
                {when}
              </span>
              <span className="backup__detail">
                <FileText text={backupDetail(backup)} max={200} />
              </span>
            </span>
            {!broken && (
              <ReplaceButton
                small
                describedBy={whenId}
                busy={busy}
                readOnly={readOnly}
                onClick={() => onRestore(backup, when)}
              >
                Restore…
              </ReplaceButton>
            )}
          </li>
        )
      })}
    </ul>
  )
}
