import { useEffect, useMemo, useRef, useState } from 'react'
import type { DraftTemplate, TemplateKey } from '@shared/drafts'
import type { SectionProps } from './section-types'
import { TemplateFields } from './TemplateFields'
import { TemplatePicker } from './TemplatePicker'
import { TemplatePreviewCard } from './TemplatePreviewCard'
import {
  customisedKeys,
  editedTemplate,
  templateErrors,
  templateIssues,
  templateName,
  templatePreview,
  withTemplate,
  type PreviewAuthor,
} from './template-editing'

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
        <TemplatePreviewCard idPrefix={idPrefix} templateKey={selected} preview={preview} />
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
