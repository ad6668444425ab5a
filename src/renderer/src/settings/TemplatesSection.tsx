import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { STAGES, TONES } from '../../../shared/domain/interview'
import {
  DRAFT_CHANNELS,
  DRAFT_CHANNEL_LABELS,
  DRAFT_STAGE_LABELS,
  PLACEHOLDERS,
  SAMPLE_CARD,
  SAMPLE_INTERVIEWER,
  parseTemplateKey,
  templateKey,
  type DraftTemplate,
  type PlaceholderInfo,
  type TemplateIssue,
  type TemplateKey,
} from '../../../shared/drafts'
import type { ControlProps } from '../forms/Field'
import type { SectionProps } from './section-types'
import {
  TONE_LABELS,
  customisedKeys,
  editedTemplate,
  insertAtCursor,
  isError,
  placeholderToken,
  templateErrors,
  templateIssues,
  templateName,
  templatePreview,
  withTemplate,
  type PreviewAuthor,
  type TemplatePreview,
} from './template-editing'

type Field = TemplateIssue['field']

const BODY_LABELS = {
  email: 'Message',
  linkedin: 'Note',
  call: 'Script',
} as const

/**
 * Foothold's wording for every follow-up, channel and tone, each one the person's to rewrite: pick
 * one, edit it with the placeholders at hand, see it filled in for a sample interview as they type.
 */
export function TemplatesSection({ form, idPrefix }: SectionProps) {
  const { values } = form
  const { templates, yourName, signature } = values
  const author = useMemo<PreviewAuthor>(() => ({ yourName, signature }), [yourName, signature])
  const broken = useMemo(() => templateErrors(templates, author), [templates, author])
  const firstBroken = Object.keys(broken)[0] as TemplateKey | undefined

  // A template in the way of saving is the one shown first, so a refused Save lands on it.
  const [selected, setSelected] = useState<TemplateKey>(firstBroken ?? 'thank-you/email/formal')
  const [focusRequest, setFocusRequest] = useState(0)
  const [seenRefusal, setSeenRefusal] = useState(form.refused)
  if (form.refused !== seenRefusal) {
    setSeenRefusal(form.refused)
    if (form.refused && firstBroken && !broken[selected]) {
      setSelected(firstBroken)
      setFocusRequest((n) => n + 1)
    }
  }

  const editorRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focusRequest === 0) return
    const field = editorRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    field?.focus()
    field?.scrollIntoView({ block: 'center' })
  }, [focusRequest])

  const template = editedTemplate(templates, selected)
  const preview = templatePreview(selected, template, author)
  const issues = templateIssues(selected, template, author, preview)
  const edit = (next: DraftTemplate) =>
    form.update('templates', withTemplate(templates, selected, next))
  // Main's verdict on what was sent has no template of its own to show next to.
  const unplaced = firstBroken === undefined ? form.errors.templates : undefined
  const elsewhere = firstOtherProblem(broken, selected) ?? (unplaced && { message: unplaced })

  return (
    <div className="templates">
      <TemplatePicker
        idPrefix={idPrefix}
        selected={selected}
        mine={customisedKeys(templates)}
        broken={(key) => broken[key] !== undefined}
        onSelect={setSelected}
      />
      {elsewhere && (
        <div className="template-elsewhere" role="status">
          <p>{elsewhere.message}</p>
          {elsewhere.key && (
            <button
              type="button"
              className="button button--small"
              onClick={() => setSelected(elsewhere.key!)}
            >
              Show it
            </button>
          )}
        </div>
      )}
      <div className="template-workspace">
        <div ref={editorRef} className="settings-card template-editor">
          <EditorHeader
            form={form}
            selected={selected}
            custom={templates[selected] !== undefined}
          />
          <TemplateFields
            key={selected}
            idPrefix={`${idPrefix}-editor`}
            templateKey={selected}
            template={template}
            issues={issues}
            onEdit={edit}
          />
        </div>
        <PreviewCard idPrefix={idPrefix} templateKey={selected} preview={preview} />
      </div>
    </div>
  )
}

/** The first template other than the shown one that cannot be saved, in words. */
function firstOtherProblem(
  broken: Partial<Record<TemplateKey, string>>,
  selected: TemplateKey,
): { key?: TemplateKey; message: string } | undefined {
  const key = (Object.keys(broken) as TemplateKey[]).find((k) => k !== selected)
  if (key === undefined) return undefined
  return { key, message: `${templateName(key)} needs fixing before you can save: ${broken[key]}` }
}

interface PickerProps {
  idPrefix: string
  selected: TemplateKey
  /** The templates the person rewrote. */
  mine: readonly TemplateKey[]
  broken(key: TemplateKey): boolean
  onSelect(key: TemplateKey): void
}

