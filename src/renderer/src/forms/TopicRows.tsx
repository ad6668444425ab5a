import { LIMITS } from '@shared/domain/limits'
import { CloseIcon, PlusIcon } from '../common/icons'
import { makeId } from '../common/make-id'
import { focusWhenDrawn } from './focus-when-drawn'
import type { FieldErrors, TopicRow } from './interview-form-values'

interface Props {
  idPrefix: string
  topics: readonly TopicRow[]
  errors: FieldErrors
  onChange(list: TopicRow[]): void
}

export function TopicRows({ idPrefix, topics, errors, onChange }: Props) {
  return (
    <section className="form-section" aria-labelledby={`${idPrefix}-heading`}>
      <div className="form-section__header">
        <h3 className="form-section__title" id={`${idPrefix}-heading`}>
          Topics you discussed
        </h3>
        <p className="form-section__hint" id={`${idPrefix}-hint`}>
          A detail from the conversation makes a follow-up feel personal.
        </p>
      </div>
      {errors.topics && <p className="field__error">{errors.topics}</p>}
      {topics.length > 0 && (
        <ol className="topic-list">
          {topics.map((topic, index) => {
            const inputId = `${idPrefix}-${topic.id}`
            const error = errors[`topics.${topic.id}`]
            return (
              <li key={topic.id} className="topic-list__item">
                <div className="topic-list__row">
                  <input
                    id={inputId}
                    className="input"
                    aria-label={`Topic ${index + 1}`}
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? `${inputId}-error` : `${idPrefix}-hint`}
                    placeholder="e.g. how they plan to grow the team"
                    value={topic.text}
                    onChange={(e) =>
                      onChange(
                        topics.map((t) => (t.id === topic.id ? { ...t, text: e.target.value } : t)),
                      )
                    }
                  />
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove topic ${index + 1}`}
                    title="Remove"
                    onClick={() => onChange(topics.filter((t) => t.id !== topic.id))}
                  >
                    <CloseIcon />
                  </button>
                </div>
                {error && (
                  <p className="field__error" id={`${inputId}-error`}>
                    {error}
                  </p>
                )}
              </li>
            )
          })}
        </ol>
      )}
      {topics.length < LIMITS.topics && (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            const added = { id: makeId(), text: '' }
            onChange([...topics, added])
            focusWhenDrawn(`${idPrefix}-${added.id}`)
          }}
        >
          <PlusIcon /> Add topic
        </button>
      )}
    </section>
  )
}
