import { describe, expect, it } from 'vitest'
import { defaultSettings } from '@shared/domain/settings'
import { cadenceSteps } from './cadence-steps'
import { valuesFromSettings } from './settings-form-values'

const values = valuesFromSettings(defaultSettings('Europe/Berlin'))

describe('cadenceSteps', () => {
  it('tells the default cadence as steps', () => {
    expect(cadenceSteps(values).map((s) => `${s.title}: ${s.when}`)).toEqual([
      'Thank-you: within 24 hours',
      'Check-in: 7 days later',
      'Final follow-up: 7 days later',
      'Suggest closing: 7 days later',
    ])
  })

  it('follows the form as typed, with a dash for what is not a number yet', () => {
    const steps = cadenceSteps({
      ...values,
      thankYouDueHours: '1',
      checkInDays: '',
      finalDays: '1',
    })
    expect(steps.map((s) => s.when)).toEqual(['within 1 hour', '—', '1 day later', '7 days later'])
  })

  it('adds the stay-in-touch nudge when it is on', () => {
    const steps = cadenceSteps({ ...values, stayInTouchEnabled: true, stayInTouchDays: '90' })
    expect(steps.at(-1)).toEqual({
      stage: 'closed',
      title: 'Stay in touch',
      when: '90 days after closing',
    })
  })
})
