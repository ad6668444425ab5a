import { z } from 'zod'
import type { TemplateKey } from './template-keys'
import { TEMPLATE_KEYS, parseTemplateKey } from './template-keys'

/**
 * Templates the person has edited, keyed by `stage/channel/tone` (e.g. `check-in/email/formal`).
 * Only edited templates are stored; "reset to default" deletes the entry. The schema checks shape
 * and size only, so a settings file always loads; `validateTemplate` gives the editor its advice.
 */

export const TEMPLATE_LIMITS = {
  subject: 300,
  body: 5_000,
} as const

export const TemplateKeySchema = z.enum(TEMPLATE_KEYS as [TemplateKey, ...TemplateKey[]])

export const DraftTemplateSchema = z.strictObject({
  subject: z
    .string()
    .max(TEMPLATE_LIMITS.subject, `A subject has at most ${TEMPLATE_LIMITS.subject} characters`),
  body: z
    .string()
    .max(TEMPLATE_LIMITS.body, `A template has at most ${TEMPLATE_LIMITS.body} characters`)
    .refine((body) => body.trim() !== '', { message: 'A template needs some text' }),
})

export const TemplateOverridesSchema = z
  .partialRecord(TemplateKeySchema, DraftTemplateSchema)
  .superRefine((overrides, ctx) => {
    for (const [key, template] of Object.entries(overrides)) {
      if (template === undefined || template.subject.trim() === '') continue
      if (parseTemplateKey(key as TemplateKey).channel !== 'email') {
        ctx.addIssue({
          code: 'custom',
          message: 'LinkedIn notes and call scripts have no subject',
          path: [key, 'subject'],
        })
      }
    }
  })
export type TemplateOverrides = z.infer<typeof TemplateOverridesSchema>
