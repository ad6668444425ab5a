import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createCard } from '@shared/domain/board'
import { contract } from '@shared/ipc/contract'
import { METHODS } from '@shared/ipc/methods'
import type { Method } from '@shared/ipc/methods'
import { ERROR_CODES } from '@shared/ipc/result'
import { emptyStore, parseStoreText } from '@shared/store/store-format'
import { sampleDetails } from '@shared/test-support/sample-details'
import type { FootholdServices } from '../services'
import { startServices } from '../services'
import { STORE_FILE_NAME } from '../store/board-store'
import { useTempFolders } from '../test-support/temp-folder'

// Every IPC method gets random and hostile payloads: each must be answered with a valid result or
// a typed error, leave the data file byte-for-byte alone when refused, and pollute no prototype.
// The figure printed at the end is the one quoted in docs/RELIABILITY.md ("Hostile input").

// A few seconds in `npm test`; HOSTILE_RUNS=5000 npx vitest run <this file> digs deeper.
const RUNS_PER_METHOD = Number(process.env.HOSTILE_RUNS ?? 100)
const CARD_ID = 'card-1'
const START = Date.UTC(2026, 10, 23, 9, 0, 0)

const tempFolder = useTempFolders()
let tried = 0
let accepted = 0

// ---- hostile values ----------------------------------------------------------------------------

const HUGE = 'x'.repeat(10 * 1024 * 1024)
const HUGE_UNICODE = '\u202e😀'.repeat(1024 * 1024)
function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = {}
  for (let i = 0; i < depth; i++) value = wrap(value)
  return value
}
const DEEP_OBJECT = nested(10_000, (inner) => ({ inner }))
const DEEP_ARRAY = nested(10_000, (inner) => [inner])
/** An own `__proto__` key, as a structured clone or JSON.parse of renderer data would carry. */
const PROTO_PAYLOAD = () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown

const EDGE_TEXT = [
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200b', // zero-width space
  '\ufeff', // byte order mark
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '👩‍👩‍👧‍👦',
  '🇺🇦',
  'e\u0301\u0301\u0301',
  '\u0000',
  '\r\n',
  '<script>alert(1)</script>',
  '{{yourName}}',
  '../../etc/passwd',
  '%00',
  '__proto__',
]
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...EDGE_TEXT), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
  fc.string({ unit: codeUnit, maxLength: 80 }),
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...EDGE_TEXT))
    .map(([text, edge]) => `Northwind ${edge}${text}`),
)
const hostileDate = fc.oneof(
  fc.constantFrom(
    '2026-02-30T10:00:00Z',
    '2026-11-17T25:00:00Z',
    '2026-11-17T10:00:00+99:00',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '0000-01-01T00:00:00Z',
    '1989-12-31T23:59:59Z',
    '2101-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2026-11-17',
    '2026-11-17T10:00:00.000000001Z',
    'Invalid Date',
    'NaN',
  ),
  fc
    .date({ noInvalidDate: false })
    .map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
  fc.constantFrom(new Date(Number.NaN), new Date(8.64e15), new Date(-8.64e15)),
)
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: hostileDate },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      2 ** 53,
      -1,
      null,
      undefined,
      true,
      '',
      ' ',
      10n,
      [],
      {},
      Object.create(null),
      new Map([['details', sampleDetails()]]),
      new Set(['all']),
      new Uint8Array(8),
      'all',
      'closed',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(HUGE, HUGE_UNICODE, DEEP_OBJECT, DEEP_ARRAY) },
  { weight: 1, arbitrary: fc.constant(null).map(PROTO_PAYLOAD) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withDate: true }) },
)
const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then'),
  fc.string({ maxLength: 12 }),
)

// ---- payloads: a valid request per method, then mutated ---------------------------------------

