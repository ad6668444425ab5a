import { STAGES, type Stage } from '@shared/domain/interview'

const middle = (element: Element) => {
  const rect = element.getBoundingClientRect()
  return rect.top + rect.height / 2
}

/**
 * The card at the same height in the nearest column to the left (-1) or right (1) that has cards;
 * null at the edge of the board. Columns draw only the cards in view, which are the ones wanted.
 */
export function cardBeside(card: HTMLElement, step: -1 | 1): HTMLElement | null {
  const height = middle(card)
  for (let i = STAGES.indexOf(card.dataset.stage as Stage) + step; STAGES[i]; i += step) {
    const cards = document.querySelectorAll<HTMLElement>(
      `[data-testid="column-${STAGES[i]}"] [data-testid="card"]`,
    )
    let best: HTMLElement | null = null
    for (const candidate of cards) {
      if (!best || Math.abs(middle(candidate) - height) < Math.abs(middle(best) - height))
        best = candidate
    }
    if (best) return best
  }
  return null
}

/** The board card that has the focus, if one has. */
export function focusedCard(): HTMLElement | null {
  const active = document.activeElement
  return active instanceof HTMLElement && active.matches('[data-testid="card"]') ? active : null
}
