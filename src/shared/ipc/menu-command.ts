import { z } from 'zod'
import { COMMANDS } from '../shortcuts'

/**
 * The payload of the `menuCommand` event. Main checks it before sending and the renderer again on
 * arrival; it lives apart from the contract so the renderer does not bundle every request schema.
 */
export const MenuCommandSchema = z.strictObject({ command: z.enum(COMMANDS) })
export type MenuCommand = z.infer<typeof MenuCommandSchema>
