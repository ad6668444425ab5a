import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import type { WeekCount } from '@shared/progress/weeks'
import { weekLabel } from './progress-text'

/**
 * The charts are drawn at the pixel width they get, so text keeps its real size instead of being
 * scaled with a viewBox. Until the first measure, a typical width stands in.
 */
function useWidth(ref: RefObject<HTMLElement | null>, fallback = 480): number {
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setWidth(Math.max(240, Math.floor(element.clientWidth)))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/** A titled chart: the picture for the eye, a table with the same figures for a screen reader. */
export function ChartFigure(props: {
  title: string
  testId: string
  table: ReactNode
  note?: ReactNode
  children: (width: number) => ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const width = useWidth(ref)
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption className="chart__title">{props.title}</figcaption>
      <div ref={ref} className="chart__plot">
        {props.children(width)}
      </div>
      {props.note && <p className="chart__note">{props.note}</p>}
      <table className="visually-hidden">
        <caption>{props.title}</caption>
        {props.table}
      </table>
    </figure>
  )
}

const WEEK_HEIGHT = 180
const WEEK_TOP = 22
const WEEK_BOTTOM = 26

/** Vertical bars, one a week, oldest on the left; the count sits on top of each bar. */
export function WeekBars({ weeks, width }: { weeks: readonly WeekCount[]; width: number }) {
  const plot = WEEK_HEIGHT - WEEK_TOP - WEEK_BOTTOM
  const max = Math.max(1, ...weeks.map((w) => w.count))
  const slot = width / weeks.length
  const barWidth = Math.min(36, slot * 0.62)
  // Narrow charts label every other week, counting back from this one, so "This week" has room.
  const labelEvery = slot < 64 ? 2 : 1
  const baseline = WEEK_TOP + plot
  return (
    <svg className="chart__svg" width={width} height={WEEK_HEIGHT} aria-hidden="true">
      <line className="chart__axis" x1={0} x2={width} y1={baseline + 0.5} y2={baseline + 0.5} />
      {weeks.map((week, i) => {
        const x = i * slot + slot / 2
        const height = (week.count / max) * plot
        const current = i === weeks.length - 1
        const labelled = (weeks.length - 1 - i) % labelEvery === 0
        return (
          <g key={week.weekStart} data-week={week.weekStart}>
            {week.count > 0 && (
              <>
                <rect
                  className="chart__bar chart__bar--interviews"
                  x={x - barWidth / 2}
                  y={baseline - height}
                  width={barWidth}
                  height={height}
                  rx={3}
                />
                <text className="chart__value" x={x} y={baseline - height - 6} textAnchor="middle">
                  {week.count}
                </text>
              </>
            )}
            {labelled && (
              <text
                className={current ? 'chart__label chart__label--current' : 'chart__label'}
                x={x}
                y={WEEK_HEIGHT - 8}
                textAnchor="middle"
              >
                {current ? 'This week' : weekLabel(week.weekStart)}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}

export interface BarSegment {
  value: number
  /** Sets the colour, from the theme tokens. */
  tone: string
}

export interface BarRow {
  label: string
  segments: readonly BarSegment[]
  /** The figures, written out next to the bar. */
  text: string
}

const ROW_HEIGHT = 30
const BAR_HEIGHT = 14
/** A zero still gets a short dash, so its row does not look unfinished. */
const EMPTY_BAR = 6

/** One horizontal bar a row, stacked when a row has several parts, with its figures beside it. */
export function RowBars(props: {
  rows: readonly BarRow[]
  width: number
  labelWidth: number
  textWidth: number
}) {
  const { rows, width, labelWidth, textWidth } = props
  const track = Math.max(40, width - labelWidth - textWidth - 16)
  const total = (row: BarRow) => row.segments.reduce((sum, s) => sum + s.value, 0)
  const max = Math.max(1, ...rows.map(total))
  return (
    <svg className="chart__svg" width={width} height={rows.length * ROW_HEIGHT} aria-hidden="true">
      {rows.map((row, i) => {
        const middle = i * ROW_HEIGHT + ROW_HEIGHT / 2
        let x = labelWidth
        const parts = row.segments
          .filter((s) => s.value > 0)
          .map((s) => {
            const w = (s.value / max) * track
            // A 2px gap keeps stacked parts apart where their colours are close in lightness.
            const rect = (
              <rect
                key={s.tone}
                className={`chart__bar chart__bar--${s.tone}`}
                x={x}
                y={middle - BAR_HEIGHT / 2}
                width={Math.max(2, w - 2)}
                height={BAR_HEIGHT}
                rx={2}
              />
            )
            x += w
            return rect
          })
        return (
          <g key={row.label} data-row={row.label}>
            <text className="chart__label" x={0} y={middle} dominantBaseline="central">
              {row.label}
            </text>
            {parts.length > 0 ? (
              parts
            ) : (
              <rect
                className="chart__empty-bar"
                x={labelWidth}
                y={middle - 1}
                width={6}
                height={2}
              />
            )}
            <text
              className="chart__value"
              x={labelWidth + Math.max(EMPTY_BAR, (total(row) / max) * track) + 8}
              y={middle}
              dominantBaseline="central"
            >
              {row.text}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
