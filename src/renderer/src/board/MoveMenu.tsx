import type { RefObject } from 'react'
import { STAGES, STAGE_LABELS, type Stage } from '@shared/domain/interview'
import { type Card } from '@shared/domain/card'
import { MoveIcon } from '../common/icons'
import { READ_ONLY_REASON } from '../common/ReadOnlyHint'
import { useMenuButton, usePopoverMenu } from '../common/use-popover-menu'
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
  const { open, menuId, buttonRef, buttonProps, close } = useMenuButton()

  return (
    <>
      <button
        type="button"
        className="icon-button card-slot__menu-button"
        aria-label={`Move ${card.company} to…`}
        title={disabled ? READ_ONLY_REASON : 'Move to…'}
        disabled={disabled}
        {...buttonProps}
      >
        <MoveIcon />
      </button>
      {open && !disabled && (
        <MoveMenuList id={menuId} anchor={buttonRef} card={card} onClose={close} />
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
  const menuProps = usePopoverMenu(id, anchor, onClose)
  const targets = STAGES.filter((stage) => stage !== card.stage)

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
    <div {...menuProps} aria-label={`Move ${card.company} to`} className="menu">
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
