import { spawn } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import WebSocket from 'ws'
import { SOCKET_PATH } from '@shared/ipc/socket-protocol'
import type { BrowserEditionHandle } from './fixtures'
import { chromiumBrowser, expect, test } from './fixtures'
import { seedBoard } from './seed'
import { addInterview, column, readStore } from './ui'

// What only the browser edition has: its address, its secret, its tabs and its lock.
test.beforeEach(({ host }) => {
  test.skip(host !== 'browser', 'the desktop app has no server, secret or tabs to test')
})

function edition(app: { browserEdition: BrowserEditionHandle | null }): BrowserEditionHandle {
  if (!app.browserEdition) throw new Error('not the browser edition')
  return app.browserEdition
}

/** One plain HTTP request to the edition, with exactly the headers given. */
function get(
  origin: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${origin}${path}`,
      { headers, setHost: !('Host' in headers) },
      (res) => {
        res.resume()
        resolve({ status: res.statusCode ?? 0, headers: res.headers })
      },
    )
    req.on('error', reject)
    req.end()
  })
}

/** Tries the WebSocket with these headers: 'open', or the HTTP status it was refused with. */
function trySocket(origin: string, headers: Record<string, string>): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${origin.replace('http', 'ws')}${SOCKET_PATH}`, { headers })
    socket.on('open', () => {
      socket.close()
      resolve('open')
    })
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    socket.on('error', () => resolve(0))
  })
}

/** The cookie the secret is exchanged for, as the page's browser holds it. */
async function sessionCookie(handle: BrowserEditionHandle): Promise<string> {
  const [cookie] = await handle.context.cookies(handle.origin)
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
  return `${cookie!.name}=${cookie!.value}`
}

test('nobody gets in without the secret it printed', async ({ launch }) => {
  const app = await launch()
  const handle = edition(app)
  const host = handle.origin.slice('http://'.length)
  // The page's own address bar lost the secret once it was exchanged for the cookie.
  expect(app.page.url()).toBe(`${handle.origin}/`)

  for (const path of ['/', '/index.html', '/browser-edition.js', '/assets/anything.js']) {
    expect((await get(handle.origin, path, {})).status, path).toBe(403)
  }
  expect((await get(handle.origin, '/?secret=guessed', {})).status).toBe(403)
  expect(await trySocket(handle.origin, { Origin: handle.origin })).toBe(403)

  const entry = await get(handle.origin, new URL(handle.url).search.replace(/^/, '/'), {})
  expect(entry.status).toBe(303)
  expect(String(entry.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/)

  const cookie = await sessionCookie(handle)
  expect((await get(handle.origin, '/', { Cookie: cookie })).status).toBe(200)
  expect(
    await trySocket(handle.origin, { Origin: handle.origin, Cookie: cookie, Host: host }),
  ).toBe('open')
})

test('a foreign Host or Origin is refused, even with the cookie (DNS rebinding)', async ({
  launch,
}) => {
  const app = await launch()
  const handle = edition(app)
  const cookie = await sessionCookie(handle)
  const port = new URL(handle.origin).port
  for (const host of [`rebound.example:${port}`, `localhost:${port}`, `127.0.0.1:1`]) {
    expect((await get(handle.origin, '/', { Cookie: cookie, Host: host })).status, host).toBe(403)
  }
  expect(
    (await get(handle.origin, '/', { Cookie: cookie, Origin: 'http://rebound.example' })).status,
  ).toBe(403)
  expect(await trySocket(handle.origin, { Cookie: cookie, Origin: 'http://rebound.example' })).toBe(
    403,
  )
  // A WebSocket always says where it comes from; one that does not is no browser page.
  expect(await trySocket(handle.origin, { Cookie: cookie })).toBe(403)
  // What it does answer carries the app's own policy.
  const page = await get(handle.origin, '/', { Cookie: cookie })
  expect(page.headers['content-security-policy']).toContain("script-src 'self'")
  expect(page.headers['x-frame-options']).toBe('DENY')
})

const cardIn = (page: Page, stage: string, company: string) =>
  column(page, stage).getByTestId('card').filter({ hasText: company })

test('two tabs stay in step: a change in one shows in the other', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }])
  const app = await launch()
  const second = await edition(app).context.newPage()
  await second.goto(`${edition(app).origin}/`)
  await expect(cardIn(second, 'thank-you', 'Contoso')).toBeVisible()

  await app.page.getByRole('button', { name: 'Move Contoso to…' }).click()
  await app.page.getByRole('menuitem', { name: /Check-in/ }).click()
  await expect(cardIn(app.page, 'check-in', 'Contoso')).toBeVisible()
  await expect(cardIn(second, 'check-in', 'Contoso')).toBeVisible()
  await expect(second.getByTestId('toast')).toHaveCount(0)

  await addInterview(second, {
    company: 'Northwind',
    position: 'Analyst',
    date: '2026-11-20',
    start: '10:30',
    interviewer: 'Jonas Weber',
  })
  await expect(cardIn(app.page, 'thank-you', 'Northwind')).toBeVisible()
  await second.close()
})

