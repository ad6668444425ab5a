import { useId, useState } from 'react'
import type { SetAsideCard, StoreNotice } from '@shared/ipc/contract'
import { useBoard, useBoardActions } from '../state/board-context'
import { noticeId } from '../state/board-store'
import { interviewCount } from './interview-count'
import { FileText } from './FileText'
import { AlertIcon, ClockIcon, CloseIcon } from './icons'
import { useNotificationPermission } from './use-notification-permission'

/** What happened to the data file, and whether changes are reaching the disk. */
export function Banners() {
  const notices = useBoard((s) => s.notices)
  return (
    <div className="banners">
      {notices.map((notice) => (
        <NoticeBanner key={noticeId(notice)} notice={notice} />
      ))}
      <Stopped />
      <InAppReminders />
      <SaveFailure />
    </div>
  )
}

function NoticeBanner({ notice }: { notice: StoreNotice }) {
  const actions = useBoardActions()
  return (
    <div className="banner banner--warning" role="alert">
      <AlertIcon />
      <div className="banner__body">
        <NoticeText notice={notice} />
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss this message"
        onClick={() => actions.dismissNotice(notice)}
      >
        <CloseIcon />
      </button>
    </div>
  )
}

function NoticeText({ notice }: { notice: StoreNotice }) {
  switch (notice.kind) {
    case 'recovered':
      return <RecoveredText notice={notice} />
    case 'read-only':
      return <ReadOnlyText notice={notice} />
    case 'conflict':
      return <ConflictText notice={notice} />
    case 'salvaged':
      return <SalvagedText notice={notice} />
  }
}

/** A path Foothold chose or was given, shown whole but safely. */
function Path({ path }: { path: string }) {
  return (
    <code className="path">
      <FileText text={path} max={Number.POSITIVE_INFINITY} />
    </code>
  )
}

function ConflictText({ notice }: { notice: Extract<StoreNotice, { kind: 'conflict' }> }) {
  return (
    <>
      <p className="banner__title">
        {notice.problem ? (
          <>
            Your data file was replaced by one Foothold couldn’t read:{' '}
            <FileText text={notice.problem} />.
          </>
        ) : (
          'Your data file was changed outside Foothold while you had unsaved changes.'
        )}
      </p>
      <p>
        Both versions are kept. Your board as you see it is saved in <Path path={notice.file} />;
        the other version was copied to <Path path={notice.keptAs} />.
      </p>
    </>
  )
}

function RecoveredText({ notice }: { notice: Extract<StoreNotice, { kind: 'recovered' }> }) {
  return (
    <>
      <p className="banner__title">
        Foothold couldn’t read your data file: <FileText text={notice.problem} />.
      </p>
      <p>
        The unreadable file was left untouched and kept as <Path path={notice.keptAs} />.{' '}
        {notice.loadedFrom ? (
          <>
            Your board was loaded from the backup <Path path={notice.loadedFrom} />.
          </>
        ) : (
          <>No backup could be read, so the board starts empty.</>
        )}
      </p>
    </>
  )
}

function ReadOnlyText({ notice }: { notice: Extract<StoreNotice, { kind: 'read-only' }> }) {
  return (
    <>
      <p className="banner__title">
        Read-only: <FileText text={notice.problem} />.
      </p>
      <p>
        Foothold will not write to <Path path={notice.file} />, so changes you make now will not be
        kept.
      </p>
    </>
  )
}

// Enough to recognise them at a glance; the rest are one click away.
const FIRST_SHOWN = 3

