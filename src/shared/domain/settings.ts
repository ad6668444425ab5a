import { z } from 'zod'
import { CadenceSettingsSchema, defaultCadence } from './cadence-settings'
import { TemplateOverridesSchema } from './template-overrides'
import { LIMITS } from './limits'
import { TimeZoneSchema } from './time'

export const SettingsSchema = z.strictObject({
  yourName: z.string().trim().max(LIMITS.shortText),
  signature: z.string().trim().max(LIMITS.signature),
  timeZone: TimeZoneSchema,
  cadence: CadenceSettingsSchema,
  /** Opt-in: start Foothold (in the tray) when the person logs in, so reminders are never missed. */
  startAtLogin: z.boolean(),
  /**
   * Opt-in, on Linux and Windows: check spelling as the person types, with a dictionary that is
   * downloaded from Google's servers the first time. (macOS checks spelling with its own checker,
   * which downloads nothing, whatever this says.) A file from before it existed reads as off.
   */
  spellcheck: z.boolean().default(false),
  /** Templates the person rewrote; the others are Foothold's defaults. */
  templates: TemplateOverridesSchema,
})
export type Settings = z.infer<typeof SettingsSchema>

export function defaultSettings(timeZone: string): Settings {
  return {
    yourName: '',
    signature: '',
    timeZone,
    cadence: defaultCadence(),
    startAtLogin: false,
    spellcheck: false,
    templates: {},
  }
}
