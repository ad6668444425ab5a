import { useEffectEvent, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { STAGES, STAGE_LABELS, type Card, type Stage } from '../../../shared/domain/interview'
import { MoveIcon } from '../common/icons'
import { handleMenuKeys, placeNextTo } from '../common/menu'
import { READ_ONLY_REASON } from '../common/ReadOnlyHint'
import { useBoardActions } from '../state/board-context'

/** The accessible alternative to dragging: a small menu of the other columns. */
export function MoveMenu({
  card,
  disabled = false,
}: {
  card: Pick<Card, 'id' | 'company' | 'stage'>
  /** Read-only: the board cannot be changed. */
  disabled?: boolean
}) {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // A click on the button while the menu is open first light-dismisses it; it must not reopen it.
  const openAtPointerDown = useRef(false)
  const menuId = useId()

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button card-slot__menu-button"
        aria-label={`Move ${card.company} to…`}
        title={disabled ? READ_ONLY_REASON : 'Move to…'}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onPointerDown={() => {
          openAtPointerDown.current = open
        }}
        onClick={() => {
          if (!openAtPointerDown.current) setOpen(true)
          openAtPointerDown.current = false
        }}
      >
        <MoveIcon />
      </button>
      {open && !disabled && (
        <MoveMenuList
          id={menuId}
          anchor={buttonRef}
          card={card}
          onClose={(refocus) => {
            setOpen(false)
            if (refocus) buttonRef.current?.focus()
          }}
        />
      )}
    </>
  )
}

interface ListProps {
  id: string
  anchor: RefObject<HTMLButtonElement | null>
  card: Pick<Card, 'id' | 'company' | 'stage'>
  onClose(refocus: boolean): void
}

function MoveMenuList({ id, anchor, card, onClose }: ListProps) {
  const actions = useBoardActions()
  const menuRef = useRef<HTMLDivElement>(null)
  const targets = STAGES.filter((stage) => stage !== card.stage)

  const closeQuietly = useEffectEvent(() => onClose(false))

  // A popover sits in the top layer, so a column's scroll box cannot clip it.
  useLayoutEffect(() => {
    const menu = menuRef.current
    const button = anchor.current
    if (!menu || !button) return
    menu.showPopover()
    placeNextTo(menu, button)
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true })
    // Resizing or scrolling would leave the menu floating away from its card.
    const close = () => closeQuietly()
    window.addEventListener('resize', close)
    window.addEventListener('scroll', close, true)
    return () => {
      window.removeEventListener('resize', close)
      window.removeEventListener('scroll', close, true)
    }
  }, [anchor])

  const choose = (stage: Stage | 'outcome') => {
    onClose(false)
    if (stage === 'outcome') {
      anchor.current?.focus()
      actions.askOutcome(card.id)
    } else if (stage === 'closed') {
      anchor.current?.focus()
      actions.requestMove(card.id, stage)
    } else {
      actions.requestMove(card.id, stage)
      actions.reveal(card.id)
    }
  }

  return (
    <div
      ref={menuRef}
      id={id}
      popover="manual"
      role="menu"
      aria-label={`Move ${card.company} to`}
      className="menu"
      onKeyDown={(event) => handleMenuKeys(event, () => onClose(true))}
      // A manual popover: leaving it by click or focus closes it, as a light dismiss would.
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onClose(false)
      }}
    >
      {targets.map((stage) => (
        <button
          key={stage}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="menu__item"
          onClick={() => choose(stage)}
        >
          <span className={`stage-dot stage-dot--${stage}`} aria-hidden="true" />
          {stage === 'closed' ? 'Closed…' : STAGE_LABELS[stage]}
        </button>
      ))}
      {card.stage === 'closed' && (
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="menu__item"
          onClick={() => choose('outcome')}
        >
          <span className="stage-dot stage-dot--closed" aria-hidden="true" />
          Change outcome…
        </button>
      )}
    </div>
  )
}
