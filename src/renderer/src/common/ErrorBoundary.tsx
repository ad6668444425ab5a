import type { ErrorInfo, ReactNode } from 'react'
import { Component } from 'react'

interface State {
  failed: boolean
}

/**
 * The last line of defence in the window: a rendering error shows a plain sentence and a way back,
 * never a stack trace or a blank window. The board's data lives in the main process, so nothing is
 * lost by reloading the window.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever reads the developer console; the person sees only the sentence below.
    console.error('Foothold window error', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <div className="board-state board-state--failed" role="alert">
        <p>
          Something went wrong in this window. Your board is safe: everything you saved is on disk.
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the window
        </button>
      </div>
    )
  }
}
