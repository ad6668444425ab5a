import { describe, expect, it } from 'vitest'
import type { Draft } from './build'
import type { LintRule } from './lint'
import { countWords, lintDraft } from './lint'
import { draft } from './test-fixtures'

const rulesOf = (d: Draft, others: Draft[] = []) =>
  lintDraft(d, { otherDrafts: others }).map((f) => f.rule)
const only = (rule: LintRule, d: Draft, others: Draft[] = []) =>
  lintDraft(d, { otherDrafts: others }).filter((f) => f.rule === rule)

const body = (text: string) =>
  draft({
    body: `Dear Priya,\n\nThank you for our talk about the move to streaming. ${text}\n\nAlex`,
  })

describe('lintDraft', () => {
  it('finds nothing in a good draft', () => {
    expect(lintDraft(draft())).toEqual([])
  })

  it('puts warnings before hints', () => {
    const findings = lintDraft(draft({ to: '', subject: 'Hi', topics: [] }))
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'info'])
  })
})

describe('placeholders left in the text', () => {
  it('reports an unfilled one with where it is and what to do', () => {
    const d = draft({ body: 'Dear Priya, about {topics}.' })
    expect(only('unfilled-placeholder', d)).toEqual([
      {
        rule: 'unfilled-placeholder',
        severity: 'warning',
        message: expect.stringContaining('Add what you talked about'),
        range: { field: 'body', start: 18, end: 26 },
      },
    ])
  })

  it.each(['{firstName}', '{?topics}', '{/topics}'])('reports %s as unknown', (token) => {
    const d = draft({ subject: `Thanks ${token} for the Senior Data Engineer chat` })
    expect(only('unknown-placeholder', d)).toEqual([
      expect.objectContaining({ range: { field: 'subject', start: 7, end: 7 + token.length } }),
    ])
  })

  it('leaves ordinary braces and brackets alone', () => {
    expect(rulesOf(body('I wrote { "a": 1 } and [notes] for you.'))).toEqual([])
  })
})

describe('missing details', () => {
  it('turns each detail the card lacked into a hint', () => {
    const findings = only(
      'missing-detail',
      draft({ missing: ['decisionDate', 'yourName', 'signature', 'topics'] }),
    )
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('decision date'),
      expect.stringContaining('your name in Settings'),
    ])
    expect(findings.every((f) => f.severity === 'info')).toBe(true)
  })

  it('mentions a missing signature when the name is there', () => {
    expect(only('missing-detail', draft({ missing: ['signature'] }))).toHaveLength(1)
  })
})

describe('personal detail', () => {
  // prettier-ignore
  it.each([
    ['no topics on the card', { topics: [] }, 'Nothing in this note is specific'],
    ['topics not mentioned', { topics: ['Kafka consumer lag'] }, 'does not mention anything'],
  ])('warns when there are %s', (_what, overrides, message) => {
    expect(only('no-personal-detail', draft(overrides))).toEqual([
      { rule: 'no-personal-detail', severity: 'warning', message: expect.stringContaining(message) },
    ])
  })

  it.each([
    ['the topic as written', ['The move to streaming']],
    ['its first words, as a clipped note has them', ['The move to streaming and Kafka lag']],
    ['one topic out of several', ['Kafka', 'the MOVE to   streaming']],
  ])('is satisfied by %s', (_what, topics) => {
    expect(only('no-personal-detail', draft({ topics }))).toEqual([])
  })
})

describe('negative and pushy phrases', () => {
  // prettier-ignore
  it.each([
    'I haven’t heard from you since.',
    "I haven't heard back yet.",
    'We have not heard anything.',
    'You never replied to me.',
    'There is no response yet.',
    'Just checking in again on this.',
    'I am following up again.',
    'As I said, I am keen.',
    'As previously mentioned, I am keen.',
    'Per my last email, I am keen.',
    'PER MY PREVIOUS MESSAGE',
    'Any update?',
    'any updates ?',
    'Any news?',
    'I am still waiting for a reply.',
    'A friendly reminder about the role.',
    'Bumping this to the top.',
    'Please answer ASAP.',
    'I need an answer by Friday.',
    'Why haven’t you called?',
    'I was disappointed.',
  ])('flags %j, with its place', (phrase) => {
    const d = body(phrase)
    const [finding, ...rest] = only('negative-phrase', d)
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ severity: 'warning', range: { field: 'body' } })
    const { start, end } = finding!.range!
    expect(phrase.toLowerCase()).toContain(d.body.slice(start, end).toLowerCase())
    expect(finding!.message).toContain(d.body.slice(start, end))
  })

  // prettier-ignore
  it.each([
    'I wanted to check in on the process.',
    'I look forward to hearing from you.',
    'Is there any news you can share?',
    'As I mentioned in the interview, I led the migration.',
    'I have been waiting patiently.',
    'Could you update me on the next step?',
  ])('leaves %j alone', (phrase) => {
    expect(only('negative-phrase', body(phrase))).toEqual([])
  })

  it('finds phrases in the subject too, in order', () => {
    const d = draft({
      subject: 'Any update? Senior Data Engineer',
      body: 'As I said. Per my last email.',
    })
    expect(only('negative-phrase', d).map((f) => [f.range!.field, f.range!.start])).toEqual([
      ['subject', 0],
      ['body', 0],
      ['body', 11],
    ])
  })
})

