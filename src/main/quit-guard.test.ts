import { describe, expect, it, vi } from 'vitest'
import type { QuitGuardDeps } from './quit-guard'
import { createQuitGuard } from './quit-guard'

function setup(overrides: Partial<QuitGuardDeps> = {}) {
  const deps = {
    flush: vi.fn(async () => undefined),
    saveProblem: () => 'disk full',
    confirmQuitWithoutSaving: vi.fn(async () => false),
    showWindow: vi.fn(),
    quit: vi.fn(),
    timeoutMs: 20,
    ...overrides,
  }
  const guard = createQuitGuard(deps)
  const attempt = () => {
    const event = { preventDefault: vi.fn() }
    guard(event)
    return event
  }
  return { deps, attempt }
}

describe('quit guard', () => {
  it('waits for pending writes, then quits once and lets that quit through', async () => {
    let finish!: () => void
    const { deps, attempt } = setup({
      flush: () => new Promise<void>((r) => (finish = r)),
      timeoutMs: 10_000,
    })
    expect(attempt().preventDefault).toHaveBeenCalled()
    expect(deps.quit).not.toHaveBeenCalled()
    finish()
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledTimes(1))
    expect(attempt().preventDefault).not.toHaveBeenCalled()
    expect(deps.confirmQuitWithoutSaving).not.toHaveBeenCalled()
  })

  it('asks before dropping changes the disk keeps refusing, and stays open with the window shown', async () => {
    const { deps, attempt } = setup({ flush: () => new Promise<void>(() => undefined) })
    attempt()
    await vi.waitFor(() => expect(deps.showWindow).toHaveBeenCalled())
    expect(deps.confirmQuitWithoutSaving).toHaveBeenCalledWith('disk full')
    expect(deps.quit).not.toHaveBeenCalled()
    expect(attempt().preventDefault).toHaveBeenCalled() // a later quit asks again
    await vi.waitFor(() => expect(deps.confirmQuitWithoutSaving).toHaveBeenCalledTimes(2))
  })

  it('quits without saving only when the person says so', async () => {
    const { deps, attempt } = setup({
      flush: () => new Promise<void>(() => undefined),
      confirmQuitWithoutSaving: vi.fn(async () => true),
    })
    attempt()
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledTimes(1))
    expect(deps.showWindow).not.toHaveBeenCalled()
  })

  it('does not ask twice when quit is requested again while waiting', async () => {
    const { deps, attempt } = setup({ flush: () => new Promise<void>(() => undefined) })
    attempt()
    attempt()
    await vi.waitFor(() => expect(deps.showWindow).toHaveBeenCalled())
    expect(deps.confirmQuitWithoutSaving).toHaveBeenCalledTimes(1)
  })
})
