import { z } from 'zod'
import type { PickedFile } from './socket-protocol'

/** Every message a page may send the browser edition's server; anything else is refused. */
const Id = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)

export const PickedFileSchema = z.strictObject({
  name: z.string().min(1).max(255),
}) satisfies z.ZodType<PickedFile>

export const PageMessageSchema = z.union([
  z.strictObject({
    t: z.literal('invoke'),
    id: Id,
    channel: z.string().max(100),
    payload: z.unknown().optional(),
  }),
  z.strictObject({
    t: z.literal('answer'),
    id: Id,
    ok: z.literal(true),
    // Each ask checks the value it expects (a picked file, or nothing).
    value: z.unknown().optional(),
  }),
  z.strictObject({
    t: z.literal('answer'),
    id: Id,
    ok: z.literal(false),
    error: z.string().max(500),
  }),
])
export type PageMessage = z.infer<typeof PageMessageSchema>
