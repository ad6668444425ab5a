import type { JSX } from 'react'
import type { SettingsField } from './settings-form-values'
import type { SettingsForm } from './use-settings-form'

/*
 * What a settings section is; the sections themselves are listed in sections.tsx. Apart, so a
 * section can take its props without importing the list that imports it.
 */

export interface SectionProps {
  form: SettingsForm
  /** Prefix for the ids of the section's controls, unique on the page. */
  idPrefix: string
}

export interface SettingsSection {
  id: string
  /** Its entry in the list on the left, and its heading. */
  label: string
  /** One line under the heading: what the section is for. */
  summary: string
  Icon: () => JSX.Element
  /** The form fields it shows: a problem with one of them marks the section in the list. */
  fields: readonly SettingsField[]
  Content: (props: SectionProps) => JSX.Element
}
