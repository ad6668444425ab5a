import { AddFirstInterviewButton } from '../common/AddFirstInterviewButton'
import { useMemo, useRef } from 'react'
import { createCardCache } from '@shared/cadence/plan-cache'
import { OUTCOME_LABELS, OUTCOMES, STAGE_LABELS } from '@shared/domain/interview'
import { progressStats, type ProgressStats } from '@shared/progress/progress'
import { sentTimingOf, TIMED_STAGES } from '@shared/progress/follow-up-timing'
import { BackToBoardButton } from '../common/BackToBoardButton'
import { PROGRESS_BUTTON_ID } from '../common/element-ids'
import { useFullWindowView } from '../common/use-full-window-view'
import { useBoard, useBoardActions } from '../state/board-context'
import { planOf } from '../state/plans'
import { ChartFigure, RowBars, WeekBars, type BarRow } from './charts'
import { count, progressInsights, weekLabel } from './progress-text'
import '../styles/progress.css'

// Per card, like the board's plans: the minute's tick then re-counts, it does not re-plan.
const sentTimingCache = createCardCache(sentTimingOf)

/** How the search is going, in three small charts, from the board as it is stored. */
export function ProgressView() {
  const actions = useBoardActions()
  const cards = useBoard((s) => s.cards)
  const settings = useBoard((s) => s.settings)
  const now = useBoard((s) => s.now)
  const stats = useMemo(
    () =>
      progressStats(Object.values(cards), settings, new Date(now), {
        planOf: (card) => planOf(card, settings),
        sentTimingOf: (card) => sentTimingCache(card, settings),
      }),
    [cards, settings, now],
  )
  const insights = progressInsights(stats)
  const viewRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFullWindowView({
    buttonId: PROGRESS_BUTTON_ID,
    viewRef,
    headingRef,
    onEscape: () => actions.navigate({ kind: 'board' }),
  })

  return (
    <div ref={viewRef} className="progress" data-testid="progress">
      <header className="progress__header">
        <BackToBoardButton className="progress__back" />
        <h1 className="progress__heading" ref={headingRef} tabIndex={-1}>
          Progress
        </h1>
        {insights.length > 0 && (
          <ul className="progress__insights" aria-label="In short">
            {insights.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </header>
      {stats.interviews === 0 ? <EmptyProgress /> : <Charts stats={stats} />}
    </div>
  )
}

function EmptyProgress() {
  return (
    <section className="progress__empty" aria-labelledby="progress-empty-title">
      <h2 id="progress-empty-title">Nothing to chart yet</h2>
      <p>
        Add your first interview and this page starts to fill in: how many interviews you have each
        week, whether your follow-ups go out in time, and how each application ends.
      </p>
      <AddFirstInterviewButton />
    </section>
  )
}

function Charts({ stats }: { stats: ProgressStats }) {
  const { followUps, outcomes } = stats
  const timingRows: BarRow[] = TIMED_STAGES.map((stage) => {
    const { onTime, late } = followUps.byStage[stage]
    return {
      label: STAGE_LABELS[stage],
      segments: [
        { value: onTime, tone: 'on-time' },
        { value: late, tone: 'late' },
      ],
      text: `${onTime} on time · ${late} late`,
    }
  })
  const outcomeRows: BarRow[] = [
    ...OUTCOMES.map((outcome) => ({
      label: OUTCOME_LABELS[outcome],
      segments: [{ value: outcomes.closed[outcome], tone: outcome }],
      text: String(outcomes.closed[outcome]),
    })),
    {
      label: 'Still open',
      segments: [{ value: outcomes.open, tone: 'open' }],
      text: String(outcomes.open),
    },
  ]
  const sent = followUps.onTime + followUps.late
  return (
    <div className="progress__charts">
      <ChartFigure
        title="Interviews per week"
        testId="chart-weeks"
        note={`By the day each interview started, weeks from Monday, in your time zone.`}
        table={
          <>
            <thead>
              <tr>
                <th scope="col">Week starting</th>
                <th scope="col">Interviews</th>
              </tr>
            </thead>
            <tbody>
              {stats.weeks.map((week) => (
                <tr key={week.weekStart}>
                  <th scope="row">{weekLabel(week.weekStart)}</th>
                  <td>{week.count}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      >
        {(width) => <WeekBars weeks={stats.weeks} width={width} />}
      </ChartFigure>

      <ChartFigure
        title="Follow-ups sent on time"
        testId="chart-timing"
        note={
          sent === 0
            ? 'Nothing marked sent yet. Each message you send shows here, on time or late.'
            : 'On time: sent before the board showed it overdue (by the end of its due day; a thank-you by its deadline).' +
              (followUps.overdueNow > 0
                ? ` ${count(followUps.overdueNow, 'more is', 'more are')} overdue and not sent yet.`
                : '')
        }
        table={
          <>
            <thead>
              <tr>
                <th scope="col">Follow-up</th>
                <th scope="col">On time</th>
                <th scope="col">Late</th>
              </tr>
            </thead>
            <tbody>
              {TIMED_STAGES.map((stage) => (
                <tr key={stage}>
                  <th scope="row">{STAGE_LABELS[stage]}</th>
                  <td>{followUps.byStage[stage].onTime}</td>
                  <td>{followUps.byStage[stage].late}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      >
        {(width) => (
          <>
            <ul className="chart__legend" aria-hidden="true">
              <li className="chart__key chart__key--on-time">On time</li>
              <li className="chart__key chart__key--late">Late</li>
            </ul>
            <RowBars rows={timingRows} width={width} labelWidth={80} textWidth={118} />
          </>
        )}
      </ChartFigure>

      <ChartFigure
        title="Outcomes"
        testId="chart-outcomes"
        table={
          <>
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Interviews</th>
              </tr>
            </thead>
            <tbody>
              {outcomeRows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.text}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      >
        {(width) => <RowBars rows={outcomeRows} width={width} labelWidth={112} textWidth={32} />}
      </ChartFigure>
    </div>
  )
}
