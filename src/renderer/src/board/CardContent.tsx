import { memo, type JSX } from 'react'
import { FORMAT_LABELS, OUTCOME_LABELS, type InterviewFormat } from '@shared/domain/interview'
import { type Card } from '@shared/domain/card'
import { Avatars } from '../common/Avatars'
import { ChannelIcon } from '../common/ChannelIcon'
import {
  ArrowRightIcon,
  BuildingIcon,
  CalendarIcon,
  ClockIcon,
  OverdueIcon,
  PhoneIcon,
  VideoIcon,
  WaitingIcon,
} from '../common/icons'
import { timeZoneCity } from '../forms/time-zones'
import type { CardDueState } from '../state/plans'
import { CHANNEL_LABELS, type DueLine } from './due-text'
import type { CardView } from './use-card-view'

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
  dueState: CardDueState
  /** The follow-up line; null for a closed card with nothing planned. */
  due: DueLine | null
  dueFor: string | null
}

const DUE_ICONS: Record<CardDueState, () => JSX.Element> = {
  overdue: OverdueIcon,
  'due-today': ClockIcon,
  upcoming: ArrowRightIcon,
  waiting: WaitingIcon,
  none: ArrowRightIcon,
}

/** What a card shows. Memoised: during a drag only its draggable wrapper re-renders. */
export const CardContent = memo(function CardContent({
  card,
  when,
  homeTimeZone,
  dueState,
  due,
  dueFor,
}: Props) {
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
        <span className="card__format" title={FORMAT_LABELS[card.format]}>
          <FormatIcon />
        </span>
      </span>
      {/* Who, and how to reach the one whose follow-up is next. */}
      <span className="card__people">
        <Avatars people={card.interviewers} />
        {card.sample && <span className="sample-tag">Sample</span>}
        {due?.channel && (
          <span className="card__channel" title={dueFor ?? undefined}>
            <ChannelIcon channel={due.channel} />
            {CHANNEL_LABELS[due.channel]}
          </span>
        )}
      </span>
      <span className={`card__next card__next--${dueState}`} title={dueFor ?? undefined}>
        {card.outcome && (
          <span className={`outcome outcome--${card.outcome}`}>{OUTCOME_LABELS[card.outcome]}</span>
        )}
        {due && <DueText due={due} state={dueState} />}
      </span>
    </>
  )
})

function DueText({ due, state }: { due: DueLine; state: CardDueState }) {
  const StateIcon = DUE_ICONS[state]
  return (
    <>
      <StateIcon />
      <span className="card__next-text">{due.text}</span>
      {due.detail && <span className="card__next-detail">{due.detail}</span>}
    </>
  )
}

/** CardContent for a card's worked-out view (see useCardView). */
export function CardViewContent({
  card,
  view,
  homeTimeZone,
}: {
  card: Card
  view: CardView
  homeTimeZone: string
}) {
  return (
    <CardContent
      card={card}
      when={view.when}
      homeTimeZone={homeTimeZone}
      dueState={view.dueState}
      due={view.due}
      dueFor={view.dueFor}
    />
  )
}
