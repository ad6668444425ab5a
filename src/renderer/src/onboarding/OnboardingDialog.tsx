import { useId, useState } from 'react'
import { ok } from '@shared/ipc/result'
import { Modal } from '../dialogs/Modal'
import { ProfileSection } from '../settings/ProfileSection'
import { ReminderTimeRow, WorkdaysRow } from '../settings/RemindersSection'
import { useSettingsForm } from '../settings/use-settings-form'
import { useBoard, useBoardActions } from '../state/board-context'
import '../styles/onboarding.css'

/**
 * The first run's one-page welcome: who signs the drafts and when reminders come, with the same
 * rows (and checks) as Settings, and an optional sample board. Finishing or skipping ends it for good.
 */
export default function OnboardingDialog() {
  const actions = useBoardActions()
  const settings = useBoard((s) => s.settings)
  const titleId = useId()
  const [withSamples, setWithSamples] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const finish = async (request: Parameters<typeof actions.finishOnboarding>[0]) => {
    setBusy(true)
    setProblem(null)
    const result = await actions.finishOnboarding(request)
    setBusy(false)
    if (!result.ok) setProblem(result.error.message)
    return result
  }

  const form = useSettingsForm({
    initial: settings,
    save: async (chosen) => {
      const result = await finish({ settings: chosen, sampleBoard: withSamples })
      return result.ok ? ok(chosen) : result
    },
  })
  const skip = () => void finish({ settings: null, sampleBoard: false })

  return (
    <Modal labelledBy={titleId} className="modal--onboarding" onCancel={() => !busy && skip()}>
      <form
        className="modal__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (busy) return
          // Nothing changed: the defaults (and this computer's zone) are what the person chose.
          if (!form.dirty) void finish({ settings: null, sampleBoard: withSamples })
          else void form.submit()
        }}
      >
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            Welcome to Foothold
          </h2>
          <p className="modal__subtitle">
            Tell Foothold who signs your follow-ups and when you like to be reminded. It all stays
            on this computer, and you can change any of it later in Settings.
          </p>
        </header>
        <div className="modal__body onboarding__body">
          <ProfileSection form={form} idPrefix="welcome" />
          <div className="settings-card">
            <ReminderTimeRow form={form} idPrefix="welcome" />
            <WorkdaysRow form={form} idPrefix="welcome" />
          </div>
          <label className="onboarding__sample">
            <input
              type="checkbox"
              checked={withSamples}
              aria-describedby={`${titleId}-sample-hint`}
              onChange={(e) => setWithSamples(e.target.checked)}
            />
            <span>
              <span className="onboarding__sample-label">Start with a sample board</span>
              <span className="onboarding__sample-hint" id={`${titleId}-sample-hint`}>
                A few made-up interviews, one at each stage, to show how follow-ups move along. They
                never send reminders, and one click removes them.
              </span>
            </span>
          </label>
          {(problem || form.refused) && (
            <p className="onboarding__problem" role="alert">
              {problem ?? 'Check the highlighted fields, or skip for now.'}
            </p>
          )}
        </div>
        <footer className="modal__footer">
          <button
            type="button"
            className="button button--ghost onboarding__skip"
            disabled={busy}
            onClick={skip}
          >
            Keep the defaults
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Get started
          </button>
        </footer>
      </form>
    </Modal>
  )
}
