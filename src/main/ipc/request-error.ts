/**
 * A failure the person caused or can fix (or, as `internal`, one they must be told about in its
 * own words), answered as a typed error rather than a crash.
 */
export class RequestError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-request' | 'internal',
    message: string,
  ) {
    super(message)
  }
}
