import type { z } from 'zod'
import { contract } from '@shared/ipc/contract'
import type { Method } from '@shared/ipc/methods'
import type { IpcResult } from '@shared/ipc/result'
import { fail, ok } from '@shared/ipc/result'
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
      const { message, field } = describeIssue(parsed.error.issues[0])
      return fail('invalid-request', message, field)
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

const MAX_TEXT = 200
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text)

/**
 * The first problem with a refused payload, short enough for a message line. Unknown keys are
 * counted, not listed: the renderer's own key names (any number, any length) are not echoed back.
 */
function describeIssue(issue: z.ZodError['issues'][number] | undefined): {
  message: string
  field: string | undefined
} {
  if (!issue) return { message: 'Invalid request', field: undefined }
  const field = clip(issue.path.map(String).join('.')) || undefined
  if (issue.code === 'unrecognized_keys') {
    const count = issue.keys.length
    return { message: count === 1 ? 'Unexpected field' : `${count} unexpected fields`, field }
  }
  return { message: clip(issue.message), field }
}