describe('length', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')

  // prettier-ignore
  it.each([
    ['an email body', { channel: 'email', body: `the move to streaming ${words(196)}` }, false],
    ['an email body', { channel: 'email', body: `the move to streaming ${words(197)}` }, true],
    ['a call script', { channel: 'call', body: `the move to streaming ${words(126)}` }, false],
    ['a call script', { channel: 'call', body: `the move to streaming ${words(127)}` }, true],
    ['a LinkedIn note', { channel: 'linkedin', body: 'the move to streaming'.padEnd(300, '.') }, false],
    ['a LinkedIn note', { channel: 'linkedin', body: 'the move to streaming'.padEnd(301, '.') }, true],
  ] as const)('%s: too long is %s', (_what, overrides, flagged) => {
    expect(only('too-long', draft(overrides)).map((f) => f.severity)).toEqual(flagged ? ['warning'] : [])
  })

  it('hints at a subject inboxes would cut off', () => {
    const subject = `Thank you for the Senior Data Engineer interview – ${'Alexandra '.repeat(4)}`
    expect(only('too-long', draft({ subject })).map((f) => f.severity)).toEqual(['info'])
  })

  it('says when a note was shortened to fit', () => {
    expect(
      only(
        'shortened',
        draft({ channel: 'linkedin', subject: '', shortened: { originalLength: 412 } }),
      ),
    ).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('412') }),
    ])
  })

  it('counts words, not spaces or punctuation', () => {
    expect(countWords('  Hi Priya — it’s me, on-call!  ')).toBe(5)
  })
})

describe('shouting', () => {
  // prettier-ignore
  it.each([
    ['I AM SO EXCITED about it', 'AM SO EXCITED'],
    ['THANK YOU for this', 'THANK YOU'],
    ['I am REALLY keen', 'REALLY'],
    ['THANK YOU. I AM KEEN', 'THANK YOU. I AM KEEN'],
    ['Great talk!!', '!!'],
    ['What a day!!!', '!!!'],
  ])('flags %j', (text, shouted) => {
    const d = body(text)
    const [finding, ...rest] = only('shouting', d)
    expect(rest).toEqual([])
    expect(d.body.slice(finding!.range!.start, finding!.range!.end)).toBe(shouted)
  })

  it('flags several exclamation marks spread out', () => {
    expect(only('shouting', body('Great! Really great! Thanks!'))).toEqual([
      expect.objectContaining({ message: expect.stringContaining('3 exclamation marks') }),
    ])
  })

  // prettier-ignore
  it.each([
    'We used SQL and AWS ETL jobs.',
    'I enjoyed it! Thanks.',
    'I know A and B.',
    'The NASA project.',
    'A REST API in Go.',
  ])('leaves %j alone', (text) => {
    expect(only('shouting', body(text))).toEqual([])
  })

  it('leaves the card’s own capitals alone, even clipped', () => {
    const d = draft({
      company: 'ACME INDUSTRIAL HOLDINGS',
      topics: ['The move to streaming'],
      body: 'About the move to streaming at ACME INDUSTRIAL HOLDINGS and ACME INDUS…',
    })
    expect(only('shouting', d)).toEqual([])
  })
})

describe('subject', () => {
  it('warns about a missing subject on an email only', () => {
    expect(rulesOf(draft({ subject: '  ' }))).toEqual(['missing-subject'])
    expect(rulesOf(draft({ channel: 'call', subject: '' }))).toEqual([])
  })

  // prettier-ignore
  it.each(['Following up', 'Follow-up', 'Checking in…', 'Hi', 'Hello!', 'Thank you', 'Thank You for the Interview',
    'Job interview', 'Any update?', 'Re: Following up', 'RE: FWD: checking in', 'Status update'])(
    'calls %j generic', (subject) => {
      expect(only('generic-subject', draft({ subject }))).toEqual([
        expect.objectContaining({ severity: 'warning', range: { field: 'subject', start: 0, end: subject.length } }),
      ])
    },
  )

  it('hints when a subject does not name the position', () => {
    expect(
      only('generic-subject', draft({ subject: 'Our talk on Tuesday – Alex Morgan' })).map(
        (f) => f.severity,
      ),
    ).toEqual(['info'])
  })

  it.each([
    'Following up on the Senior Data Engineer role – Alex Morgan',
    'senior data engineer interview',
  ])('accepts %j', (subject) => {
    expect(only('generic-subject', draft({ subject }))).toEqual([])
  })
})

