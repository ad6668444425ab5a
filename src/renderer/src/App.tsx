import { lazy, Suspense } from 'react'
import { Board } from './board/Board'
import { BoardMessages } from './board/BoardMessages'
import { TopBar } from './board/TopBar'
import { CardPanel } from './card-panel/CardPanel'
import { Banners } from './common/Banners'
import { ToastRegion } from './common/ToastRegion'
import { NewInterviewDialog } from './dialogs/NewInterviewDialog'
import { OutcomeDialog } from './dialogs/OutcomeDialog'
import { SampleNotice } from './board/SampleNotice'
import { SettingsView } from './settings/SettingsView'
import { useBoard, useBoardActions } from './state/board-context'
import { useMinuteClock } from './state/clock'

// Shown once in a lifetime, so it loads only then.
const OnboardingDialog = lazy(() => import('./onboarding/OnboardingDialog'))

export function App() {
  useMinuteClock()
  const view = useBoard((s) => s.view)
  const welcome = useBoard((s) => s.load.phase === 'ready' && !s.onboarded)
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
      {welcome && (
        <Suspense fallback={null}>
          <OnboardingDialog />
        </Suspense>
      )}
      <ToastRegion />
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
          <SampleNotice />
          <Board />
        </>
      )
  }
}
