import type { Stage } from '@shared/domain/interview'
import {
  parseWholeNumber,
  withUnit,
  type NumberField,
  type SettingsFormValues,
} from './settings-form-values'

export interface CadenceStep {
  /** Colours the step like its column on the board. */
  stage: Stage
  title: string
  /** When, relative to the step before: "within 24 hours", "7 days later". */
  when: string
}

/**
 * The cadence as the steps a job seeker will live through, for the picture above the numbers. It
 * follows the form as typed; a number that is not one yet shows as a dash.
 */
export function cadenceSteps(values: SettingsFormValues): CadenceStep[] {
  const amount = (field: NumberField) => {
    const n = parseWholeNumber(values[field])
    return n === null ? null : withUnit(field, n)
  }
  const later = (field: NumberField) => {
    const text = amount(field)
    return text === null ? '—' : `${text} later`
  }
  const thankYou = amount('thankYouDueHours')
  const steps: CadenceStep[] = [
    { stage: 'thank-you', title: 'Thank-you', when: thankYou ? `within ${thankYou}` : '—' },
    { stage: 'check-in', title: 'Check-in', when: later('checkInDays') },
    { stage: 'final', title: 'Final follow-up', when: later('finalDays') },
    { stage: 'closed', title: 'Suggest closing', when: later('closeSuggestionDays') },
  ]
  if (values.stayInTouchEnabled) {
    const days = amount('stayInTouchDays')
    steps.push({
      stage: 'closed',
      title: 'Stay in touch',
      when: days === null ? '—' : `${days} after closing`,
    })
  }
  return steps
}
