/** Puts the cursor in a field that React is about to add, e.g. a new interviewer row. */
export function focusWhenDrawn(elementId: string): void {
  requestAnimationFrame(() => document.getElementById(elementId)?.focus())
}
