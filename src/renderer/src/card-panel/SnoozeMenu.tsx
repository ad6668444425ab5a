import type { RefObject } from 'react'
import {
  snoozeRefusal,
  snoozeUntil,
  type SnoozeChoice as TimedChoice,
} from '@shared/cadence/reminders'
import type { Card } from '@shared/domain/card'
import { formatDueDateTime } from '../common/due-format'
import { ChevronDownIcon, SnoozeIcon } from '../common/icons'
import { useMenuButton, usePopoverMenu } from '../common/use-popover-menu'
import { useBoard } from '../state/board-context'
import type { SnoozeChoice } from '../state/board-store'
import { localDateWords } from './follow-up-text'

type PresetKind = Exclude<SnoozeChoice['kind'], 'custom'>

const PRESETS: { kind: PresetKind; label: string }[] = [
  { kind: 'one-hour', label: '1 hour' },
  { kind: 'tomorrow-morning', label: 'Tomorrow morning' },
  { kind: 'next-workday', label: 'Next workday' },
  { kind: 'decision-date', label: 'Until decision date' },
]

interface Props {
  card: Pick<Card, 'decisionDate'>
  /** Who or what is snoozed, for the menu's name: "Snooze the thank-you to Priya". */
  what: string
  /** The row's own label, so each "Snooze" button says whose reminder it is. */
  describedBy: string
  onChoose(choice: Exclude<SnoozeChoice, { kind: 'custom' }>): void
  onCustom(): void
}

/** "Snooze" and its menu of times; "Custom…" hands over to an inline date-and-time field. */
export function SnoozeMenu({ card, what, describedBy, onChoose, onCustom }: Props) {
  const { open, menuId, buttonRef, buttonProps, close } = useMenuButton()

  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-describedby={describedBy}
        {...buttonProps}
      >
        <SnoozeIcon />
        Snooze
        <ChevronDownIcon />
      </button>
      {open && (
        <SnoozeList
          id={menuId}
          anchor={buttonRef}
          card={card}
          what={what}
          onClose={close}
          onChoose={onChoose}
          onCustom={onCustom}
        />
      )}
    </>
  )
}

interface ListProps extends Pick<Props, 'card' | 'what' | 'onChoose' | 'onCustom'> {
  id: string
  anchor: RefObject<HTMLButtonElement | null>
  onClose(refocus: boolean): void
}

function SnoozeList({ id, anchor, card, what, onClose, onChoose, onCustom }: ListProps) {
  const settings = useBoard((s) => s.settings)
  const now = useBoard((s) => s.now)
  // Scrolling the panel carries the button along: the menu follows it while it is in sight.
  const menuProps = usePopoverMenu(id, anchor, onClose, { followAnchor: true })

  // The same rule main applies, so a choice that would be refused is shown as unavailable, with
  // the reason main would give.
  const { timeZone, cadence } = settings
  const until = (kind: PresetKind) =>
    snoozeUntil({ kind } as TimedChoice, new Date(now), card, timeZone, cadence)
  const refusal = (kind: PresetKind) =>
    snoozeRefusal(
      { kind } as TimedChoice,
      new Date(now),
      card,
      timeZone,
      cadence,
      localDateWords(timeZone),
    )

  return (
    <div {...menuProps} aria-label={`Snooze ${what}`} className="menu menu--snooze">
      {PRESETS.map(({ kind, label }) => {
        const at = until(kind)
        const unavailable = at === null
        return (
          <button
            key={kind}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={unavailable ? 'menu__item menu__item--unavailable' : 'menu__item'}
            aria-disabled={unavailable}
            onClick={() => {
              if (unavailable) return
              onClose(true)
              onChoose({ kind })
            }}
          >
            <span className="menu__label">{label}</span>
            {at ? (
              <span className="menu__hint">{formatDueDateTime(at, timeZone)}</span>
            ) : (
              <span className="menu__hint menu__hint--reason">{refusal(kind)}</span>
            )}
          </button>
        )
      })}
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="menu__item"
        onClick={() => {
          onClose(false)
          onCustom()
        }}
      >
        <span className="menu__label">Custom…</span>
      </button>
    </div>
  )
}
