const ATTEMPTS = 5

/**
 * Focuses a card once its column has drawn it (which can take a frame or two after a scroll),
 * unless focus has since found a better home than the page itself or another card.
 */
export function focusCardWhenDrawn(cardId: string): void {
  const selector = `[data-testid="card"][data-card-id="${CSS.escape(cardId)}"]`
  const attempt = (left: number) => {
    const current = document.activeElement
    const focusIsFree =
      !current || current === document.body || current.matches('[data-testid="card"]')
    if (!focusIsFree) return
    const card = document.querySelector<HTMLElement>(selector)
    if (card) card.focus()
    else if (left > 0) requestAnimationFrame(() => attempt(left - 1))
  }
  requestAnimationFrame(() => attempt(ATTEMPTS))
}