function SalvagedText({ notice }: { notice: Extract<StoreNotice, { kind: 'salvaged' }> }) {
  const [all, setAll] = useState(false)
  const listId = useId()
  const one = notice.count === 1
  const folded = notice.cards.length > FIRST_SHOWN
  const shown = all || !folded ? notice.cards : notice.cards.slice(0, FIRST_SHOWN)
  return (
    <>
      <p className="banner__title">
        {interviewCount(notice.count)} in your data file couldn’t be read.
      </p>
      <p>
        The rest of your board is here. {one ? 'It is' : 'They are'} kept, exactly as{' '}
        {one ? 'it was' : 'they were'} and with what is wrong with {one ? 'it' : 'each'}, in{' '}
        <Path path={notice.keptAs} />.
      </p>
      <ul className="set-aside-list" id={listId}>
        {shown.map((card) => (
          <SetAsideItem key={card.number} card={card} />
        ))}
      </ul>
      {folded && (
        <p>
          <button
            type="button"
            className="link-button"
            aria-controls={listId}
            aria-expanded={all}
            onClick={() => setAll(!all)}
          >
            {all ? 'Show fewer' : `Show all ${notice.cards.length}`}
          </button>
        </p>
      )}
      {notice.count > notice.cards.length && (all || !folded) && (
        <p className="banner__hint">
          And {interviewCount(notice.count - notice.cards.length)} more, listed in that file.
        </p>
      )}
    </>
  )
}

function SetAsideItem({ card }: { card: SetAsideCard }) {
  return (
    <li>
      <span className="set-aside-list__name">
        {card.company || card.position ? (
          <>
            {card.company ? <FileText text={card.company} max={60} /> : 'No company'}
            {card.position && (
              <>
                {' — '}
                <FileText text={card.position} max={60} />
              </>
            )}
          </>
        ) : (
          `Interview ${card.number} in the file`
        )}
      </span>
      : <FileText text={card.reason} max={160} />
    </li>
  )
}

/** Non-blocking: the board stays usable while main retries the write. */
function SaveFailure() {
  const status = useBoard((s) => s.status)
  const failed = status.saving === 'failed'
  return (
    <div className="banner-slot" aria-live="polite">
      {failed && (
        <div className="banner banner--error" data-testid="save-status">
          <AlertIcon />
          <div className="banner__body">
            <p className="banner__title">Couldn’t save — retrying</p>
            {status.message && (
              <p>
                <FileText text={status.message} max={400} />
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  )
}

/** The browser edition's server has stopped: the board stays on screen, but nothing is saved. */
function Stopped() {
  const stopped = useBoard((s) => s.stopped)
  if (!stopped) return null
  return (
    <div className="banner banner--error" role="alert" data-testid="host-stopped">
      <AlertIcon />
      <div className="banner__body">
        <p className="banner__title">Foothold is not running</p>
        <p>{stopped}</p>
      </div>
    </div>
  )
}

/** Why a reminder is in the window rather than a notification, and how to change that. */
function InAppHint() {
  const browser = useBoard((s) => s.host.edition === 'browser')
  const { permission, request } = useNotificationPermission()
  if (!browser) {
    return (
      <p className="banner__hint">
        Shown here because your system did not display the notification. Allow notifications for
        Foothold to get reminders while its window is closed.
      </p>
    )
  }
  if (permission === 'default') {
    return (
      <p className="banner__hint">
        Shown here because this browser has not been allowed to show Foothold’s notifications.{' '}
        <button type="button" className="link-button" onClick={() => void request()}>
          Allow notifications
        </button>
      </p>
    )
  }
  return (
    <p className="banner__hint">
      {permission === 'denied'
        ? 'Shown here because notifications are blocked for this page; allow them in the browser’s site settings to get reminders in other tabs.'
        : 'Shown here because the browser did not display the notification.'}
    </p>
  )
}

/**
 * Reminders the system refused to show (notifications turned off for Foothold, or an unsigned
 * macOS build): they wait here, so nothing due goes unseen.
 */
function InAppReminders() {
  const reminders = useBoard((s) => s.inAppReminders)
  const actions = useBoardActions()
  return reminders.map((notice) => (
    <div
      key={notice.key}
      className="banner banner--reminder"
      role="alert"
      data-testid="in-app-reminder"
    >
      <ClockIcon />
      <div className="banner__body">
        <p className="banner__title">{notice.title}</p>
        <p>{notice.body}</p>
        <InAppHint />
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          actions.dismissInAppReminder(notice.key)
          actions.openCard({ cardId: notice.cardId, key: notice.key })
        }}
      >
        Open card
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss this reminder"
        onClick={() => actions.dismissInAppReminder(notice.key)}
      >
        <CloseIcon />
      </button>
    </div>
  ))
}
