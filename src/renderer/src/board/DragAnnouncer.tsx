import { useDndMonitor, type Announcements, type UniqueIdentifier } from '@dnd-kit/core'
import type { Stage } from '@shared/domain/interview'
import { useMemo, useState } from 'react'
import { useBoardStore } from '../state/board-context'
import { createAnnouncements } from './drag-announcements'

/**
 * dnd-kit's built-in announcements go to a live region with role="status", the role the toast
 * region has; the board's announcements are spoken from this plain live region instead.
 */
export const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
}

interface Props {
  /** Where a drop lands, as the board decides it. */
  dropTarget(over: { id: UniqueIdentifier } | null): Stage | null
}

export function DragAnnouncer({ dropTarget }: Props) {
  const store = useBoardStore()
  const [text, setText] = useState('')
  const announcements = useMemo(
    () => createAnnouncements((id) => store.getState().cards[String(id)], dropTarget),
    [store, dropTarget],
  )
  const say = (message: string | undefined) => {
    if (message) setText(message)
  }
  useDndMonitor({
    onDragStart: (event) => say(announcements.onDragStart(event)),
    onDragOver: (event) => say(announcements.onDragOver(event)),
    onDragEnd: (event) => say(announcements.onDragEnd(event)),
    onDragCancel: (event) => say(announcements.onDragCancel(event)),
  })
  return (
    <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
      {text}
    </div>
  )
}
