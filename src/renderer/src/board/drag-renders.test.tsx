// @vitest-environment happy-dom
import { boardSnapshot, firstScreenOfSnapshot } from '@shared/test-support/board-snapshot'
import { Profiler, act, memo, type ComponentType } from 'react'
import type { Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCard, moveCard } from '@shared/domain/board'
import { STAGES, type Stage } from '@shared/domain/interview'
import { type Card } from '@shared/domain/card'
import { defaultSettings } from '@shared/domain/settings'
import type { FootholdApi } from '@shared/ipc/contract'
import { ok } from '@shared/ipc/result'
import { sampleDetails } from '@shared/test-support/sample-details'
import { createBoardStore } from '../state/board-store'
import { renderWithStore } from '../test-support/render-with-store'
import { Board } from './Board'
import type * as BoardCardModule from './BoardCard'
import type * as ColumnModule from './Column'

/*
 * Every column and every card is wrapped in a React Profiler, which reports each commit in which
 * anything inside it rendered. A drag may render only the lifted card and the columns it leaves
 * and crosses; with thousands of cards, anything more is what makes a drag stutter.
 */
const { rendered, profiled } = vi.hoisted(() => {
  const rendered = new Set<string>()
  const record = (id: string) => rendered.add(id)
  /** The component, wrapped in a Profiler named after its props. */
  function profiled<P extends object>(Component: ComponentType<P>, name: (props: P) => string) {
    return memo((props: P) => (
      <Profiler id={name(props)} onRender={record}>
        <Component {...props} />
      </Profiler>
    ))
  }
  return { rendered, profiled }
})
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

vi.mock('./Column', async (importOriginal) => {
  const { Column } = await importOriginal<typeof ColumnModule>()
  return { Column: profiled(Column, (props) => `column:${props.stage}`) }
})

vi.mock('./BoardCard', async (importOriginal) => {
  const { BoardCard } = await importOriginal<typeof BoardCardModule>()
  return { BoardCard: profiled(BoardCard, (props) => `card:${props.id}`) }
})

const NOW = new Date('2026-11-18T09:00:00Z')
const COLUMN_WIDTH = 300
const COLUMN_HEIGHT = 900

function boardOf(perStage: number): Card[] {
  return STAGES.flatMap((stage) =>
    Array.from({ length: perStage }, (_, i) => {
      const card = createCard(
        sampleDetails({ company: `${stage} company ${i}` }),
        `${stage}-${i}`,
        new Date('2026-11-17T16:00:00Z'),
      )
      return stage === 'thank-you'
        ? card
        : moveCard(card, stage, stage === 'closed' ? 'offer' : null, NOW)
    }),
  )
}

function fakeMain(cards: Card[]): FootholdApi {
  const stored = new Map(cards.map((c) => [c.id, c]))
  return {
    loadFirstScreen: async () =>
      ok(
        firstScreenOfSnapshot(
          boardSnapshot([...stored.values()], { settings: defaultSettings('UTC') }),
          NOW,
        ),
      ),
    loadBoard: async () =>
      ok(boardSnapshot([...stored.values()], { settings: defaultSettings('UTC') })),
    moveCard: async ({ id, to }: { id: string; to: Stage }) => {
      const moved = moveCard(stored.get(id)!, to, null, NOW)
      stored.set(id, moved)
      return ok(moved)
    },
    on: () => () => undefined,
  } as unknown as FootholdApi
}

/** Columns side by side, cards stacked in them: enough layout for dnd-kit to find the target. */
function fakeLayout() {
  const rectOf = (element: Element): DOMRect => {
    const column = element.closest('[data-testid^="column-"]')
    const index = column
      ? STAGES.indexOf(column.getAttribute('data-testid')!.slice(7) as Stage)
      : -1
    if (index < 0) return new DOMRect(0, 0, 0, 0)
    const left = index * COLUMN_WIDTH
    const card = element.closest('[data-card-slot]')
    if (!card) return new DOMRect(left, 0, COLUMN_WIDTH - 20, COLUMN_HEIGHT)
    const position = Number(card.getAttribute('aria-posinset')) - 1
    return new DOMRect(left + 8, 80 + position * 156, COLUMN_WIDTH - 36, 148)
  }
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return rectOf(this)
  })
}

function pointer(type: string, target: EventTarget, x: number, y: number) {
  const init = {
    bubbles: true,
    cancelable: true,
    clientX: x,
    clientY: y,
    button: 0,
    isPrimary: true,
  }
  act(() => {
    target.dispatchEvent(new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse' }))
  })
}

const centreOf = (stage: Stage) => ({ x: STAGES.indexOf(stage) * COLUMN_WIDTH + 140, y: 400 })

describe('dragging a card across the board', () => {
  let root: Root
  let container: HTMLElement

  beforeEach(async () => {
    fakeLayout()
    const store = createBoardStore(fakeMain(boardOf(6)), { now: () => NOW, localTimeZone: 'UTC' })
    store.getState().actions.start()
    await vi.waitFor(() => expect(store.getState().load.phase).toBe('ready'))
    await vi.waitFor(() => expect(store.getState().onTheWay).toBeNull())
    ;({ container, root } = await renderWithStore(store, <Board />))
  })

  afterEach(() => {
    act(() => root.unmount())
    container.remove()
    vi.restoreAllMocks()
  })

  const cardElement = (id: string) =>
    container.querySelector<HTMLElement>(`[data-testid="card"][data-card-id="${id}"]`)!

  it('renders only the lifted card and the columns it leaves and crosses', async () => {
    const lifted = cardElement('thank-you-2')
    const start = { x: 150, y: 80 + 2 * 156 + 70 }
    rendered.clear()

    pointer('pointerdown', lifted, start.x, start.y)
    pointer('pointermove', document, start.x + 10, start.y)
    expect(container.querySelector('.card--placeholder')?.getAttribute('data-card-id')).toBe(
      'thank-you-2',
    )
    for (const stage of ['check-in', 'final'] as const) {
      const { x, y } = centreOf(stage)
      for (let step = 0; step < 5; step++) pointer('pointermove', document, x + step, y + step)
    }
    await act(async () => undefined)

    expect(container.querySelector('.column--target')?.getAttribute('data-testid')).toBe(
      'column-final',
    )
    expect([...rendered].sort()).toEqual([
      'card:thank-you-2',
      'column:check-in',
      'column:final',
      'column:thank-you',
    ])
  })

  it('a drop re-renders only the two columns involved', async () => {
    const lifted = cardElement('thank-you-1')
    pointer('pointerdown', lifted, 150, 80 + 156 + 70)
    pointer('pointermove', document, 160, 80 + 156 + 70)
    const { x, y } = centreOf('check-in')
    pointer('pointermove', document, x, y)
    pointer('pointermove', document, x + 1, y + 1)
    await act(async () => undefined)
    rendered.clear()

    pointer('pointerup', document, x + 1, y + 1)
    // The drop animation and the saved move both land after the event: let them, inside act.
    await act(() =>
      vi.waitFor(() =>
        expect(
          container.querySelector('[data-testid="column-check-in"] [data-card-id="thank-you-1"]'),
        ).not.toBeNull(),
      ),
    )
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)))

    // Cards below the one that left move up, so the two columns' cards may render; no others.
    expect(rendered).toContain('card:thank-you-1')
    expect([...rendered].filter((id) => !/^(card|column):(thank-you|check-in)\b/.test(id))).toEqual(
      [],
    )
  })
})
