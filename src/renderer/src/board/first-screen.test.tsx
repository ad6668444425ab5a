// @vitest-environment happy-dom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCard } from '@shared/domain/board'
import type { BoardSnapshot, FootholdApi } from '@shared/ipc/contract'
import { ok, type IpcResult } from '@shared/ipc/result'
import { boardSnapshot, firstScreenOfSnapshot } from '@shared/test-support/board-snapshot'
import { sampleDetails } from '@shared/test-support/sample-details'
import { createBoardStore } from '../state/board-store'
import { renderWithStore } from '../test-support/render-with-store'
import { Board } from './Board'
import { SampleNotice } from './SampleNotice'
import { TopBar } from './TopBar'
import { CARD_STRIDE } from './card-window'
import { ProgressMain } from '../progress/ProgressRoute'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const NOW = new Date('2026-11-18T09:00:00Z')

/** 50 October interviews, all overdue for a thank-you; the last one a sample. */
const board = Array.from({ length: 50 }, (_, i) => {
  const card = createCard(
    sampleDetails({ company: `Company ${i}` }),
    `card-${String(i).padStart(2, '0')}`,
    new Date('2026-10-20T16:00:00Z'),
  )
  return {
    ...card,
    time: { ...card.time, start: `2026-10-${10 + (i % 20)}T14:00:00.000Z` },
    ...(i === 49 ? { sample: true as const } : {}),
  }
})

const snapshot = boardSnapshot(board)

/** A store showing the first screen of `board`, with the whole board as `loadBoard` answers. */
async function onFirstScreen(loadBoard: () => Promise<IpcResult<BoardSnapshot>>) {
  const api = {
    loadFirstScreen: async () => ok(firstScreenOfSnapshot(snapshot, NOW)),
    loadBoard,
    on: () => () => undefined,
  } as unknown as FootholdApi
  const store = createBoardStore(api, { now: () => NOW, localTimeZone: 'UTC' })
  store.getState().actions.start()
  await vi.waitFor(() => expect(store.getState().onTheWay).not.toBeNull())
  return store
}

describe('the first screen', () => {
  let root: Root | null = null
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(5000)
  })
  afterEach(() => {
    act(() => root?.unmount())
    vi.restoreAllMocks()
  })

  it('shows the whole board’s counts while only the top of each column is in', async () => {
    let sendWhole: (result: IpcResult<BoardSnapshot>) => void = () => undefined
    const store = await onFirstScreen(() => new Promise((resolve) => (sendWhole = resolve)))

    const rendered = await renderWithStore(
      store,
      <>
        <TopBar />
        <SampleNotice />
        <Board />
      </>,
    )
    root = rendered.root
    const { container } = rendered
    const q = (selector: string) => container.querySelector(selector)
    const column = () => q('[data-testid="column-thank-you"]')!
    const list = () => column().querySelector('ul') as HTMLElement

    expect(q('.board')!.getAttribute('aria-busy')).toBe('true')
    expect(column().querySelector('[data-testid="column-count"]')!.textContent).toBe('50')
    expect(q('[data-testid="due-count"]')!.textContent).toBe('50 due')
    // The sample is far down the column, not among the cards sent ahead, yet its notice shows.
    expect(store.getState().cards['card-49']).toBeUndefined()
    expect(q('[data-testid="sample-notice"]')).not.toBeNull()
    // The scroll box is already as tall as the whole column, so its scrollbar will not jump.
    expect(list().style.height).toBe(`${50 * CARD_STRIDE}px`)
    expect(list().querySelector('[data-card-slot]')!.getAttribute('aria-setsize')).toBe('50')

    // A tall window: the column's view reaches past the cards sent ahead, to their places.
    expect(column().querySelectorAll('.card-slot--waiting').length).toBeGreaterThan(0)

    // A search sees only the first cards yet: it says it is searching, not that nothing matches.
    expect(store.getState().cards['card-39']).toBeUndefined()
    await act(async () => store.getState().actions.setQuery('Company 39'))
    expect(column().textContent).toContain('Searching…')
    expect(container.textContent).not.toContain('No interviews match')
    await act(async () => store.getState().actions.setQuery(''))

    await act(async () => sendWhole(ok(snapshot)))
    expect(column().querySelectorAll('.card-slot--waiting')).toHaveLength(0)
    expect(q('.board')!.getAttribute('aria-busy')).toBe('false')
    expect(column().querySelector('[data-testid="column-count"]')!.textContent).toBe('50')
    expect(q('[data-testid="due-count"]')!.textContent).toBe('50 due')
    expect(list().style.height).toBe(`${50 * CARD_STRIDE}px`)
    expect(Object.keys(store.getState().cards)).toHaveLength(50)
  })
})

describe('Progress while the first screen shows', () => {
  it('waits for every card before adding anything up', async () => {
    const store = await onFirstScreen(() => new Promise(() => undefined))
    const { container, root } = await renderWithStore(store, <ProgressMain />)
    expect(container.textContent).toBe('Adding up your progress…')
    act(() => root.unmount())
  })
})
