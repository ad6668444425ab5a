import { useEffect, useRef } from 'react'
import type { Command } from '@shared/shortcuts'

type Handler = () => void

// The component that owns an action (the shown draft owns Copy and Mark sent) offers it here,
// so a key press or a menu choice runs exactly what its button runs. The latest offer wins.
const offers = new Map<Command, Handler[]>()

/** Offers `handler` for `command` while mounted; null offers nothing. */
export function useCommandHandler(command: Command, handler: Handler | null): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  const offered = handler !== null
  useEffect(() => {
    if (!offered) return
    const run: Handler = () => latest.current?.()
    offers.set(command, [...(offers.get(command) ?? []), run])
    return () => {
      offers.set(
        command,
        (offers.get(command) ?? []).filter((h) => h !== run),
      )
    }
  }, [command, offered])
}

/** Runs the offered handler; false when nothing on screen offers the command. */
export function runOffered(command: Command): boolean {
  const handler = offers.get(command)?.at(-1)
  if (!handler) return false
  handler()
  return true
}
