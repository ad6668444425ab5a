export interface QuitGuardDeps {
  /** Resolves when every pending write is on disk. */
  flush(): Promise<void>
  /** Why saving is failing, for the question to the person. */
  saveProblem(): string | null
  /** Asks whether to quit anyway; true means drop the unsaved changes. */
  confirmQuitWithoutSaving(detail: string): Promise<boolean>
  showWindow(): void
  quit(): void
  timeoutMs?: number
}

/**
 * Handler for `before-quit`: holds the quit until pending writes are on disk, and if the disk keeps
 * refusing, asks before anything is dropped. Choosing to stay brings the window back.
 */
export function createQuitGuard(deps: QuitGuardDeps): (event: { preventDefault(): void }) => void {
  let allowed = false
  let waiting = false
  return (event) => {
    if (allowed) return
    event.preventDefault()
    if (waiting) return
    waiting = true
    void (async () => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const timedOut = new Promise<true>((resolve) => {
        timer = setTimeout(() => resolve(true), deps.timeoutMs ?? 5000)
      })
      const stuck = await Promise.race([deps.flush().then(() => false), timedOut])
      clearTimeout(timer)
      if (stuck) {
        const detail = deps.saveProblem() ?? 'The data folder cannot be written right now.'
        if (!(await deps.confirmQuitWithoutSaving(detail))) {
          waiting = false
          deps.showWindow()
          return
        }
      }
      allowed = true
      deps.quit()
    })()
  }
}
