import { STAGES, TONES } from '@shared/domain/interview'
import {
  DRAFT_CHANNELS,
  DRAFT_CHANNEL_LABELS,
  DRAFT_STAGE_LABELS,
  parseTemplateKey,
  templateKey,
  type TemplateKey,
} from '@shared/drafts'
import { TONE_LABELS, templateName } from './template-editing'

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
export function TemplatePicker({ idPrefix, selected, mine, broken, onSelect }: PickerProps) {
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