// Methods that take no request need no entry here. A method that takes one should get one, so that
// its handler, not just its schema, meets hostile input (the last test below names those missing).
const VALID_REQUESTS: Record<string, () => unknown> = {
  createCard: () => ({ details: sampleDetails() }),
  updateCard: () => ({ id: CARD_ID, details: sampleDetails({ notes: 'Bring the portfolio' }) }),
  moveCard: () => ({ id: CARD_ID, to: 'check-in', outcome: null }),
  deleteCard: () => ({ id: CARD_ID }),
  restoreCard: () => ({ id: CARD_ID }),
  markSent: () => ({ id: CARD_ID, stage: 'thank-you', interviewers: ['iv-1'] }),
  markReplied: () => ({ id: CARD_ID }),
  snoozeReminder: () => ({
    id: CARD_ID,
    key: `${CARD_ID}:thank-you:iv-1`,
    choice: { kind: 'custom', until: '2026-12-01T09:00:00.000Z' },
  }),
  undoFollowUp: () => ({ id: CARD_ID }),
  updateSettings: () => ({ settings: emptyStore('Europe/Berlin').settings }),
  restoreBackup: () => ({ name: 'foothold-20261122T090000Z.json' }),
  saveDraft: () => ({ ...DRAFT, subject: 'Thank you', body: 'Dear Priya, thank you.' }),
  resetDraft: () => DRAFT,
  copyDraft: () => ({ ...DRAFT, part: 'all', subject: 'Thank you', body: 'Dear Priya,' }),
  openInMailApp: () => ({ ...DRAFT, subject: 'Thank you', body: 'Dear Priya,' }),
  importCards: () => ({
    interviews: [
      { details: sampleDetails({ company: 'Contoso' }), stage: 'thank-you', outcome: null },
      { details: sampleDetails(), stage: 'closed', outcome: 'offer' },
    ],
  }),
  finishOnboarding: () => ({ settings: emptyStore('Europe/Berlin').settings, sampleBoard: false }),
}
const DRAFT = { id: CARD_ID, stage: 'thank-you', interviewerId: 'iv-1', channel: 'email' }
const validRequest = (method: Method): unknown => VALID_REQUESTS[method]?.()

type Path = Array<string | number>
/** Every place in a request a mutation can hit: the root, each container and each leaf. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at]
  return [at, ...Object.keys(value).flatMap((key) => pathsOf((value as never)[key], [...at, key]))]
}

interface Mutation {
  where: number
  kind: 'replace' | 'delete' | 'extra'
  key: string
  value: unknown
}
const mutation = fc.record<Mutation>({
  where: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'extra'),
  key: extraKey,
  value: hostileValue,
})

/**
 * Applies mutations at places in a copy of the valid request. Only the copy is changed: a place
 * that a previous mutation replaced with a hostile value (shared between runs) is skipped.
 */
function mutate(request: unknown, mutations: Mutation[]): unknown {
  const paths = pathsOf(request)
  let root = structuredClone(request)
  const own = new Set<unknown>()
  const collect = (node: unknown) => {
    if (node === null || typeof node !== 'object') return
    own.add(node)
    for (const child of Object.values(node)) collect(child)
  }
  collect(root)
  for (const m of mutations) {
    const path = paths[m.where % paths.length]!
    const last = path.at(-1)
    let parent: unknown = root
    for (const key of path.slice(0, -1))
      parent = own.has(parent) ? (parent as never)[key] : undefined
    if (last !== undefined && !own.has(parent)) continue
    const node = parent as Record<string, unknown>
    const target = last === undefined ? root : node[last]
    if (m.kind === 'extra' && own.has(target)) {
      Object.defineProperty(target, m.key, {
        value: m.key === '__proto__' ? PROTO_PAYLOAD() : m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    } else if (last === undefined) {
      root = m.kind === 'delete' ? undefined : m.value
    } else if (m.kind === 'delete') {
      delete node[last]
    } else {
      node[last] = m.value
    }
  }
  return root
}

function payloads(method: Method): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(mutation, { minLength: 1, maxLength: 3 })
        .map((ms) => mutate(validRequest(method), ms)),
    },
    { weight: 2, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant(null).map(() => validRequest(method)) },
  )
}

// ---- the harness ------------------------------------------------------------------------------

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype]
/** Every own property of the built-in prototypes, by name and value: pollution adds or replaces one. */
const prototypeState = () =>
  prototypes.flatMap((proto) =>
    Reflect.ownKeys(proto).map((key) => {
      const { value, get, set } = Object.getOwnPropertyDescriptor(proto, key)!
      return [proto, key, value ?? get, set] as const
    }),
  )
const prototypeChanges = (before: ReturnType<typeof prototypeState>) => {
  const after = prototypeState()
  const same = (a: (typeof after)[number], b: (typeof after)[number]) =>
    a.every((v, i) => v === b[i])
  return after.length === before.length && after.every((entry, i) => same(entry, before[i]!))
    ? []
    : after.filter((entry) => !before.some((old) => same(old, entry))).map((e) => String(e[1]))
}

interface Harness {
  services: FootholdServices
  file: string
  errors: unknown[]
  check(method: Method, payload: unknown): Promise<void>
}

let running: FootholdServices | null = null
afterEach(async () => {
  await running?.stop()
  running = null
})

