/**
 * Ids made in the renderer (interviewers, form rows): 128 random bits as hex, which fits main's
 * id pattern. getRandomValues, unlike randomUUID, also works outside a secure context.
 */
export function makeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
