import { describe, expect, it } from 'vitest'
import { HOW_TO_GET_ONE, findChromium } from './find-chromium.mjs'

const on =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path)

describe('the browser the end-to-end tests drive', () => {
  it('is CHROMIUM_PATH when set, and says so when nothing is there', () => {
    expect(
      findChromium({
        env: { CHROMIUM_PATH: '/opt/chrome' },
        exists: on('/opt/chrome', '/usr/bin/chromium'),
      }),
    ).toEqual({ ok: true, path: '/opt/chrome' })
    expect(
      findChromium({ env: { CHROMIUM_PATH: '/opt/none' }, exists: on('/usr/bin/chromium') }),
    ).toEqual({
      ok: false,
      message: 'CHROMIUM_PATH is set to /opt/none, but nothing is there.',
    })
  })

  it('prefers Playwright’s own Chromium, then a system one', () => {
    const playwright = '/home/ada/.cache/ms-playwright/chromium-1/chrome-linux/chrome'
    expect(
      findChromium({
        env: {},
        platform: 'linux',
        playwrightChromium: playwright,
        exists: on(playwright, '/usr/bin/chromium'),
      }),
    ).toEqual({ ok: true, path: playwright })
    expect(
      findChromium({
        env: {},
        platform: 'linux',
        playwrightChromium: playwright,
        exists: on('/usr/bin/google-chrome'),
      }),
    ).toEqual({ ok: true, path: '/usr/bin/google-chrome' })
    expect(
      findChromium({
        env: {},
        platform: 'darwin',
        exists: on('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      }),
    ).toMatchObject({ ok: true })
  })

  it('says in one line how to get one when there is none', () => {
    const none = findChromium({ env: {}, platform: 'linux', exists: () => false })
    expect(none).toEqual({ ok: false, message: HOW_TO_GET_ONE })
    expect(HOW_TO_GET_ONE).not.toContain('\n')
    expect(HOW_TO_GET_ONE).toContain('npx playwright install chromium')
  })
})
