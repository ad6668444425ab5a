/**
 * True when an IPC message comes from the app's own top-level page. A frame that navigated
 * somewhere else, or an embedded frame, must not reach the store.
 */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  trustedOrigins: readonly string[],
): boolean {
  if (!frame || frame.parent) return false
  let origin: string
  try {
    const url = new URL(frame.url)
    // Custom schemes report an opaque origin ("null"), so compare scheme and host ourselves.
    origin = `${url.protocol}//${url.host}`
  } catch {
    return false
  }
  return trustedOrigins.includes(origin)
}
