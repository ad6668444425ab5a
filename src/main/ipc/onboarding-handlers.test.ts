import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportedFile } from '@shared/ipc/contract'
import type { Card } from '@shared/domain/card'
import type { Settings } from '@shared/domain/settings'
import { methodOfChannel } from '@shared/ipc/methods'
import type { IpcResult } from '@shared/ipc/result'
import { STAGES } from '@shared/domain/interview'
import { sampleDetails } from '@shared/test-support/sample-details'
import { BoardStore } from '../store/board-store'
import { useTempFolders } from '../test-support/temp-folder'
import { createDispatch } from './dispatch'
import { createHandlers } from './handlers'

const tempFolder = useTempFolders()
const clock = { now: () => new Date('2026-11-23T09:00:00Z') }

async function setup(exportFile: string | null = null) {
  const folder = await tempFolder()
  const store = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
  const shownInFolder: string[] = []
  const copied: string[] = []
  const saved: Array<[Settings, Settings]> = []
  let n = 0
  const handlers = createHandlers({
    store,
    clock,
    newId: () => `id-${++n}`,
    clipboard: { write: ({ text }) => void copied.push(text) },
    showItemInFolder: (path) => void shownInFolder.push(path),
    onSettingsSaved: (before, after) => void saved.push([before, after]),
    dialogs: { chooseImportFile: async () => null, chooseExportFile: async () => exportFile },
  })
  const dispatch = createDispatch(handlers, () => undefined)
  const call = <T>(method: string, payload?: unknown) =>
    dispatch(methodOfChannel(`foothold:${method}`), payload) as Promise<IpcResult<T>>
  return { folder, store, call, shownInFolder, copied, saved }
}

const value = <T>(result: IpcResult<T>): T => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('first run and the sample board over IPC', () => {
  it('a new folder is a first run until the welcome is finished, which saves the settings', async () => {
    const { folder, store, call, saved } = await setup()
    expect(value(await call<{ onboarded: boolean }>('loadBoard')).onboarded).toBe(false)
    const settings = { ...store.data.settings, yourName: 'Robin Vale', timeZone: 'Asia/Tokyo' }
    const done = value(
      await call<{ settings: Settings; cards: Card[] }>('finishOnboarding', {
        settings,
        sampleBoard: true,
      }),
    )
    expect(done.settings.yourName).toBe('Robin Vale')
    expect(new Set(done.cards.map((c) => c.stage))).toEqual(new Set(STAGES))
    expect(done.cards.every((c) => c.time.timeZone === 'Asia/Tokyo')).toBe(true)
    expect(saved).toHaveLength(1)
    await store.flush()
    const reopened = await BoardStore.open({ dataFolder: folder, clock, defaultTimeZone: 'UTC' })
    expect(reopened.data.onboarded).toBe(true)
    expect(reopened.data.settings.yourName).toBe('Robin Vale')
  })

  it('skipping keeps the default settings and adds nothing', async () => {
    const { store, call, saved } = await setup()
    const before = store.data.settings
    value(await call('finishOnboarding', { settings: null, sampleBoard: false }))
    expect(store.data).toMatchObject({ onboarded: true, settings: before, cards: [] })
    expect(saved).toEqual([])
  })

  it('refuses invalid settings and changes nothing', async () => {
    const { store, call } = await setup()
    const bad = { ...store.data.settings, timeZone: 'Mars/Olympus' }
    const result = await call('finishOnboarding', { settings: bad, sampleBoard: true })
    expect(result.ok).toBe(false)
    expect(store.data.onboarded).toBe(false)
    expect(store.data.cards).toEqual([])
  })

  it('removes only the sample cards, and each can be brought back', async () => {
    const { store, call } = await setup()
    const samples = value(await call<Card[]>('addSampleBoard'))
    expect(samples.length).toBeGreaterThanOrEqual(STAGES.length)
    // A second sample board would only repeat the first.
    expect(await call('addSampleBoard')).toMatchObject({ ok: false })
    const own = value(
      await call<Card>('createCard', { details: sampleDetails({ company: 'Mine' }) }),
    )
    const { ids } = value(await call<{ ids: string[] }>('removeSampleCards'))
    expect(ids.sort()).toEqual(samples.map((c) => c.id).sort())
    expect(store.data.cards.map((c) => c.id)).toEqual([own.id])
    for (const id of ids) value(await call('restoreCard', { id }))
    expect(store.data.cards).toHaveLength(samples.length + 1)
  })

  it('shows the data folder and copies its path', async () => {
    const { folder, store, call, shownInFolder, copied } = await setup()
    expect(value(await call<{ folder: string }>('showDataFolder')).folder).toBe(folder)
    expect(shownInFolder).toEqual([store.file])
    value(await call('copyDataFolderPath'))
    expect(copied).toEqual([folder])
    expect(await call('showDataFolder', { path: '/etc' })).toMatchObject({ ok: false })
  })

  it('leaves the sample interviews out of a calendar export', async () => {
    const target = join(await tempFolder(), 'follow-ups.ics')
    const { call } = await setup(target)
    value(await call('addSampleBoard'))
    const samplesOnly = value(await call<ExportedFile>('exportCalendar'))
    expect(samplesOnly.count).toBe(0)
    value(await call('createCard', { details: sampleDetails({ company: 'Mine' }) }))
    const withOwn = value(await call<ExportedFile>('exportCalendar'))
    expect(withOwn.count).toBeGreaterThan(0)
    expect(await readFile(target, 'utf8')).not.toMatch(/Harbor|Lumen|Copperleaf|Bramblewood/)
  })
})
