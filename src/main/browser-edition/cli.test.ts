import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCliOptions } from './cli-options'
import { safeFileName } from './transfers'

const home = '/home/ada/.config/Foothold'

describe('the browser edition’s command line', () => {
  it('opens the desktop app’s own data folder on a free port by default, and the browser', () => {
    expect(parseCliOptions([], {}, home)).toEqual({
      ok: true,
      options: { dataFolder: home, port: 0, open: true },
    })
  })

  it('takes --data-dir, --port and --no-open, with = or a separate value', () => {
    expect(
      parseCliOptions(['--data-dir=/tmp/board', '--port=4100', '--no-open'], {}, home),
    ).toEqual({ ok: true, options: { dataFolder: '/tmp/board', port: 4100, open: false } })
    expect(parseCliOptions(['--data-dir', 'rel', '--port', '0'], {}, home)).toEqual({
      ok: true,
      options: { dataFolder: resolve('rel'), port: 0, open: true },
    })
    expect(parseCliOptions([], { FOOTHOLD_DATA_DIR: '/mnt/usb' }, home)).toMatchObject({
      options: { dataFolder: '/mnt/usb' },
    })
  })

  it('says in one line what is wrong with a bad option', () => {
    for (const [args, message] of [
      [['--port=http'], '--port takes a number from 0 to 65535, not "http"'],
      [['--port=70000'], '--port takes a number from 0 to 65535, not "70000"'],
      [['--port=-1'], '--port takes a number from 0 to 65535, not "-1"'],
      [['--port'], '--port takes a number from 0 to 65535, not ""'],
      [['--data-dir'], '--data-dir takes a folder'],
    ] as const) {
      expect(parseCliOptions(args, {}, home)).toEqual({ ok: false, message })
    }
    expect(parseCliOptions(['--open-sesame'], {}, home)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Unknown option --open-sesame\. Usage:/),
    })
    expect(parseCliOptions(['--help'], {}, home)).toEqual({ ok: 'help' })
  })
})

describe('names of files that cross from the browser', () => {
  it('keep only a plain last part, whatever the browser sends', () => {
    expect(safeFileName('board.json')).toBe('board.json')
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('C:\\Users\\ada\\board.json')).toBe('board.json')
    expect(safeFileName('a\u0000b\nc<d>.csv')).toBe('a_b_c_d_.csv')
    expect(safeFileName('..')).toBe('file')
    expect(safeFileName('   ')).toBe('file')
    expect(safeFileName('x'.repeat(300))).toHaveLength(200)
  })
})
