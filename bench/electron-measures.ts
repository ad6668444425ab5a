import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { _electron as electron } from '@playwright/test'
import { findElectronBinary } from '../e2e/host/electron-binary'
import { STORE_FILE_NAME } from '@main/store/board-store'
import { boardText, generateBoard } from './boards'
import { sample } from './stats'

export type ElectronStartup =
  { skipped: string } | { shownMs: number[]; memoryMB: number[]; version: string }

/**
 * The built app in real Electron, on a board of `cards` cards: launch → main window shown (it shows
 * on ready-to-show, so this is also the first paint), and the memory of all its processes then.
 * Only where an Electron binary exists (see e2e/host/electron-binary.ts).
 */
export async function measureElectronStartup(
  folder: string,
  cards: number,
  runs: number,
): Promise<ElectronStartup> {
  const binary = findElectronBinary()
  if (!binary.found) return { skipped: binary.reason }
  const dataFolder = join(folder, 'electron-data')
  await mkdir(dataFolder, { recursive: true })
  await writeFile(join(dataFolder, STORE_FILE_NAME), boardText(generateBoard({ cards })))
  const memoryMB: number[] = []
  let version = ''
  const shownMs = await sample(runs, async () => {
    const started = performance.now()
    const app = await electron.launch({
      executablePath: binary.path,
      args: [join(process.cwd(), 'out', 'main', 'index.js'), `--data-dir=${dataFolder}`],
    })
    try {
      await app.evaluate(
        ({ BrowserWindow }) =>
          new Promise<void>((resolve) => {
            const check = () =>
              BrowserWindow.getAllWindows().some((w) => w.isVisible())
                ? resolve()
                : setTimeout(check, 2)
            check()
          }),
      )
      const shown = performance.now() - started
      const kb = await app.evaluate(({ app }) =>
        app.getAppMetrics().reduce((sum, m) => sum + m.memory.workingSetSize, 0),
      )
      memoryMB.push(kb / 1024)
      version = await app.evaluate(() => process.versions.electron ?? '')
      return shown
    } finally {
      await app.close()
    }
  })
  return { shownMs, memoryMB: memoryMB.slice(-runs), version }
}
