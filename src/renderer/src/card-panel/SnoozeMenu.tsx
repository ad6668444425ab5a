import { useEffectEvent, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { snoozeUntil, type SnoozeChoice as TimedChoice } from '../../../shared/cadence/reminders'
import type { Card } from '../../../shared/domain/interview'
import { formatDueDateTime } from '../common/due-format'
import { ChevronDownIcon, SnoozeIcon } from '../common/icons'
import { handleMenuKeys, placeNextTo } from '../common/menu'
import { useBoard } from '../state/board-context'
import type { SnoozeChoice } from '../state/board-store'

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
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const openAtPointerDown = useRef(false)
  const menuId = useId()

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        onPointerDown={() => {
          openAtPointerDown.current = open
        }}
        onClick={() => {
          if (!openAtPointerDown.current) setOpen(true)
          openAtPointerDown.current = false
        }}
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
          onClose={(refocus) => {
            setOpen(false)
            if (refocus) buttonRef.current?.focus()
          }}
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
  const menuRef = useRef<HTMLDivElement>(null)
  const settings = useBoard((s) => s.settings)
  const now = useBoard((s) => s.now)
  const closeQuietly = useEffectEvent(() => onClose(false))

  useLayoutEffect(() => {
    const menu = menuRef.current
    const button = anchor.current
    if (!menu || !button) return
    menu.showPopover()
    placeNextTo(menu, button)
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true })
    const close = () => closeQuietly()
    // Scrolling the panel carries the button along: the menu follows it while it is in sight.
    const follow = () => {
      const { top, bottom } = button.getBoundingClientRect()
      if (bottom < 0 || top > window.innerHeight) closeQuietly()
      else placeNextTo(menu, button)
    }
    window.addEventListener('resize', close)
    window.addEventListener('scroll', follow, true)
    return () => {
      window.removeEventListener('resize', close)
      window.removeEventListener('scroll', follow, true)
    }
  }, [anchor])

  // The same rule main applies, so a choice that would be refused is shown as unavailable.
  const until = (kind: PresetKind) =>
    snoozeUntil({ kind } as TimedChoice, new Date(now), card, settings.timeZone, settings.cadence)

  return (
    <div
      ref={menuRef}
      id={id}
      popover="manual"
      role="menu"
      aria-label={`Snooze ${what}`}
      className="menu menu--snooze"
      onKeyDown={(event) => handleMenuKeys(event, () => onClose(true))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onClose(false)
      }}
    >
      {PRESETS.map(({ kind, label }) => {
        const at = until(kind)
        const unavailable = at === null
        return (
          <button
            key={kind}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu__item"
            aria-disabled={unavailable}
            onClick={() => {
              if (unavailable) return
              onClose(true)
              onChoose({ kind })
            }}
          >
            <span className="menu__label">{label}</span>
            <span className="menu__hint">
              {at
                ? formatDueDateTime(at, settings.timeZone)
                : kind === 'decision-date' && card.decisionDate === null
                  ? 'No date set'
                  : 'Passed'}
            </span>
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
