import { SAMPLE_CARD, SAMPLE_INTERVIEWER, parseTemplateKey, type TemplateKey } from '@shared/drafts'
import type { TemplatePreview } from './template-editing'

/** The template filled in for the sample interview, as it will read. */
export function TemplatePreviewCard({
  idPrefix,
  templateKey: key,
  preview,
}: {
  idPrefix: string
  templateKey: TemplateKey
  preview: TemplatePreview
}) {
  const { channel } = parseTemplateKey(key)
  const headingId = `${idPrefix}-preview`
  const length = preview.body.length
  const over = preview.limit !== null && length > preview.limit
  const unsigned = preview.missing.includes('yourName') || preview.missing.includes('signature')
  return (
    <section
      className="template-preview"
      aria-labelledby={headingId}
      data-testid="template-preview"
    >
      <header className="template-preview__header">
        <h3 className="template-preview__title" id={headingId}>
          Preview
        </h3>
        <p className="template-preview__about">
          For a sample interview with {SAMPLE_INTERVIEWER.name}, {SAMPLE_INTERVIEWER.title} at{' '}
          {SAMPLE_CARD.company}, written the day after.
        </p>
        {preview.limit !== null && (
          <span
            className={`template-preview__count${over ? ' template-preview__count--over' : ''}`}
            title={`LinkedIn accepts ${preview.limit} characters`}
          >
            {length} / {preview.limit}
          </span>
        )}
      </header>
      <div className="template-preview__paper">
        {channel === 'email' && (
          <p className="template-preview__subject">
            <span className="template-preview__label">Subject</span>
            <span data-testid="template-preview-subject">{preview.subject}</span>
          </p>
        )}
        <p className="template-preview__body" data-testid="template-preview-body">
          {preview.body}
        </p>
      </div>
      {unsigned && (
        <p className="template-preview__note">
          Add your name in Profile and your drafts are signed with it.
        </p>
      )}
    </section>
  )
}
