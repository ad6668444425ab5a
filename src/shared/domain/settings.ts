import { z } from 'zod'
import { CadenceSettingsSchema, defaultCadence } from '../cadence/cadence-settings'
import { LIMITS } from './limits'
import { TimeZoneSchema } from './time'

export const SettingsSchema = z.strictObject({
  yourName: z.string().trim().max(LIMITS.shortText),
  signature: z.string().trim().max(LIMITS.signature),
  timeZone: TimeZoneSchema,
  cadence: CadenceSettingsSchema,
  /** Opt-in: start Foothold (in the tray) when the person logs in, so reminders are never missed. */
  startAtLogin: z.boolean(),
})
export type Settings = z.infer<typeof SettingsSchema>

export function defaultSettings(timeZone: string): Settings {
  return { yourName: '', signature: '', timeZone, cadence: defaultCadence(), startAtLogin: false }
}
