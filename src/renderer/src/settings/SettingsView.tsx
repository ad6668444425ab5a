import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { DiscardPrompt } from '../common/DiscardPrompt'
import { SETTINGS_BUTTON_ID } from '../common/element-ids'
import { useFullWindowView } from '../common/use-full-window-view'
import { READ_ONLY_REASON, ReadOnlyHint } from '../common/ReadOnlyHint'
import { BackToBoardButton } from '../common/BackToBoardButton'
import { useBoard, useBoardActions, useBoardStore } from '../state/board-context'
import { selectReadOnly } from '../state/selectors'
import type { SettingsSection } from './section-types'
import { SETTINGS_SECTIONS } from './sections'
import { firstWithError, hasError } from './settings-form-values'
import { useSettingsForm } from './use-settings-form'

/**
 * Everything in Settings, one section at a time, saved together. Escape or "Back to board" leaves;
 * with unsaved changes, the footer asks first.
 */
export function SettingsView() {
  const actions = useBoardActions()
  const store = useBoardStore()
  const settings = useBoard((s) => s.settings)
  const readOnly = useBoard(selectReadOnly)
  const askingToDiscard = useBoard((s) => s.pendingNavigation !== null)
  const form = useSettingsForm({ initial: settings, save: actions.saveSettings })
  const [activeId, setActiveId] = useState(SETTINGS_SECTIONS[0]!.id)
  const active = SETTINGS_SECTIONS.find((s) => s.id === activeId) ?? SETTINGS_SECTIONS[0]!
  const id = useId()
  const viewRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => actions.setPanelDirty(form.dirty), [actions, form.dirty])

  useFullWindowView({
    buttonId: SETTINGS_BUTTON_ID,
    viewRef,
    headingRef,
    onEscape: () => {
      if (store.getState().pendingNavigation) actions.keepEditing()
      else actions.navigate({ kind: 'board' })
    },
  })

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (readOnly) return
    void form.submit().then((outcome) => {
      if (outcome.saved) return
      // Drawn at once, so the cursor can go to the first problem, in whichever section it is.
      const section = firstWithError(SETTINGS_SECTIONS, outcome.errors)
      flushSync(() => {
        if (section) setActiveId(section.id)
      })
      focusFirstInvalid(formRef.current)
    })
  }

  const Content = active.Content
  const titleId = `${id}-title`

  return (
    <div ref={viewRef} className="settings" data-testid="settings">
      <nav className="settings__nav" aria-labelledby={`${id}-heading`}>
        <BackToBoardButton className="settings__back" />
        <h1 className="settings__heading" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          Settings
        </h1>
        <SectionList
          activeId={active.id}
          isMarked={(section) => hasError(section, form.errors)}
          onChoose={setActiveId}
        />
      </nav>
      <form
        ref={formRef}
        className="settings__main"
        noValidate
        aria-labelledby={titleId}
        onSubmit={onSubmit}
      >
        <div className="settings__scroll">
          <section className="settings__section" aria-labelledby={titleId} key={active.id}>
            <header className="settings__section-header">
              <h2 className="settings__title" id={titleId}>
                {active.label}
              </h2>
              <p className="settings__summary">{active.summary}</p>
            </header>
            <Content form={form} idPrefix={`${id}-${active.id}`} />
          </section>
        </div>
        <footer className="settings__footer">
          <div className="settings__footer-row">
            {askingToDiscard ? (
              <DiscardPrompt
                onKeepEditing={actions.keepEditing}
                onDiscard={actions.discardAndContinue}
              />
            ) : (
              <>
                <FooterStatus
                  refused={form.refused}
                  formError={form.errors.form}
                  dirty={form.dirty}
                />
                {readOnly && <ReadOnlyHint />}
                <button
                  type="submit"
                  className="button button--primary"
                  disabled={!form.dirty || form.submitting || readOnly}
                  title={readOnly ? READ_ONLY_REASON : undefined}
                >
                  Save
                </button>
              </>
            )}
          </div>
        </footer>
      </form>
    </div>
  )
}

function FooterStatus({
  refused,
  formError,
  dirty,
}: {
  refused: boolean
  formError: string | undefined
  dirty: boolean
}) {
  if (formError) {
    return (
      <p className="settings__status settings__status--error" role="alert">
        {formError}
      </p>
    )
  }
  if (refused) {
    return (
      <p className="settings__status settings__status--error" role="alert">
        Not saved: fix the marked settings first.
      </p>
    )
  }
  return <p className="settings__status">{dirty ? 'Unsaved changes' : ''}</p>
}

interface SectionListProps {
  activeId: string
  isMarked(section: SettingsSection): boolean
  onChoose(id: string): void
}

/** The sections, one button each; Up and Down arrows move along the list. */
function SectionList({ activeId, isMarked, onChoose }: SectionListProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key]
    if (step === undefined) return
    event.preventDefault()
    const buttons = [...event.currentTarget.querySelectorAll('button')]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next = buttons[(at + step + buttons.length) % buttons.length]
    next?.focus()
    next?.click()
  }
  return (
    <ul className="settings__sections" onKeyDown={onKeyDown}>
      {SETTINGS_SECTIONS.map((section) => {
        const marked = isMarked(section)
        return (
          <li key={section.id}>
            <button
              type="button"
              className="settings__section-link"
              aria-current={section.id === activeId ? 'page' : undefined}
              onClick={() => onChoose(section.id)}
            >
              <section.Icon />
              <span className="settings__section-label">{section.label}</span>
              {marked && (
                <span className="settings__problem" title="Something here needs fixing">
                  <span className="visually-hidden">(needs fixing)</span>
                </span>
              )}
            </button>
          </li>
        )
      })}
    </ul>
  )
}

/** Puts the cursor on the first field with a problem, its message in view. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  const row = form?.querySelector('.setting--invalid')
  const field = row?.querySelector<HTMLElement>('input:not(:disabled), select, textarea')
  field?.focus({ preventScroll: true })
  row?.scrollIntoView({ block: 'center' })
}
