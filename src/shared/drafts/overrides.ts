import type { DraftTemplate } from './render'
import type { TemplateOverrides } from '../domain/template-overrides'
import type { TemplateKey } from '../domain/template-keys'
import { defaultTemplate } from './templates'

export interface ResolvedTemplate extends DraftTemplate {
  key: TemplateKey
  /** True when the person's own version is used, false for the default. */
  custom: boolean
}

/** The person's template for `key` when they have one, otherwise the default. */
export function resolveTemplate(
  overrides: TemplateOverrides | undefined,
  key: TemplateKey,
): ResolvedTemplate {
  const own = overrides?.[key]
  return own === undefined
    ? { key, ...defaultTemplate(key), custom: false }
    : { key, subject: own.subject, body: own.body, custom: true }
}

/** "Reset to default": the overrides without the one for `key`. */
export function resetTemplate(overrides: TemplateOverrides, key: TemplateKey): TemplateOverrides {
  const rest = { ...overrides }
  delete rest[key]
  return rest
}
