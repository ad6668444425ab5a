export const ERROR_CODES = ['invalid-request', 'not-found', 'read-only', 'internal'] as const
export type IpcErrorCode = (typeof ERROR_CODES)[number]

/** What the renderer gets instead of a thrown exception: a code to branch on and a human sentence. */
export interface IpcError {
  code: IpcErrorCode
  message: string
  /** Dotted path of the offending field, when one is to blame. */
  field?: string
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })
export const fail = (code: IpcErrorCode, message: string, field?: string): IpcResult<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
})