async function harness(): Promise<Harness> {
  const folder = await tempFolder()
  const file = join(folder, STORE_FILE_NAME)
  const seeded = emptyStore('Europe/Berlin')
  seeded.cards.push(createCard(sampleDetails(), CARD_ID, new Date(START - 86_400_000)))
  await writeFile(file, JSON.stringify(seeded))
  let tick = 0
  const errors: unknown[] = []
  const services = await startServices({
    dataFolder: folder,
    emit: () => undefined,
    clock: { now: () => new Date(START + tick++ * 1000) },
    defaultTimeZone: 'Europe/Berlin',
    logError: (error) => void errors.push(error),
    // Timers are recorded, never run: the scheduler plans, but nothing fires mid-test.
    timers: { setTimeout: () => ({}), clearTimeout: () => undefined },
    diskCheckMs: 0,
  })
  running = services
  const { dispatch, store } = services
  const prototypesBefore = prototypeState()

  /** Puts the card back when a payload deleted it, so later payloads still reach the handlers. */
  async function keepCard(): Promise<void> {
    if (store.data.cards.some((card) => card.id === CARD_ID)) return
    const restored = await dispatch('restoreCard', { id: CARD_ID })
    expect(restored.ok, 'restoring the deleted card').toBe(true)
  }

  async function check(method: Method, payload: unknown): Promise<void> {
    await keepCard()
    await store.flush()
    const bytesBefore = await readFile(file)
    const dataBefore = structuredClone(store.data)
    const result = await dispatch(method, payload)
    tried++
    // The answer goes back over IPC: it must survive a structured clone.
    expect(() => structuredClone(result)).not.toThrow()
    if (result.ok) {
      accepted++
      await store.flush()
      const saved = parseStoreText(await readFile(file, 'utf8'))
      expect(saved.ok, 'the data file stays valid').toBe(true)
    } else {
      expect(ERROR_CODES).toContain(result.error.code)
      expect(result.error.code, result.error.message).not.toBe('internal')
      expect(result.error.message.length).toBeGreaterThan(0)
      expect(result.error.message.length).toBeLessThan(300)
      expect(result.error.message).not.toMatch(/\bat .*\.(ts|js):\d+/)
      await store.flush()
      expect((await readFile(file)).equals(bytesBefore), 'the data file is untouched').toBe(true)
      expect(store.data).toEqual(dataBefore)
    }
    expect(errors).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(prototypeChanges(prototypesBefore)).toEqual([])
  }

  return { services, file, errors, check }
}

describe('every IPC method under hostile input', () => {
  let started = 0
  beforeAll(() => void (started = performance.now()))
  afterAll(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `Hostile input: ${tried} payloads over ${METHODS.length} IPC methods in ${seconds} s ` +
        `(${accepted} valid and answered, ${tried - accepted} refused with a typed error)`,
    )
  })

  it.each(METHODS.map((method) => [method]))('%s: random and mutated payloads', async (method) => {
    const { check } = await harness()
    await fc.assert(
      fc.asyncProperty(payloads(method), (payload) => check(method, payload)),
      { numRuns: RUNS_PER_METHOD },
    )
  })

  it.each(METHODS.map((method) => [method]))(
    '%s: a 10 MB string, 10,000 levels of nesting and a __proto__ key in every field',
    async (method) => {
      const { check } = await harness()
      const request = validRequest(method)
      for (const [where] of pathsOf(request).entries()) {
        for (const value of [HUGE, DEEP_OBJECT, DEEP_ARRAY]) {
          await check(method, mutate(request, [{ where, kind: 'replace', key: '', value }]))
        }
        await check(method, mutate(request, [{ where, kind: 'extra', key: '__proto__', value: 0 }]))
      }
    },
  )

  it('unknown methods are refused without reaching a handler', async () => {
    const { services } = await harness()
    expect(await services.dispatch(null, { id: CARD_ID })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
  })

  it('keeps a refusal short and does not echo the unknown keys it was sent', async () => {
    const { services } = await harness()
    const settings = emptyStore('Europe/Berlin').settings
    const keys = Array.from({ length: 60 }, (_, i) => `injected-key-${i}-${'k'.repeat(40)}`)
    const cadence = Object.fromEntries([
      ...Object.entries(settings.cadence),
      ...keys.map((key) => [key, 1]),
    ])
    const manyKeys = await services.dispatch('updateSettings', {
      settings: { ...settings, cadence },
    })
    expect(manyKeys).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: '60 unexpected fields',
        field: 'settings.cadence',
      },
    })
    const oneKey = await services.dispatch('deleteCard', { id: CARD_ID, [HUGE]: true })
    expect(oneKey).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Unexpected field' },
    })
  })

  it('starts every method it has a request for from one its contract accepts', () => {
    const untemplated: Method[] = []
    for (const method of METHODS) {
      const request = validRequest(method)
      const parsed = contract[method].request.safeParse(request)
      if (request === undefined && !parsed.success) untemplated.push(method)
      else expect(parsed.success, `the valid ${method} request in VALID_REQUESTS`).toBe(true)
    }
    // A method without an entry still meets random payloads, but its handler is rarely reached.
    if (untemplated.length > 0) {
      console.warn(
        `Hostile input: no valid request for ${untemplated.join(', ')} (add to VALID_REQUESTS)`,
      )
    }
  })
})
