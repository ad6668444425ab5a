import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { cadenceSteps } from './cadence-steps'
import { NumberSetting, SwitchSetting } from './setting-controls'
import { cadenceIsDefault, defaultCadenceValues } from './settings-form-values'
import type { SectionProps } from './section-types'

/** Every number of the follow-up cadence, with a picture of what they add up to. */
export function CadenceSection({ form, idPrefix }: SectionProps) {
  const common = { form, idPrefix }
  return (
    <>
      <CadenceTimeline form={form} />
      <div className="settings-card">
        <NumberSetting
          {...common}
          field="thankYouDueHours"
          label="Thank-you due within"
          hint="How long after the interview ends you have to thank each interviewer. A day is the usual advice."
        />
        <NumberSetting
          {...common}
          field="freshReminderMinutes"
          label="First reminder after"
          hint="A nudge soon after the interview, while the conversation is fresh. It has to come before the thank-you is due."
        />
        <NumberSetting
          {...common}
          field="checkInDays"
          label="Check-in after"
          hint="A short note asking how things stand, counted from your thank-you. If they named a decision date, the first workday after it is used instead."
        />
        <NumberSetting
          {...common}
          field="finalDays"
          label="Final follow-up after"
          hint="Your last message, counted from the check-in. Three messages is the cap: Foothold never plans a fourth."
        />
        <NumberSetting
          {...common}
          field="closeSuggestionDays"
          label="Suggest closing after"
          hint="With no reply this long after the final message, Foothold suggests closing the card as “No response”."
        />
      </div>
      <div className="settings-card">
        <SwitchSetting
          {...common}
          field="stayInTouchEnabled"
          label="Stay in touch after closing"
          hint="A friendly nudge to keep the contact warm once a card is closed, whatever the outcome."
        />
        <NumberSetting
          {...common}
          field="stayInTouchDays"
          label="Stay-in-touch nudge after"
          hint="Counted from the day you close the card."
          // Left editable while it is wrong, so switching the nudge off never traps a mistake.
          disabled={!form.values.stayInTouchEnabled && !form.errors.stayInTouchDays}
        />
      </div>
      <ResetCadence form={form} />
    </>
  )
}

function CadenceTimeline({ form }: Pick<SectionProps, 'form'>) {
  const steps = cadenceSteps(form.values)
  return (
    <ol className="cadence-steps" aria-label="What happens after an interview">
      {steps.map((step) => (
        <li key={step.title} className={`cadence-steps__step stage-dot--${step.stage}`}>
          <span className="cadence-steps__dot" aria-hidden="true" />
          <span className="cadence-steps__title">{step.title}</span>
          <span className="cadence-steps__when">{step.when}</span>
        </li>
      ))}
    </ol>
  )
}

/**
 * "Reset to defaults" asks first, changes only the form (Save keeps it), and can be undone until
 * then. When a step's button goes away with the focus, the next step's button takes it.
 */
function ResetCadence({ form }: Pick<SectionProps, 'form'>) {
  const [confirming, setConfirming] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const mode = confirming ? 'confirm' : form.beforeReset !== null ? 'undo' : 'offer'
  const shownMode = useRef(mode)
  const atDefaults = cadenceIsDefault(form.values)

  useEffect(() => {
    if (shownMode.current === mode) return
    shownMode.current = mode
    const lost = document.activeElement === null || document.activeElement === document.body
    if (lost) ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
  }, [mode])

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || mode !== 'confirm') return
    event.preventDefault()
    setConfirming(false)
  }

  return (
    <div
      ref={ref}
      className={`settings-reset settings-reset--${mode}`}
      role={mode === 'confirm' ? 'alertdialog' : undefined}
      aria-label={mode === 'confirm' ? 'Reset the cadence' : undefined}
      onKeyDown={cancelOnEscape}
    >
      {mode === 'confirm' && (
        <>
          <p className="settings-reset__text">
            Put every number above back to Foothold’s defaults? Nothing changes until you save.
          </p>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              form.resetCadence()
              setConfirming(false)
            }}
          >
            Reset to defaults
          </button>
        </>
      )}
      {mode === 'undo' && (
        <>
          <p className="settings-reset__text" role="status">
            The cadence is back to the defaults. Save to keep it, or undo.
          </p>
          <button type="button" className="button" onClick={form.undoReset}>
            Undo
          </button>
        </>
      )}
      {mode === 'offer' && (
        <>
          <p className="settings-reset__text">Defaults: {defaultsInWords(form)}.</p>
          <button
            type="button"
            className="button"
            disabled={atDefaults}
            title={atDefaults ? 'The cadence already uses the defaults' : undefined}
            onClick={() => setConfirming(true)}
          >
            Reset to defaults
          </button>
        </>
      )}
    </div>
  )
}

/** "thank-you within 24 hours, check-in 7 days later, …", from the defaults themselves. */
function defaultsInWords(form: SectionProps['form']): string {
  const steps = cadenceSteps({ ...form.values, ...defaultCadenceValues() })
  return steps.map((step) => `${step.title.toLowerCase()} ${step.when}`).join(', ')
}
