import { LogoMark, PlusIcon, SearchIcon } from '../common/icons'
import { useBoard, useBoardActions } from '../state/board-context'

export function TopBar() {
  const actions = useBoardActions()
  const query = useBoard((s) => s.query)
  const ready = useBoard((s) => s.load.phase === 'ready')

  return (
    <header className="topbar">
      <div className="topbar__brand">
        <LogoMark />
        <span className="topbar__name">Foothold</span>
      </div>
      <div className="topbar__search" role="search">
        <label className="visually-hidden" htmlFor="board-search">
          Search
        </label>
        <SearchIcon />
        <input
          id="board-search"
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
        <button
          type="button"
          className="button button--primary"
          disabled={!ready}
          onClick={() => actions.navigate({ kind: 'new-interview' })}
        >
          <PlusIcon />
          New interview
        </button>
      </div>
    </header>
  )
}
