import { memo, type JSX } from 'react'
import { nextAction } from '../../../shared/domain/board'
import {
  FORMAT_LABELS,
  OUTCOME_LABELS,
  type Card,
  type InterviewFormat,
} from '../../../shared/domain/interview'
import { Avatars } from '../common/Avatars'
import { ArrowRightIcon, BuildingIcon, CalendarIcon, PhoneIcon, VideoIcon } from '../common/icons'
import { timeZoneCity } from '../forms/time-zones'

const FORMAT_ICONS: Record<InterviewFormat, () => JSX.Element> = {
  video: VideoIcon,
  phone: PhoneIcon,
  'on-site': BuildingIcon,
}

interface Props {
  card: Card
  /** The interview time, formatted in the interview's own zone. */
  when: string
  /** The person's own zone: a time in any other zone is labelled with its city. */
  homeTimeZone: string
}

/** What a card shows. Memoised: during a drag only its draggable wrapper re-renders. */
export const CardContent = memo(function CardContent({ card, when, homeTimeZone }: Props) {
  const FormatIcon = FORMAT_ICONS[card.format]
  const { timeZone } = card.time
  return (
    <>
      <span className="card__company">{card.company}</span>
      <span className="card__position">{card.position}</span>
      <span className="card__when">
        <CalendarIcon />
        <time dateTime={card.time.start}>{when}</time>
        {timeZone !== homeTimeZone && <span className="card__zone">{timeZoneCity(timeZone)}</span>}
      </span>
      <span className="card__people">
        <Avatars people={card.interviewers} />
        <span className="card__format" title={FORMAT_LABELS[card.format]}>
          <FormatIcon />
          <span className="card__format-label">{FORMAT_LABELS[card.format]}</span>
        </span>
      </span>
      {card.outcome ? (
        <span className={`outcome outcome--${card.outcome}`}>{OUTCOME_LABELS[card.outcome]}</span>
      ) : (
        <span className="card__next">
          <ArrowRightIcon />
          <span className="card__next-text">{nextAction(card)}</span>
        </span>
      )}
    </>
  )
})
