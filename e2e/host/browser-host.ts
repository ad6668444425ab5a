import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { eventChannelOf, methodOfChannel } from '../../src/shared/ipc/methods'
import { fail } from '../../src/shared/ipc/result'
import { isTrustedSender } from '../../src/main/security/sender'
import type { FootholdServices } from '../../src/main/services'
import { startServices } from '../../src/main/services'
import type { Clock } from '../../src/main/clock'
import { preloadInitScript } from './electron-shim'
import { serveRenderer } from './static-server'

const OUT = join(process.cwd(), 'out')

export interface HostSession {
  page: Page
  services: FootholdServices
  close(): Promise<void>
}

/**
 * Starts the real main-process services on `dataFolder` in this process, and the built renderer in
 * a Chromium page wired to them the way Electron's IPC would be.
 */
export async function startBrowserHost(
  browser: Browser,
  dataFolder: string,
  clock?: Clock,
): Promise<HostSession> {
  const server = await serveRenderer(join(OUT, 'renderer'))
  const preload = await readFile(join(OUT, 'preload', 'index.cjs'), 'utf8')
  const context = await browser.newContext({ viewport: { width: 1320, height: 840 } })
  const page = await context.newPage()

  const services = await startServices({
    dataFolder,
    ...(clock ? { clock } : {}),
    logError: (error) => console.error('[main]', error),
    emit: (name, payload) => {
      void page
        .evaluate(
          ([channel, data]) => (globalThis as unknown as HostWindow).__footholdEmit(channel, data),
          [eventChannelOf(name), payload] as const,
        )
        .catch(() => undefined)
    },
  })

  await page.exposeBinding(
    '__footholdInvoke',
    async (source, channel: string, payload: unknown) => {
      const frame = { url: source.frame.url(), parent: source.frame.parentFrame() }
      if (!isTrustedSender(frame, [server.origin])) {
        return fail('invalid-request', 'Refused a request from an unknown page')
      }
      return services.dispatch(methodOfChannel(channel), payload)
    },
  )
  await page.addInitScript({ content: preloadInitScript(preload) })
  await page.goto(`${server.origin}/index.html`)

  return {
    page,
    services,
    async close() {
      await services.flush()
      await context.close()
      await server.close()
    },
  }
}

interface HostWindow {
  __footholdEmit(channel: string, payload: unknown): void
}
