import type { Session } from 'electron'
import { describe, expect, it } from 'vitest'
import { createSpellcheck } from './spellcheck'

/** A session that records what it was told, typed against Electron's own. */
function fakeSession() {
  const calls: boolean[] = []
  const session: Pick<Session, 'setSpellCheckerEnabled'> = {
    setSpellCheckerEnabled: (enabled) => void calls.push(enabled),
  }
  return { session, calls }
}

describe('createSpellcheck', () => {
  it.each(['linux', 'win32'] as const)(
    'on %s, is off from the start, so no dictionary is downloaded, until the person turns it on',
    (platform) => {
      const { session, calls } = fakeSession()
      const spellcheck = createSpellcheck(session, platform)
      expect(calls).toEqual([false])
      spellcheck.apply(false)
      expect(calls).toEqual([false])
      spellcheck.apply(true)
      spellcheck.apply(true)
      expect(calls).toEqual([false, true])
      spellcheck.apply(false)
      expect(calls).toEqual([false, true, false])
    },
  )

  it('on macOS, uses the system checker, which downloads nothing, whatever the setting', () => {
    const { session, calls } = fakeSession()
    const spellcheck = createSpellcheck(session, 'darwin')
    spellcheck.apply(false)
    spellcheck.apply(true)
    expect(calls).toEqual([true])
  })
})
