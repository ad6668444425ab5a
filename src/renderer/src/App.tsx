import { Board } from './board/Board'
import { BoardMessages } from './board/BoardMessages'
import { TopBar } from './board/TopBar'
import { CardPanel } from './card-panel/CardPanel'
import { Banners } from './common/Banners'
import { ToastRegion } from './common/ToastRegion'
import { NewInterviewDialog } from './dialogs/NewInterviewDialog'
import { OutcomeDialog } from './dialogs/OutcomeDialog'
import { SettingsView } from './settings/SettingsView'
import { Shortcuts } from './shortcuts/Shortcuts'
import { useBoard, useBoardActions } from './state/board-context'
import { useMinuteClock } from './state/clock'

export function App() {
  useMinuteClock()
  const view = useBoard((s) => s.view)
  return (
    <div className="app">
      <TopBar />
      <Banners />
      {view === 'settings' ? (
        <main className="workspace" aria-label="Settings">
          <SettingsView />
        </main>
      ) : (
        <div className="workspace">
          <main className="workspace__main" aria-label="Board">
            <BoardArea />
          </main>
          <CardPanel />
        </div>
      )}
      <NewInterviewDialog />
      <OutcomeDialog />
      <ToastRegion />
      <Shortcuts />
    </div>
  )
}

function BoardArea() {
  const load = useBoard((s) => s.load)
  const actions = useBoardActions()
  switch (load.phase) {
    case 'loading':
      return <p className="board-state">Opening your board…</p>
    case 'failed':
      return (
        <div className="board-state board-state--failed" role="alert">
          <p>Foothold couldn’t open your board: {load.message}</p>
          <button type="button" className="button" onClick={() => void actions.reload()}>
            Try again
          </button>
        </div>
      )
    case 'ready':
      return (
        <>
          <BoardMessages />
          <Board />
        </>
      )
  }
}
