import { execFileSync, spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCard, moveCard } from '@shared/domain/board'
import { boardToCsv } from '@shared/export/csv'
import { followUpsCalendar } from '@shared/export/ics'
import { defaultCadence } from '@shared/domain/cadence-settings'
import { parseCsv } from '@shared/import/csv-parse'
import { sampleDetails } from '@shared/test-support/sample-details'
import { useTempFolders } from '../test-support/temp-folder'

// The exports as independent programs read them: Python's csv module and icalendar package, and
// LibreOffice Calc. Each test runs where its program is installed and says so when it is not
// (on Debian and Ubuntu: apt-get install python3 python3-icalendar libreoffice-calc).

const tempFolder = useTempFolders()
const AT = new Date('2026-10-01T12:00:00Z')
const settings = { timeZone: 'America/New_York', cadence: defaultCadence() }
const person = sampleDetails().interviewers[0]!

const cards = [
  createCard(
    sampleDetails({
      company: 'Plain;=1+1',
      position: "'=mine",
      decisionDate: '2026-11-27',
      topics: ['Kafka; Flink', 'Batch, then streaming'],
      notes: 'Line one\n- line two, "quoted"\n\tindented',
      interviewers: [
        { ...person, name: 'Raman, Priya', phone: '+1 212 555 0100', preferredChannel: 'phone' },
        { ...person, id: 'iv-2', name: 'Lee; Sam', email: 'sam@northwind.example' },
      ],
      // 01:30 EDT to 01:15 EST, in the hour the clocks go back.
      time: {
        start: '2026-11-01T05:30:00.000Z',
        end: '2026-11-01T06:15:00.000Z',
        timeZone: 'America/New_York',
      },
    }),
    'card-1',
    AT,
  ),
]

/** The first Python that can import `modules`, or null. */
function python(...modules: string[]): string | null {
  for (const command of ['python3', '/usr/bin/python3']) {
    const run = spawnSync(command, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' })
    if (run.status === 0) return command
  }
  return null
}

/** What a Python script printed as JSON, given the file to read. */
async function runPython<T>(command: string, script: string, file: string, text: string) {
  await writeFile(file, text)
  return JSON.parse(execFileSync(command, ['-c', script, file], { encoding: 'utf8' })) as T
}

const found = (command: string) =>
  spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0

const withCsv = python('csv', 'json')
const withIcalendar = python('icalendar', 'json')
const libreOffice = found('libreoffice') ? 'libreoffice' : null

describe('the CSV export read by other programs', () => {
  it.skipIf(!withCsv)(
    'Python’s csv module reads the very cells Foothold’s import reads',
    async () => {
      const text = boardToCsv(cards, { ...settings, bom: true })
      const script =
        'import csv, json, sys\n' +
        'with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:\n' +
        '    print(json.dumps(list(csv.reader(f))))\n'
      const file = join(await tempFolder(), 'interviews.csv')
      const rows = await runPython<string[][]>(withCsv!, script, file, text)
      const ours = parseCsv(text)
      expect(ours.ok && [ours.table.headers, ...ours.table.rows]).toEqual(rows)
    },
  )

  it.skipIf(!libreOffice)(
    'LibreOffice reads its times as dates with “Detect special numbers” ticked, as text without',
    async () => {
      const folder = await tempFolder()
      await writeFile(join(folder, 'interviews.csv'), boardToCsv(cards, { ...settings, bom: true }))
      // CSV filter options: comma, double quote, UTF-8, from line 1, no column types, en-US,
      // quoted fields not forced to text, and then "Detect special numbers".
      const typesOf = async (detect: boolean) => {
        const options = `CSV:44,34,76,1,,1033,false,${detect}`
        execFileSync(
          libreOffice!,
          [
            `-env:UserInstallation=file://${folder}/profile`,
            '--headless',
            `--infilter=${options}`,
            '--convert-to',
            'fods',
            '--outdir',
            folder,
            join(folder, 'interviews.csv'),
          ],
          { stdio: 'ignore', timeout: 100_000 },
        )
        const xml = await readFile(join(folder, 'interviews.fods'), 'utf8')
        const row = xml.split('<table:table-row')[2]!
        return [...row.matchAll(/<table:table-cell([^>]*?)(\/?)>/g)].flatMap(([, attributes]) => {
          const repeated = Number(
            /table:number-columns-repeated="(\d+)"/.exec(attributes!)?.[1] ?? 1,
          )
          const type = /office:value-type="(\w+)"/.exec(attributes!)?.[1] ?? 'empty'
          return Array<string>(repeated).fill(type)
        })
      }
      const ticked = await typesOf(true)
      // Start, end and next follow-up due are date-times; the decision date is a date.
      expect([ticked[4], ticked[6], ticked[11], ticked[13]]).toEqual([
        'date',
        'date',
        'date',
        'date',
      ])
      // The offsets, the apostrophe-marked cells and the lists stay text.
      expect([ticked[0], ticked[1], ticked[5], ticked[10], ticked[16]]).toEqual(
        Array(5).fill('string'),
      )
      const defaults = await typesOf(false)
      expect([defaults[4], defaults[6], defaults[13]]).toEqual(['string', 'string', 'string'])
      expect(defaults[11]).toBe('date')
    },
    120_000,
  )
})

describe('the calendar export read by other programs', () => {
  it.skipIf(!withIcalendar)(
    'Python’s icalendar reads every event, with its phone and times',
    async () => {
      const checkIn = moveCard(cards[0]!, 'check-in', null, AT)
      const { text } = followUpsCalendar([cards[0]!, { ...checkIn, id: 'card-2' }], settings, AT)
      const script =
        'import icalendar, json, sys\n' +
        'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())\n' +
        'print(json.dumps([{"uid": str(e["uid"]), "summary": str(e["summary"]),\n' +
        '  "description": str(e["description"]), "start": e["dtstart"].dt.isoformat()}\n' +
        '  for e in cal.walk("vevent")]))\n'
      const file = join(await tempFolder(), 'follow-ups.ics')
      type Event = { uid: string; summary: string; description: string; start: string }
      const events = await runPython<Event[]>(withIcalendar!, script, file, text)
      expect(events.map((e) => e.uid)).toEqual([
        'card-1:thank-you:iv-1@foothold.app',
        'card-1:thank-you:iv-2@foothold.app',
        'card-2:check-in:iv-1@foothold.app',
        'card-2:check-in:iv-2@foothold.app',
      ])
      expect(events[0]!.summary).toBe("Thank Raman, Priya — Plain;=1+1, '=mine")
      expect(events[2]!.description).toContain('\nPhone: +1 212 555 0100\n')
      expect(events.every((e) => e.start.endsWith('+00:00'))).toBe(true)
    },
  )
})
