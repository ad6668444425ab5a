import { CHANNELS, CHANNEL_LABELS, type Channel, type Interviewer } from '@shared/domain/interview'
import { LIMITS } from '@shared/domain/limits'
import { CloseIcon, PlusIcon } from '../common/icons'
import { makeId } from '../common/make-id'
import { Field } from './Field'
import { focusWhenDrawn } from './focus-when-drawn'
import { emptyInterviewer, type FieldErrors } from './interview-form-values'

interface Props {
  idPrefix: string
  interviewers: readonly Interviewer[]
  errors: FieldErrors
  onChange(list: Interviewer[]): void
}

type TextKey = 'name' | 'title' | 'email' | 'phone' | 'linkedinUrl'

const TEXT_FIELDS: readonly { key: TextKey; label: string; type: string; wide?: boolean }[] = [
  { key: 'name', label: 'Interviewer name', type: 'text' },
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'linkedinUrl', label: 'LinkedIn URL', type: 'url', wide: true },
]

export function InterviewerRows({ idPrefix, interviewers, errors, onChange }: Props) {
  const patch = (id: string, change: Partial<Interviewer>) =>
    onChange(interviewers.map((person) => (person.id === id ? { ...person, ...change } : person)))

  return (
    <section className="form-section" aria-labelledby={`${idPrefix}-heading`}>
      <div className="form-section__header">
        <h3 className="form-section__title" id={`${idPrefix}-heading`}>
          Who interviewed you
        </h3>
        <p className="form-section__hint">Each person gets their own thank-you note.</p>
      </div>
      {errors.interviewers && <p className="field__error">{errors.interviewers}</p>}
      {interviewers.map((person, index) => {
        const rowId = `${idPrefix}-${person.id}`
        const errorOf = (key: string) => errors[`interviewers.${person.id}.${key}`]
        return (
          <fieldset key={person.id} className="row-card">
            <legend className="row-card__legend">Interviewer {index + 1}</legend>
            <button
              type="button"
              className="icon-button row-card__remove"
              aria-label={`Remove interviewer ${index + 1}`}
              title="Remove"
              onClick={() => onChange(interviewers.filter((p) => p.id !== person.id))}
            >
              <CloseIcon />
            </button>
            <div className="form-grid">
              {TEXT_FIELDS.map(({ key, label, type, wide }) => (
                <Field
                  key={key}
                  id={`${rowId}-${key}`}
                  label={label}
                  error={errorOf(key)}
                  className={wide ? 'form-grid__wide' : undefined}
                >
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      type={type}
                      autoComplete="off"
                      placeholder={type === 'url' ? 'https://www.linkedin.com/in/…' : undefined}
                      value={person[key]}
                      onChange={(e) => patch(person.id, { [key]: e.target.value })}
                    />
                  )}
                </Field>
              ))}
              <Field
                id={`${rowId}-channel`}
                label="Preferred channel"
                error={errorOf('preferredChannel')}
              >
                {(control) => (
                  <select
                    {...control}
                    className="input select"
                    value={person.preferredChannel}
                    onChange={(e) =>
                      patch(person.id, { preferredChannel: e.target.value as Channel })
                    }
                  >
                    {CHANNELS.map((channel) => (
                      <option key={channel} value={channel}>
                        {CHANNEL_LABELS[channel]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          </fieldset>
        )
      })}
      {interviewers.length < LIMITS.interviewers && (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            const added = emptyInterviewer(makeId())
            onChange([...interviewers, added])
            focusWhenDrawn(`${idPrefix}-${added.id}-name`)
          }}
        >
          <PlusIcon />
          {/* Not "Add interviewer": the dialog's submit button is "Add interview". */}
          {interviewers.length === 0 ? 'Add an interviewer' : 'Add another interviewer'}
        </button>
      )}
    </section>
  )
}