/** Runs the browser edition exactly as `npm run start:browser` does, and reads what it prints. */
/** `state` stands for this computer's own state folder, so no spec writes the real one. */
function startServer(dataFolder: string, state: string) {
  const child = spawn(
    process.execPath,
    [
      join(process.cwd(), 'out', 'browser-edition', 'server.cjs'),
      '--no-open',
      `--data-dir=${dataFolder}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_STATE_HOME: state } },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    child,
    exited,
    output: () => output,
    address: async () => {
      await expect.poll(() => output, { timeout: 15_000 }).toMatch(/running at http/)
      return /Foothold is running at (http:\/\/127\.0\.0\.1:\d+\/\?secret=\S+)/.exec(output)![1]!
    },
  }
}

test('the printed address opens the board; a card added there is in the file after Ctrl+C', async ({
  dataFolder,
}, info) => {
  // Where this computer's own state goes (the key that vouches for the board's validation).
  const state = info.outputPath('state')
  const server = startServer(dataFolder, state)
  const address = await server.address()
  expect(server.output().split('\n')[0]).toBe(`Foothold is running at ${address}`)
  const context = await (await chromiumBrowser()).newContext()
  const page = await context.newPage()
  await page.goto(address)
  // A new data folder starts with the welcome.
  await page.getByRole('dialog').getByRole('button', { name: 'Keep the defaults' }).click()
  await addInterview(page, {
    company: 'Tailspin Toys',
    position: 'QA Lead',
    date: '2026-11-20',
    start: '10:30',
    interviewer: 'Mira Holm',
  })
  await expect(cardIn(page, 'thank-you', 'Tailspin Toys')).toBeVisible()

  server.child.kill('SIGINT')
  expect(await server.exited).toBe(0)
  expect((await readStore(join(dataFolder, 'foothold.json'))).cards.map((c) => c.company)).toEqual([
    'Tailspin Toys',
  ])
  // The next start may skip validating what this one validated: the record is keyed, the key
  // kept outside the data folder, readable by its owner only.
  const key = await stat(join(state, 'Foothold', 'store-validation.key'))
  expect(key.mode & 0o777).toBe(0o600)
  await stat(join(dataFolder, 'foothold.json.checked'))
  // The tab says it can no longer save, rather than failing at the next click.
  await expect(page.getByTestId('host-stopped')).toContainText('Foothold is not running')
  await context.close()
})

test('one data folder, one writer: a second copy says which copy has it, and where', async ({
  launch,
  dataFolder,
}, info) => {
  const app = await launch()
  const second = startServer(dataFolder, info.outputPath('state'))
  expect(await second.exited).toBe(1)
  expect(second.output()).toContain(
    `Foothold is already running on ${dataFolder}: the browser edition at ${edition(app).origin}/`,
  )
  // The first one goes on undisturbed.
  await expect(app.page.getByTestId('column-thank-you')).toBeVisible()
})

test('reminders ask for notifications only from a click, then arrive as notifications', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [{ company: 'Contoso' }, { company: 'Litware' }])
  const app = await launch({ now: '2026-11-17T15:30:00Z', notifications: 'default' })
  const handle = edition(app)
  const { page } = app
  // Due an hour after the interview: no permission yet, so the reminder waits in the window.
  await app.time!.advanceTo('2026-11-17T15:50:00Z')
  const banner = page.getByTestId('in-app-reminder')
  await expect(banner).toHaveCount(1)
  await expect(banner).toContainText('not been allowed to show Foothold’s notifications')
  expect((await handle.recorded(page)).permissionRequests).toBe(0)
  expect(await app.time!.notifications()).toEqual([])

  await banner.getByRole('button', { name: 'Allow notifications' }).click()
  expect((await handle.recorded(page)).permissionRequests).toBe(1)
  await expect(banner).not.toContainText('Allow notifications')

  // The next reminder is a notification of the browser's: for an interview that ended at 17:45.
  await addInterview(page, {
    company: 'Northwind',
    position: 'Analyst',
    date: '2026-11-17',
    start: '17:00',
    interviewer: 'Jonas Weber',
  })
  await app.time!.advanceTo('2026-11-17T18:00:00Z')
  await expect.poll(async () => (await app.time!.notifications()).length).toBe(1)
  const [notice] = await app.time!.notifications()
  expect(notice).toMatchObject({ title: 'Thank Jonas for the interview' })
  await app.time!.click(notice!)
  await expect(page.getByRole('dialog', { name: /Northwind/ })).toBeVisible()
})

test('what came due while no tab was open arrives as one summary when a tab opens', async ({
  launch,
  dataFolder,
}) => {
  await seedBoard(dataFolder, [
    { company: 'Contoso' },
    { company: 'Litware' },
    { company: 'Proseware' },
  ])
  const app = await launch({ now: '2026-11-17T15:30:00Z' })
  const handle = edition(app)
  expect(await app.time!.notifications()).toEqual([])
  await app.page.close()
  await app.time!.advanceTo('2026-11-20T10:00:00Z')

  const tab = await handle.context.newPage()
  await tab.clock.setFixedTime(new Date('2026-11-20T10:00:00Z'))
  await tab.goto(`${handle.origin}/`)
  await expect(tab.getByTestId('column-thank-you')).toBeVisible()
  await expect.poll(async () => (await handle.recorded(tab)).notifications.length).toBe(1)
  expect((await handle.recorded(tab)).notifications[0]).toMatchObject({
    title: '3 follow-ups are due',
  })
})
