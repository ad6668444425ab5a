import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ErrorBoundary } from './common/ErrorBoundary'
import { BoardStoreProvider } from './state/board-context'
import { createBoardStore } from './state/board-store'
import './styles/app.css'

const store = createBoardStore(window.foothold)
store.getState().actions.start()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <BoardStoreProvider store={store}>
        <App />
      </BoardStoreProvider>
    </ErrorBoundary>
  </StrictMode>,
)
