import { describe, expect, it } from 'vitest'
import { defaultSettings } from '@shared/domain/settings'
import { SETTINGS_SECTIONS } from './sections'
import { valuesFromSettings } from './settings-form-values'

describe('SETTINGS_SECTIONS', () => {
  it('shows every setting in exactly one section, so every problem has a place', () => {
    const shown = SETTINGS_SECTIONS.flatMap((section) => section.fields)
    const all = Object.keys(valuesFromSettings(defaultSettings('Europe/Berlin')))
    expect([...shown].sort()).toEqual([...all].sort())
  })

  it('gives each section its own id', () => {
    const ids = SETTINGS_SECTIONS.map((section) => section.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
