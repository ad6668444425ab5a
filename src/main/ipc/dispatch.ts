import { contract } from '../../shared/ipc/contract'
import type { Method } from '../../shared/ipc/methods'
import type { IpcResult } from '../../shared/ipc/result'
import { fail, ok } from '../../shared/ipc/result'
import { ReadOnlyStoreError } from '../store/board-store'
import type { Handlers } from './handlers'
import { RequestError } from './handlers'

export type Dispatch = (method: Method | null, payload: unknown) => Promise<IpcResult<unknown>>

/**
 * Validates a raw payload against the contract, runs the handler, and turns every outcome into an
 * IpcResult. Nothing the renderer sends can make this throw or leak a stack trace.
 */
export function createDispatch(
  handlers: Handlers,
  logError: (error: unknown) => void = console.error,
): Dispatch {
  return async (method, payload) => {
    if (method === null) return fail('invalid-request', 'Unknown request')
    const parsed = contract[method].request.safeParse(payload)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = issue?.path.map(String).join('.') || undefined
      return fail('invalid-request', issue?.message ?? 'Invalid request', field)
    }
    try {
      const handler = handlers[method] as (request: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof RequestError) return fail(error.code, error.message)
      if (error instanceof ReadOnlyStoreError) return fail('read-only', error.message)
      logError(error)
      return fail('internal', 'Something went wrong inside Foothold. Your saved data is unchanged.')
    }
  }
}
