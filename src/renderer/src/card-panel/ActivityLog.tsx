import { useState } from 'react'
import type { Activity } from '@shared/domain/interview'
import { describeActivity, formatActivityTime } from './activity-text'

const FIRST_SHOWN = 8

/** The card's history, newest first. */
export function ActivityLog({
  activity,
  timeZone,
}: {
  activity: readonly Activity[]
  timeZone: string
}) {
  const [expanded, setExpanded] = useState(false)
  const newestFirst = [...activity].reverse()
  const shown = expanded ? newestFirst : newestFirst.slice(0, FIRST_SHOWN)
  const hidden = newestFirst.length - shown.length

  return (
    <section className="activity" aria-labelledby="activity-title">
      <h3 className="form-section__title" id="activity-title">
        Activity
      </h3>
      <ol className="activity__list">
        {shown.map((entry, index) => (
          <li
            key={`${entry.at}-${index}`}
            className={`activity__item activity__item--${entry.kind}`}
          >
            <span className="activity__text">{describeActivity(entry)}</span>
            <time className="activity__time" dateTime={entry.at}>
              {formatActivityTime(entry.at, timeZone)}
            </time>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <button type="button" className="button button--ghost" onClick={() => setExpanded(true)}>
          Show {hidden} older {hidden === 1 ? 'entry' : 'entries'}
        </button>
      )}
    </section>
  )
}
