import { useId } from 'react'
import { FORMATS, FORMAT_LABELS, TONES, type InterviewFormat } from '@shared/domain/interview'
import { Field } from './Field'
import { InterviewerRows } from './InterviewerRows'
import { TopicRows } from './TopicRows'
import { TimeZoneOptions } from './TimeZoneOptions'
import type { InterviewForm } from './use-interview-form'

const TONE_LABELS = { formal: 'Formal', casual: 'Casual' } as const

/** Every editable field of an interview; the new-interview dialog and the card panel both use it. */
export function InterviewFields({ form }: { form: InterviewForm }) {
  const { values, errors, update } = form
  const id = useId()
  const fieldId = (key: string) => `${id}-${key}`

  return (
    <div className="interview-fields">
      <section className="form-section" aria-labelledby={fieldId('role-heading')}>
        <h3 className="form-section__title" id={fieldId('role-heading')}>
          The role
        </h3>
        <div className="form-grid">
          <Field id={fieldId('company')} label="Company" error={errors.company}>
            {(control) => (
              <input
                {...control}
                className="input"
                autoComplete="off"
                value={values.company}
                onChange={(e) => update('company', e.target.value)}
              />
            )}
          </Field>
          <Field id={fieldId('position')} label="Position" error={errors.position}>
            {(control) => (
              <input
                {...control}
                className="input"
                autoComplete="off"
                value={values.position}
                onChange={(e) => update('position', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={fieldId('jobUrl')}
            label="Job link"
            error={errors.jobUrl}
            className="form-grid__wide"
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="url"
                inputMode="url"
                placeholder="https://"
                value={values.jobUrl}
                onChange={(e) => update('jobUrl', e.target.value)}
              />
            )}
          </Field>
        </div>
      </section>

      <section className="form-section" aria-labelledby={fieldId('when-heading')}>
        <h3 className="form-section__title" id={fieldId('when-heading')}>
          When and how
        </h3>
        <div className="form-grid form-grid--when">
          <Field id={fieldId('date')} label="Date" error={errors.date}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                required
                value={values.date}
                onChange={(e) => update('date', e.target.value)}
              />
            )}
          </Field>
          <Field id={fieldId('startTime')} label="Start time" error={errors.startTime}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="time"
                required
                value={values.startTime}
                onChange={(e) => update('startTime', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={fieldId('durationMinutes')}
            label="Duration (minutes)"
            error={errors.durationMinutes}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="number"
                min={1}
                max={1440}
                step={5}
                value={values.durationMinutes}
                onChange={(e) => update('durationMinutes', e.target.value)}
              />
            )}
          </Field>
          <Field id={fieldId('timeZone')} label="Time zone" error={errors.timeZone}>
            {(control) => (
              <select
                {...control}
                className="input select"
                value={values.timeZone}
                onChange={(e) => update('timeZone', e.target.value)}
              >
                <TimeZoneOptions selected={values.timeZone} />
              </select>
            )}
          </Field>
          <Field id={fieldId('format')} label="Format" error={errors.format}>
            {(control) => (
              <select
                {...control}
                className="input select"
                value={values.format}
                onChange={(e) => update('format', e.target.value as InterviewFormat)}
              >
                {FORMATS.map((format) => (
                  <option key={format} value={format}>
                    {FORMAT_LABELS[format]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="field segmented" aria-describedby={fieldId('tone-hint')}>
            <legend className="field__label">Tone</legend>
            <div className="segmented__options">
              {TONES.map((tone) => (
                <label key={tone} className="segmented__option">
                  <input
                    type="radio"
                    name={fieldId('tone')}
                    value={tone}
                    checked={values.tone === tone}
                    onChange={() => update('tone', tone)}
                  />
                  <span>{TONE_LABELS[tone]}</span>
                </label>
              ))}
            </div>
            <p className="field__hint" id={fieldId('tone-hint')}>
              How your drafts will sound.
            </p>
          </fieldset>
        </div>
      </section>

      <InterviewerRows
        idPrefix={fieldId('interviewers')}
        interviewers={values.interviewers}
        errors={errors}
        onChange={(list) => update('interviewers', list)}
      />

      <TopicRows
        idPrefix={fieldId('topics')}
        topics={values.topics}
        errors={errors}
        onChange={(list) => update('topics', list)}
      />

      <section className="form-section" aria-labelledby={fieldId('after-heading')}>
        <h3 className="form-section__title" id={fieldId('after-heading')}>
          Afterwards
        </h3>
        <div className="form-grid">
          <Field
            id={fieldId('decisionDate')}
            label="Decision expected by"
            hint="Optional: the day they said they would decide."
            error={errors.decisionDate}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={values.decisionDate}
                onChange={(e) => update('decisionDate', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={fieldId('notes')}
            label="Notes"
            error={errors.notes}
            className="form-grid__wide"
          >
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                rows={4}
                value={values.notes}
                onChange={(e) => update('notes', e.target.value)}
              />
            )}
          </Field>
        </div>
      </section>

      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
    </div>
  )
}
