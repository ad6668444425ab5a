// @vitest-environment happy-dom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FootholdApi, SetAsideCard, StoreNotice } from '@shared/ipc/contract'
import { ok } from '@shared/ipc/result'
import { boardSnapshot, firstScreenOfSnapshot } from '@shared/test-support/board-snapshot'
import { createBoardStore } from '../state/board-store'
import { renderWithStore } from '../test-support/render-with-store'
import { Banners } from './Banners'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const KEPT = '/data/foothold.set-aside-20261123T100000Z.json'
const LAYOUT_BREAKERS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

let root: Root | null = null
afterEach(() => act(() => root?.unmount()))

async function showBanners(notices: StoreNotice[]) {
  const snapshot = boardSnapshot([], { notices })
  const api = {
    loadFirstScreen: async () => ok(firstScreenOfSnapshot(snapshot)),
    loadBoard: async () => ok(snapshot),
    on: () => () => undefined,
  } as unknown as FootholdApi
  const store = createBoardStore(api, { localTimeZone: 'UTC' })
  store.getState().actions.start()
  await vi.waitFor(() => expect(store.getState().notices).toHaveLength(notices.length))
  const rendered = await renderWithStore(store, <Banners />)
  root = rendered.root
  return rendered.container
}

const card = (number: number, company: string | null, reason = 'stage: Invalid option') =>
  ({ number, company, position: 'Analyst', reason }) satisfies SetAsideCard

const salvaged = (cards: SetAsideCard[], count = cards.length): StoreNotice => ({
  kind: 'salvaged',
  count,
  cards,
  keptAs: KEPT,
  file: '/data/foothold.json',
})

const button = (container: HTMLElement, name: RegExp) =>
  [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))

describe('the banner for interviews that could not be read', () => {
  it('says how many, which, why, and where they are kept', async () => {
    const container = await showBanners([
      salvaged([
        card(2, 'Broken Co', 'time.end: The interview must end after it starts'),
        card(5, null),
      ]),
    ])
    const banner = container.querySelector('[role="alert"]')!
    expect(banner.textContent).toContain('2 interviews in your data file couldn’t be read.')
    expect(banner.textContent).toContain(KEPT)
    const items = [...banner.querySelectorAll('li')].map((li) => li.textContent)
    expect(items).toEqual([
      'Broken Co — Analyst: time.end: The interview must end after it starts',
      'No company — Analyst: stage: Invalid option',
    ])
  })

  it('shows the first few, the others on demand, and says how many more only the file lists', async () => {
    const cards = Array.from({ length: 7 }, (_, i) => card(i + 1, `Company ${i + 1}`))
    const container = await showBanners([salvaged(cards, 120)])
    expect(container.querySelectorAll('li')).toHaveLength(3)
    const more = button(container, /Show all 7/)!
    expect(more.getAttribute('aria-expanded')).toBe('false')
    await act(async () => more.click())
    expect(container.querySelectorAll('li')).toHaveLength(7)
    expect(container.textContent).toContain('And 113 interviews more, listed in that file.')
    expect(button(container, /Show fewer/)!.getAttribute('aria-expanded')).toBe('true')
  })

  it('shows a company’s control characters and bidi overrides as U+FFFD, and clips it', async () => {
    const hostile = `Acme\n\u202eevil\u0007${'x'.repeat(500)}`
    const container = await showBanners([
      salvaged([card(1, hostile, `company: ${'y'.repeat(400)}`)]),
    ])
    const item = container.querySelector('li')!
    expect(item.textContent).not.toMatch(LAYOUT_BREAKERS)
    expect(item.textContent).toContain('Acme\uFFFD\uFFFDevil\uFFFD')
    expect(item.textContent).not.toContain('x'.repeat(100))
    // The whole is there on demand, still made safe.
    await act(async () => button(container, /Show all 511 characters/)!.click())
    expect(item.textContent).toContain('x'.repeat(500))
    expect(item.textContent).not.toMatch(LAYOUT_BREAKERS)
  })
})

it('no banner shows a file’s raw control characters', async () => {
  const problem = 'the file is not valid JSON (Unexpected token \u0000\u001b[31m in "\r\n\u2028")'
  const container = await showBanners([
    { kind: 'recovered', problem, keptAs: '/data/foothold.corrupt-1.json', loadedFrom: null },
    { kind: 'read-only', problem, file: '/data/foothold.json' },
    {
      kind: 'conflict',
      problem,
      keptAs: '/data/foothold.conflict-1.json',
      file: '/data/foothold.json',
    },
  ])
  const banners = container.querySelectorAll('[role="alert"]')
  expect(banners).toHaveLength(3)
  for (const banner of banners) {
    expect(banner.textContent).toContain('Unexpected token \uFFFD\uFFFD[31m')
    expect(banner.textContent).not.toMatch(LAYOUT_BREAKERS)
  }
})
