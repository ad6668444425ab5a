import { TimeZoneOptions } from '../forms/TimeZoneOptions'
import { timeZoneCity } from '../forms/time-zones'
import { platform } from '../shortcuts/keys'
import { useBoard } from '../state/board-context'
import { SwitchSetting } from './setting-controls'
import { offersSpellcheckChoice } from './settings-form-values'
import { SettingRow } from './SettingRow'
import type { SectionProps } from './section-types'

const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * Who the drafts come from and the zone every date is shown in; in Settings (not on the first
 * run's page), also whether to check their spelling, where that is a choice.
 */
export function ProfileSection({
  form,
  idPrefix,
  spelling = false,
}: SectionProps & { spelling?: boolean }) {
  const { values, errors, update } = form
  const here = localTimeZone()
  const spellcheckChoice = useBoard((s) => spelling && offersSpellcheckChoice(s.host, platform))
  return (
    <div className="settings-card">
      <SettingRow
        id={`${idPrefix}-yourName`}
        label="Your name"
        hint="Signs the drafts Foothold writes for you."
        error={errors.yourName}
      >
        {(control) => (
          <input
            {...control}
            className="input setting__text-input"
            autoComplete="name"
            placeholder="Alex Morgan"
            value={values.yourName}
            onChange={(e) => update('yourName', e.target.value)}
          />
        )}
      </SettingRow>
      <SettingRow
        id={`${idPrefix}-timeZone`}
        label="Time zone"
        hint="Due dates and reminder times follow this zone."
        error={errors.timeZone}
      >
        {(control) => (
          <div className="setting__stack">
            <select
              {...control}
              className="input select setting__text-input"
              value={values.timeZone}
              onChange={(e) => update('timeZone', e.target.value)}
            >
              <TimeZoneOptions selected={values.timeZone} />
            </select>
            {values.timeZone !== here && (
              <button
                type="button"
                className="link-button setting__aside"
                onClick={() => update('timeZone', here)}
              >
                Use this computer’s zone ({timeZoneCity(here)})
              </button>
            )}
          </div>
        )}
      </SettingRow>
      <SettingRow
        id={`${idPrefix}-signature`}
        label="Signature"
        hint="Goes under every draft. Several lines are fine: a phone number, a portfolio link."
        error={errors.signature}
        stacked
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={4}
            placeholder={'Best regards,\nAlex Morgan'}
            value={values.signature}
            onChange={(e) => update('signature', e.target.value)}
          />
        )}
      </SettingRow>
      {spellcheckChoice && (
        <SwitchSetting
          form={form}
          idPrefix={idPrefix}
          field="spellcheck"
          label="Check my spelling"
          hint="Underlines misspelt words as you type. The first time, Foothold downloads a dictionary for your language from Google’s servers; nothing you type is sent."
        />
      )}
    </div>
  )
}
