import { useCallback, useEffect, useRef, useState } from 'react'
import type { RequestOf } from '@shared/ipc/contract'
import { useBoardActions } from '../state/board-context'
import { saveIntent, type DraftText, type SaveStatus } from './draft-view'

/** How long after the last keystroke an edit is saved. */
export const SAVE_DELAY_MS = 600

const IDLE: SaveStatus = { kind: 'idle' }

interface Options {
  address: RequestOf<'resetDraft'>
  template: DraftText
  saved: DraftText | null
}

/**
 * The text typed into one draft and its saving: 600 ms after typing stops, on blur (`flush`), and
 * when the editor goes away (a closed panel, another interviewer or channel). Typed text is shown
 * until main has it; from then on the card's saved edit is what is shown.
 */
export function useDraftText({ address, template, saved }: Options) {
  const actions = useBoardActions()
  const [typed, setTyped] = useState<DraftText | null>(null)
  const [status, setStatus] = useState<SaveStatus>(IDLE)
  const pending = useRef<DraftText | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // Each save or reset gets a number; only the latest may report back.
  const seq = useRef(0)
  const current = useRef({ address, template, saved })
  useEffect(() => {
    current.current = { address, template, saved }
  })

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    timer.current = undefined
    const text = pending.current
    if (text === null) return
    pending.current = null
    const { address, template, saved } = current.current
    const intent = saveIntent(text, template, saved)
    const mine = ++seq.current
    const settle = (next: SaveStatus) => {
      if (mine !== seq.current) return
      setTyped((shown) => (shown === text ? null : shown))
      setStatus(next)
    }
    if (intent === 'none') {
      settle(saved === null ? IDLE : { kind: 'saved' })
      return
    }
    setStatus({ kind: 'saving' })
    const result =
      intent === 'save'
        ? await actions.saveDraft({ ...address, ...text })
        : await actions.resetDraft(address)
    if (result.ok) settle(intent === 'save' ? { kind: 'saved' } : IDLE)
    else if (mine === seq.current) setStatus({ kind: 'failed', message: result.error.message })
  }, [actions])

  const change = (text: DraftText) => {
    setTyped(text)
    setStatus({ kind: 'saving' })
    pending.current = text
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
  }

  /** Drops the person's wording (kept for the toast's Undo). */
  const reset = (dropped: DraftText | null) => {
    clearTimeout(timer.current)
    pending.current = null
    seq.current++
    setTyped(null)
    setStatus(IDLE)
    return actions.resetDraft(current.current.address, dropped)
  }

  // Leaving the editor saves what was typed; the store finishes the request on its own.
  useEffect(() => () => void flush(), [flush])

  return { typed, status, change, flush, reset }
}
