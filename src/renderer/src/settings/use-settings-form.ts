import { useMemo, useState } from 'react'
import type { Settings } from '@shared/domain/settings'
import { resetTemplate, type DraftTemplate, type TemplateKey } from '@shared/drafts'
import type { IpcResult } from '@shared/ipc/result'
import {
  defaultCadenceValues,
  fieldForServerError,
  pickCadence,
  sameValues,
  settingsFromValues,
  valuesFromSettings,
  type CadenceValues,
  type SettingsErrors,
  type SettingsFormValues,
  rebaseValues,
} from './settings-form-values'

export interface SettingsForm {
  values: SettingsFormValues
  /** Shown as soon as a value is wrong: what was saved is always valid, so any error is an edit. */
  errors: SettingsErrors
  dirty: boolean
  submitting: boolean
  /** Save was pressed while something was wrong: the footer says why nothing happened. */
  refused: boolean
  update<K extends keyof SettingsFormValues>(key: K, value: SettingsFormValues[K]): void
  /** Puts the cadence section back to the defaults; `undoReset` brings the numbers back. */
  resetCadence(): void
  /** The cadence from before "Reset to defaults", until it is undone or saved; else null. */
  beforeReset: CadenceValues | null
  undoReset(): void
  /** Drops the person's version of one template; `undoTemplateReset` brings it back. */
  resetTemplate(key: TemplateKey): void
  /** The template from before its "Reset to default", until undone or saved; else null. */
  templateBeforeReset: { key: TemplateKey; template: DraftTemplate } | null
  undoTemplateReset(): void
  /** Saves when valid; otherwise resolves with what stands in the way (nothing, when busy). */
  submit(): Promise<SubmitOutcome>
}

export type SubmitOutcome = { saved: true } | { saved: false; errors: SettingsErrors }

interface Options {
  initial: Settings
  save(settings: Settings): Promise<IpcResult<Settings>>
}

export function useSettingsForm({ initial, save }: Options): SettingsForm {
  const [baseline, setBaseline] = useState(() => valuesFromSettings(initial))
  const [values, setValues] = useState(baseline)
  const [source, setSource] = useState(initial)
  if (source !== initial) {
    // New settings from the store while the form is open (our own save, or a restore, import or
    // synced file): adopt them, keeping what the person changed since.
    const now = valuesFromSettings(initial)
    setSource(initial)
    setBaseline(now)
    setValues(rebaseValues(values, baseline, now))
  }
  const [submitting, setSubmitting] = useState(false)
  const [refusedFor, setRefusedFor] = useState<SettingsFormValues | null>(null)
  const [beforeReset, setBeforeReset] = useState<CadenceValues | null>(null)
  const [templateBeforeReset, setTemplateBeforeReset] =
    useState<SettingsForm['templateBeforeReset']>(null)
  // Main's verdict is about the values it was sent; it is dropped as soon as they change.
  const [serverErrors, setServerErrors] = useState<{
    for: SettingsFormValues
    errors: SettingsErrors
  }>()

  const checked = useMemo(() => settingsFromValues(values), [values])
  const errors = useMemo(() => {
    const local = checked.ok ? {} : checked.errors
    return serverErrors?.for === values ? { ...serverErrors.errors, ...local } : local
  }, [checked, values, serverErrors])
  const dirty = useMemo(() => !sameValues(values, baseline), [values, baseline])

  const adopt = (next: SettingsFormValues) => {
    setBaseline(next)
    setValues(next)
    setBeforeReset(null)
    setTemplateBeforeReset(null)
    setRefusedFor(null)
    setServerErrors(undefined)
  }

  return {
    values,
    errors,
    dirty,
    submitting,
    refused: refusedFor === values && !checked.ok,
    update: (key, value) => setValues((current) => ({ ...current, [key]: value })),
    resetCadence() {
      setBeforeReset(pickCadence(values))
      setValues((current) => ({ ...current, ...defaultCadenceValues() }))
    },
    beforeReset,
    undoReset() {
      if (beforeReset === null) return
      setValues((current) => ({ ...current, ...beforeReset }))
      setBeforeReset(null)
    },
    resetTemplate(key) {
      const template = values.templates[key]
      if (template === undefined) return
      setTemplateBeforeReset({ key, template })
      setValues((current) => ({ ...current, templates: resetTemplate(current.templates, key) }))
    },
    templateBeforeReset,
    undoTemplateReset() {
      if (templateBeforeReset === null) return
      const { key, template } = templateBeforeReset
      setValues((current) => ({ ...current, templates: { ...current.templates, [key]: template } }))
      setTemplateBeforeReset(null)
    },
    async submit() {
      if (submitting || !dirty) return { saved: false, errors: {} }
      if (!checked.ok) {
        setRefusedFor(values)
        return { saved: false, errors: checked.errors }
      }
      setSubmitting(true)
      const sent = values
      const result = await save(checked.settings)
      setSubmitting(false)
      if (result.ok) {
        adopt(valuesFromSettings(result.value))
        return { saved: true }
      }
      const field = fieldForServerError(result.error.field)
      const problems = { [field]: result.error.message }
      setServerErrors({ for: sent, errors: problems })
      return { saved: false, errors: problems }
    },
  }
}
