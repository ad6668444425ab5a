import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { APP_ORIGIN, createAppProtocolHandler } from '@main/window/app-protocol'

/**
 * Serves the built renderer on 127.0.0.1 with the same handler, path checks and CSP header as the
 * app:// protocol in Electron (Chromium will not run module scripts from file://).
 */
export async function serveRenderer(
  root: string,
  /** Answers for paths the app does not have (the benchmark's transport); null to pass. */
  extraRoutes: (path: string) => Buffer | null = () => null,
): Promise<{ origin: string; close(): Promise<void> }> {
  const handle = createAppProtocolHandler(root)
  const server = createServer((req, res) => {
    const extra = extraRoutes(req.url ?? '/')
    if (extra) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(extra)
      return
    }
    void handle(new Request(`${APP_ORIGIN}${req.url ?? '/'}`)).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
