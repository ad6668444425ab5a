import { useMemo, useState, type FormEvent } from 'react'
import type { InterviewDetails } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import type { IpcResult } from '@shared/ipc/result'
import {
  detailsFromValues,
  fieldForServerError,
  sameValues,
  type FieldErrors,
  type InterviewFormValues,
} from './interview-form-values'

export interface InterviewForm {
  values: InterviewFormValues
  errors: FieldErrors
  dirty: boolean
  submitting: boolean
  update<K extends keyof InterviewFormValues>(key: K, value: InterviewFormValues[K]): void
  handleSubmit(event: FormEvent<HTMLFormElement>): void
  /** Makes `values` the new unchanged state, e.g. after a save. */
  reset(values: InterviewFormValues): void
}

interface Options {
  initialValues: () => InterviewFormValues
  save: (details: InterviewDetails) => Promise<IpcResult<Card>>
  onSaved: (card: Card) => void
}

export function useInterviewForm({ initialValues, save, onSaved }: Options): InterviewForm {
  const [baseline, setBaseline] = useState(initialValues)
  const [values, setValues] = useState(baseline)
  // Messages appear after the first attempt to submit and then follow the typing.
  const [attempted, setAttempted] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  // Main's verdict is about the values it was sent; it is dropped as soon as they change.
  const [serverErrors, setServerErrors] = useState<{
    for: InterviewFormValues
    errors: FieldErrors
  }>()

  const errors = useMemo(() => {
    const local = attempted ? localErrors(values) : {}
    return serverErrors?.for === values ? { ...serverErrors.errors, ...local } : local
  }, [attempted, values, serverErrors])

  const dirty = useMemo(() => !sameValues(values, baseline), [values, baseline])

  return {
    values,
    errors,
    dirty,
    submitting,
    update: (key, value) => setValues((current) => ({ ...current, [key]: value })),
    reset(next) {
      setBaseline(next)
      setValues(next)
      setAttempted(false)
      setServerErrors(undefined)
    },
    handleSubmit(event) {
      event.preventDefault()
      if (submitting) return
      const form = event.currentTarget
      setAttempted(true)
      const checked = detailsFromValues(values)
      if (!checked.ok) {
        focusFirstInvalid(form)
        return
      }
      setSubmitting(true)
      void save(checked.details).then((result) => {
        setSubmitting(false)
        if (result.ok) {
          onSaved(result.value)
          return
        }
        const field = fieldForServerError(result.error.field, values)
        setServerErrors({ for: values, errors: { [field]: result.error.message } })
        focusFirstInvalid(form)
      })
    },
  }
}

function localErrors(values: InterviewFormValues): FieldErrors {
  const checked = detailsFromValues(values)
  return checked.ok ? {} : checked.errors
}

/** After React has drawn the messages, put the cursor where the first one is, message in view. */
function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => {
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]')
    field?.focus({ preventScroll: true })
    field?.scrollIntoView({ block: 'center' })
  })
}
