import { useRef, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import {
  PLACEHOLDERS,
  parseTemplateKey,
  type DraftTemplate,
  type PlaceholderInfo,
  type TemplateIssue,
  type TemplateKey,
} from '@shared/drafts'
import type { ControlProps } from '../forms/Field'
import { insertAtCursor, isError, placeholderToken } from './template-editing'

type Field = TemplateIssue['field']

const BODY_LABELS = {
  email: 'Message',
  linkedin: 'Note',
  call: 'Script',
} as const

interface FieldsProps {
  idPrefix: string
  templateKey: TemplateKey
  template: DraftTemplate
  issues: readonly TemplateIssue[]
  onEdit(template: DraftTemplate): void
}

/** Subject (email only) and text, each with what is wrong with it, and the placeholders. */
export function TemplateFields({
  idPrefix,
  templateKey: key,
  template,
  issues,
  onEdit,
}: FieldsProps) {
  const { channel } = parseTemplateKey(key)
  const subjectRef = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  // Where a clicked placeholder goes: the field last typed in, the text unless it was the subject.
  const lastField = useRef<Field>('body')
  const elementOf = (field: Field) => (field === 'subject' ? subjectRef : bodyRef).current

  const insert = (info: PlaceholderInfo) => {
    const field = channel === 'email' ? lastField.current : 'body'
    const element = elementOf(field)
    if (element === null) return
    const { text, cursor } = insertAtCursor(
      template[field],
      element.selectionStart,
      element.selectionEnd,
      placeholderToken(info.name),
    )
    // Drawn at once, so the cursor can be put right after what went in.
    flushSync(() => onEdit({ ...template, [field]: text }))
    element.focus()
    element.setSelectionRange(cursor, cursor)
  }

  const select = (issue: TemplateIssue) => {
    const element = elementOf(issue.field)
    element?.focus()
    if (issue.start !== undefined) element?.setSelectionRange(issue.start, issue.end ?? issue.start)
  }

  const of = (field: Field) => issues.filter((issue) => issue.field === field)
  const subjectIssues = of('subject')
  const bodyIssues = of('body')

  return (
    <>
      {channel === 'email' && (
        <TemplateField
          id={`${idPrefix}-subject`}
          label="Subject"
          issues={subjectIssues}
          onShow={select}
        >
          {(control) => (
            <input
              {...control}
              ref={subjectRef}
              className="input"
              spellCheck
              value={template.subject}
              onFocus={() => (lastField.current = 'subject')}
              onChange={(e) => onEdit({ ...template, subject: e.target.value })}
            />
          )}
        </TemplateField>
      )}
      <TemplateField
        id={`${idPrefix}-body`}
        label={BODY_LABELS[channel]}
        issues={bodyIssues}
        onShow={select}
        after={<PlaceholderList idPrefix={idPrefix} onInsert={insert} />}
      >
        {(control) => (
          <textarea
            {...control}
            ref={bodyRef}
            className="input textarea template-editor__body"
            spellCheck
            rows={14}
            value={template.body}
            onFocus={() => (lastField.current = 'body')}
            onChange={(e) => onEdit({ ...template, body: e.target.value })}
          />
        )}
      </TemplateField>
    </>
  )
}

interface FieldProps {
  id: string
  label: string
  issues: readonly TemplateIssue[]
  onShow(issue: TemplateIssue): void
  /** Shown under the control and its messages. */
  after?: ReactNode
  children(control: ControlProps): ReactNode
}

/**
 * A stacked settings row whose messages are a list: errors (which keep Save from saving) and
 * advice, each tied to the control, with a way to select the text it is about.
 */
function TemplateField({ id, label, issues, onShow, after, children }: FieldProps) {
  const invalid = issues.some(isError)
  const issuesId = issues.length > 0 ? `${id}-issues` : undefined
  return (
    <div
      className={`setting setting--stacked template-field${invalid ? ' setting--invalid' : ''}`}
      data-field={id}
    >
      <label className="setting__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': invalid, 'aria-describedby': issuesId })}
      {issues.length > 0 && (
        <ul className="template-issues" id={issuesId}>
          {issues.map((issue, i) => (
            <li key={i} className={`template-issue template-issue--${issue.severity}`}>
              <span className="visually-hidden">
                {issue.severity === 'error' ? 'Error: ' : 'Advice: '}
              </span>
              {issue.message}
              {issue.start !== undefined && (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => onShow(issue)}>
                    Show
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {after}
    </div>
  )
}

/** Every placeholder with what it becomes; a click types it in at the cursor. */
function PlaceholderList({
  idPrefix,
  onInsert,
}: {
  idPrefix: string
  onInsert(info: PlaceholderInfo): void
}) {
  const headingId = `${idPrefix}-placeholders`
  return (
    <div className="template-placeholders">
      <p className="template-placeholders__heading" id={headingId}>
        Placeholders <span>· click one to insert it at the cursor</span>
      </p>
      <ul className="template-placeholders__list" aria-labelledby={headingId}>
        {PLACEHOLDERS.map((info) => (
          <li key={info.name}>
            <button
              type="button"
              className="template-placeholder"
              aria-labelledby={`${idPrefix}-ph-${info.name}`}
              aria-describedby={`${idPrefix}-ph-${info.name}-about`}
              onClick={() => onInsert(info)}
            >
              <span className="template-placeholder__token" id={`${idPrefix}-ph-${info.name}`}>
                {placeholderToken(info.name)}
              </span>
              <span
                className="template-placeholder__about"
                id={`${idPrefix}-ph-${info.name}-about`}
              >
                {info.description}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
