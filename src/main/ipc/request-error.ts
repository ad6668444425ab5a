/** A failure the person caused or can fix, answered as a typed error rather than a crash. */
export class RequestError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-request',
    message: string,
  ) {
    super(message)
  }
}