describe('identical bodies', () => {
  const tomas = (overrides: Partial<Draft> = {}) =>
    draft({ interviewerId: 'iv-2', interviewerName: 'Tomás Okafor', ...overrides })

  it('warns when two interviewers would get exactly the same text', () => {
    expect(only('identical-body', draft(), [tomas()])).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('Tomás Okafor'),
      }),
    ])
  })

  it('hints when the notes differ only by the name', () => {
    const mine = draft({ body: 'Dear Priya Raman, thanks, Priya.' })
    const theirs = tomas({ body: 'Dear Tomás Okafor, thanks, Tomás.' })
    expect(only('identical-body', mine, [theirs]).map((f) => f.severity)).toEqual(['info'])
  })

  it('does not compare a draft with itself or with different text', () => {
    expect(only('identical-body', draft(), [draft()])).toEqual([])
    expect(only('identical-body', draft(), [tomas({ body: 'Dear Tomás, about Kafka.' })])).toEqual(
      [],
    )
  })
})

describe('recipient', () => {
  it.each([
    ['email', 'email address'],
    ['call', 'phone number'],
    ['linkedin', 'LinkedIn profile'],
  ] as const)('hints when a %s has nobody to go to', (channel, what) => {
    expect(only('no-recipient', draft({ channel, to: ' ' }))).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining(what) }),
    ])
  })
})

describe('the exact span a finding highlights', () => {
  const PREFIX = 'Dear Priya,\n\nThank you for our talk about the move to streaming. '

  // prettier-ignore
  it.each([
    ["I haven't heard back yet.", "haven't heard back"],
    ['We have not heard anything.', 'have not heard anything'],
    ['You never replied to me.', 'You never replied'],
    ['There is no response yet.', 'no response yet'],
    ['Just checking in again on this.', 'Just checking in again'],
    ['I am following up again.', 'following up again'],
    ['As I said, I am keen.', 'As I said'],
    ['As previously mentioned, I am keen.', 'As previously mentioned'],
    ['Per my last email, I am keen.', 'Per my last email'],
    ['PER MY PREVIOUS MESSAGE', 'PER MY PREVIOUS MESSAGE'],
    ['Any update?', 'Any update?'],
    ['any updates ?', 'any updates ?'],
    ['I am still waiting for a reply.', 'still waiting for'],
    ['A friendly reminder about the role.', 'friendly reminder'],
    ['Bumping this to the top.', 'Bumping this'],
    ['Please answer ASAP.', 'ASAP'],
    ['I need an answer by Friday.', 'I need an answer'],
    ['Why haven’t you called?', 'Why haven’t'],
    ['I was disappointed.', 'disappointed'],
  ])('in %j: exactly %j', (phrase, highlighted) => {
    const [finding] = only('negative-phrase', body(phrase))
    const start = PREFIX.length + phrase.indexOf(highlighted)
    expect(finding!.range).toEqual({ field: 'body', start, end: start + highlighted.length })
    expect(finding!.message.startsWith(`“${highlighted}” may land badly`)).toBe(true)
  })

  it('counts in UTF-16 code units, as the editor does, after an emoji or an accent', () => {
    const d = draft({ body: '🙂 Café team — as I said, thanks.' })
    const [finding] = only('negative-phrase', d)
    expect(finding!.range).toEqual({ field: 'body', start: 15, end: 24 })
    expect(d.body.slice(15, 24)).toBe('as I said')
  })

  it('each of several places, in the subject and the body, on its own', () => {
    const d = draft({
      subject: 'Senior Data Engineer: {topics} and {nope}',
      body: 'Hi {yourName}, THANK YOU SO MUCH!! The move to streaming.',
    })
    const ranges = lintDraft(d)
      .filter((f) => f.range)
      .map((f) => [f.rule, f.range!.field, f.range!.start, f.range!.end])
    expect(ranges).toEqual(
      expect.arrayContaining([
        ['unfilled-placeholder', 'subject', 22, 30],
        ['unknown-placeholder', 'subject', 35, 41],
        ['unfilled-placeholder', 'body', 3, 13],
        ['shouting', 'body', 15, 32],
        ['shouting', 'body', 32, 34],
      ]),
    )
  })
})
