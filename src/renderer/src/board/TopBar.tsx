import type { ReactNode } from 'react'
import {
  ChartIcon,
  ClockIcon,
  GearIcon,
  KeyboardIcon,
  LogoMark,
  PlusIcon,
  SearchIcon,
} from '../common/icons'
import { PROGRESS_BUTTON_ID, SEARCH_ID, SETTINGS_BUTTON_ID } from '../common/element-ids'
import { READ_ONLY_REASON, ReadOnlyHint } from '../common/ReadOnlyHint'
import { useBoard, useBoardActions } from '../state/board-context'
import { selectDueCount, selectReadOnly } from '../state/selectors'
import { openHelp } from '../shortcuts/help-state'

export function TopBar() {
  const actions = useBoardActions()
  const query = useBoard((s) => s.query)
  const ready = useBoard((s) => s.load.phase === 'ready')
  const readOnly = useBoard(selectReadOnly)
  const view = useBoard((s) => s.view)

  return (
    <header className="topbar">
      <div className="topbar__brand">
        <LogoMark />
        <span className="topbar__name">Foothold</span>
      </div>
      {/* The search and the Due filter act on the board, so they make way for the other views. */}
      <div className="topbar__search" role="search" hidden={view !== 'board'}>
        <label className="visually-hidden" htmlFor={SEARCH_ID}>
          Search
        </label>
        <SearchIcon />
        <input
          id={SEARCH_ID}
          className="input input--search"
          type="search"
          placeholder="Search companies, roles, people"
          autoComplete="off"
          spellCheck={false}
          value={query}
          disabled={!ready}
          onChange={(e) => actions.setQuery(e.target.value)}
        />
      </div>
      <div className="topbar__actions">
        {ready && view === 'board' && <DuePill />}
        {ready && readOnly && <ReadOnlyHint />}
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || readOnly}
          title={readOnly ? READ_ONLY_REASON : undefined}
          onClick={() => actions.navigate({ kind: 'new-interview' })}
        >
          <PlusIcon />
          New interview
        </button>
        <ViewButton id={PROGRESS_BUTTON_ID} view="progress" label="Progress" disabled={!ready}>
          <ChartIcon />
        </ViewButton>
        <button
          type="button"
          className="icon-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (F1)"
          onClick={openHelp}
        >
          <KeyboardIcon />
        </button>
        <ViewButton id={SETTINGS_BUTTON_ID} view="settings" label="Settings" disabled={!ready}>
          <GearIcon />
        </ViewButton>
      </div>
    </header>
  )
}

/** How many cards need action now; pressing it shows only those (and pressing again, all). */
function DuePill() {
  const actions = useBoardActions()
  const count = useBoard(selectDueCount)
  const pressed = useBoard((s) => s.dueOnly)
  const className = ['due-pill', count > 0 && 'due-pill--due', pressed && 'due-pill--pressed']
    .filter(Boolean)
    .join(' ')
  return (
    <button
      type="button"
      className={className}
      data-testid="due-count"
      aria-pressed={pressed}
      disabled={count === 0 && !pressed}
      title={pressed ? 'Show every card' : 'Show only the cards that need a follow-up now'}
      onClick={actions.toggleDueOnly}
    >
      <ClockIcon />
      <span className="due-pill__count">{count}</span> due
    </button>
  )
}

interface ViewButtonProps {
  id: string
  view: 'progress' | 'settings'
  label: string
  disabled: boolean
  children: ReactNode
}

/** Opens a view in place of the board; pressed while it is open, when it leads back. */
function ViewButton({ id, view, label, disabled, children }: ViewButtonProps) {
  const actions = useBoardActions()
  const open = useBoard((s) => s.view === view)
  return (
    <button
      type="button"
      id={id}
      className="icon-button topbar__settings"
      aria-label={label}
      aria-pressed={open}
      title={open ? 'Back to the board' : label}
      disabled={disabled}
      onClick={() => actions.navigate({ kind: open ? 'board' : view })}
    >
      {children}
    </button>
  )
}