/**
 * Follow-up, channel and tone, side by side. An option is marked when picking it leads to one of
 * the person's own templates; below, every template they rewrote, one click away.
 */
function TemplatePicker({ idPrefix, selected, mine, broken, onSelect }: PickerProps) {
  const { stage, channel, tone } = parseTemplateKey(selected)
  const mineId = `${idPrefix}-mine`
  const groups = [
    {
      name: 'stage',
      label: 'Follow-up',
      options: STAGES.map(
        (s) => [s, DRAFT_STAGE_LABELS[s], templateKey(s, channel, tone)] as const,
      ),
    },
    {
      name: 'channel',
      label: 'Sent as',
      options: DRAFT_CHANNELS.map(
        (c) => [c, DRAFT_CHANNEL_LABELS[c], templateKey(stage, c, tone)] as const,
      ),
    },
    {
      name: 'tone',
      label: 'Tone',
      options: TONES.map((t) => [t, TONE_LABELS[t], templateKey(stage, channel, t)] as const),
    },
  ]
  return (
    <div className="settings-card template-picker">
      <div className="template-picker__groups">
        {groups.map((group) => (
          <fieldset key={group.name} className="template-picker__group">
            <legend className="template-picker__label">{group.label}</legend>
            <div className="segmented__options">
              {group.options.map(([value, label, key]) => (
                <label key={value} className="segmented__option template-picker__option">
                  <input
                    type="radio"
                    name={`${idPrefix}-${group.name}`}
                    value={value}
                    checked={key === selected}
                    onChange={() => onSelect(key)}
                  />
                  <span>{label}</span>
                  <TemplateMark custom={mine.includes(key)} broken={broken(key)} />
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="template-picker__mine">
        <span className="template-picker__label" id={mineId}>
          Your templates
        </span>
        {mine.length === 0 ? (
          <span className="template-picker__none">
            None yet: every draft uses Foothold’s wording. Edit one to make it yours.
          </span>
        ) : (
          <ul className="template-chips" aria-labelledby={mineId}>
            {mine.map((key) => (
              <li key={key}>
                <button
                  type="button"
                  className="template-chip"
                  aria-pressed={key === selected}
                  onClick={() => onSelect(key)}
                >
                  {templateName(key)}
                  <TemplateMark custom broken={broken(key)} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}

/** A dot for "yours" (red when it needs fixing), with the words for screen readers. */
function TemplateMark({ custom, broken }: { custom: boolean; broken: boolean }) {
  if (!custom) return null
  return (
    <span
      className={`template-mark${broken ? ' template-mark--broken' : ''}`}
      title={broken ? 'Yours, and it needs fixing' : 'Your own version'}
    >
      <span className="visually-hidden">{broken ? ' (yours, needs fixing)' : ' (yours)'}</span>
    </span>
  )
}

function EditorHeader({
  form,
  selected,
  custom,
}: {
  form: SectionProps['form']
  selected: TemplateKey
  custom: boolean
}) {
  const justReset = form.templateBeforeReset?.key === selected && !custom
  // The button pressed goes away (Reset gives way to Undo, and back): the other one takes the focus.
  const ref = useRef<HTMLDivElement>(null)
  const shown = useRef(justReset)
  useEffect(() => {
    if (shown.current === justReset) return
    shown.current = justReset
    const lost = document.activeElement === null || document.activeElement === document.body
    if (lost) ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
  }, [justReset])
  return (
    <div ref={ref} className="template-editor__header">
      <div className="template-editor__title">
        <h3 className="template-editor__name">{templateName(selected)}</h3>
        <span className={`template-badge${custom ? ' template-badge--custom' : ''}`}>
          {custom ? 'Your version' : 'Foothold’s default'}
        </span>
      </div>
      {justReset ? (
        <div className="template-editor__undo">
          <p role="status">Back to the default. Save to keep it, or undo.</p>
          <button type="button" className="button button--small" onClick={form.undoTemplateReset}>
            Undo
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--small"
          disabled={!custom}
          title={custom ? undefined : 'This template already uses Foothold’s wording'}
          onClick={() => form.resetTemplate(selected)}
        >
          Reset to default
        </button>
      )}
    </div>
  )
}

interface FieldsProps {
  idPrefix: string
  templateKey: TemplateKey
  template: DraftTemplate
  issues: readonly TemplateIssue[]
  onEdit(template: DraftTemplate): void
}

/** Subject (email only) and text, each with what is wrong with it, and the placeholders. */
function TemplateFields({ idPrefix, templateKey: key, template, issues, onEdit }: FieldsProps) {
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

/** The template filled in for the sample interview, as it will read. */
function PreviewCard({
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
