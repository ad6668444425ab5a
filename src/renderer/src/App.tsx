import { Suspense, useEffect } from 'react'
import { Board } from './board/Board'
import { BoardMessages } from './board/BoardMessages'
import { TopBar } from './board/TopBar'
import { CardPanel } from './card-panel/CardPanel'
import { Banners } from './common/Banners'
import { FileText } from './common/FileText'
import { ToastRegion } from './common/ToastRegion'
import { NewInterviewDialog } from './dialogs/NewInterviewDialog'
import { OutcomeDialog } from './dialogs/OutcomeDialog'
import { Shortcuts } from './shortcuts/Shortcuts'
import { SampleNotice } from './board/SampleNotice'
import { useBoard, useBoardActions } from './state/board-context'
import { LazyOnboardingDialog, LazySettingsView, preloadScreens } from './screens'
import { useMinuteClock } from './state/clock'
import { selectWaitingForRest } from './state/selectors'
import { ProgressMain } from './progress/ProgressRoute'
import { TOAST_WORDS } from './toast-words'

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
          <Suspense fallback={null}>
            <LazySettingsView />
          </Suspense>
        </main>
      ) : view === 'progress' ? (
        <ProgressMain />
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
          <LazyOnboardingDialog />
        </Suspense>
      )}
      <ToastRegion words={TOAST_WORDS} />
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
          <p>
            Foothold couldn’t open your board:{' '}
            <FileText text={load.unanswered ? `no answer (${load.message})` : load.message} />
          </p>
          <button type="button" className="button" onClick={() => void actions.reload()}>
            Try again
          </button>
        </div>
      )
    case 'ready':
      return <ReadyBoard />
  }
}

function ReadyBoard() {
  // Other screens wait for the rest of the board: it matters more, and they would slow it down.
  const waiting = useBoard(selectWaitingForRest)
  useEffect(() => {
    if (!waiting) preloadScreens()
  }, [waiting])
  return (
    <>
      <BoardMessages />
      <SampleNotice />
      <Board />
    </>
  )
}
