import { z } from 'zod'
import { LIMITS } from './limits'
import { TimeZoneSchema } from './time'

export const SettingsSchema = z.strictObject({
  yourName: z.string().trim().max(LIMITS.shortText),
  signature: z.string().trim().max(LIMITS.signature),
  timeZone: TimeZoneSchema,
})
export type Settings = z.infer<typeof SettingsSchema>

export function defaultSettings(timeZone: string): Settings {
  return { yourName: '', signature: '', timeZone }
}
