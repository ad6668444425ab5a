import type { Session } from 'electron'

export type SpellcheckSession = Pick<Session, 'setSpellCheckerEnabled'>

export interface Spellcheck {
  /** Follows the person's setting (`settings.spellcheck`); does nothing when nothing changes. */
  apply(enabled: boolean): void
}

/**
 * Spell checking without a surprise download. macOS checks spelling with its own checker, which
 * downloads nothing, so it is always on there. On Linux and Windows, Electron's checker fetches a
 * Hunspell dictionary for the language from Google's servers the first time it runs, so it stays
 * off until the person turns it on in Settings. Call this before the first window opens: from
 * then on, the checker is off there until `apply(true)`.
 */
export function createSpellcheck(
  session: SpellcheckSession,
  platform: NodeJS.Platform,
): Spellcheck {
  const fixed = platform === 'darwin'
  let current = fixed
  session.setSpellCheckerEnabled(current)
  return {
    apply(enabled) {
      const wanted = fixed || enabled
      if (wanted === current) return
      current = wanted
      session.setSpellCheckerEnabled(wanted)
    },
  }
}
