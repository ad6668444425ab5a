import { describe, expect, it } from 'vitest'
import { buildDraft, buildDrafts, clip } from './build'
import { COMPLETE_CARD, COMPLETE_SETTINGS, interviewer, SPARSE_CARD } from './test-fixtures'

const NOW = new Date('2026-11-25T09:00:00Z')

describe('buildDrafts', () => {
  it('makes one draft per interviewer, on each one’s preferred channel', () => {
    const drafts = buildDrafts(COMPLETE_CARD, COMPLETE_SETTINGS, 'check-in', NOW)
    expect(
      drafts.map(({ interviewerId, channel, key, to }) => ({ interviewerId, channel, key, to })),
    ).toEqual([
      {
        interviewerId: 'iv-1',
        channel: 'email',
        key: 'check-in/email/formal',
        to: 'priya@northwind.example',
      },
      {
        interviewerId: 'iv-2',
        channel: 'call',
        key: 'check-in/call/formal',
        to: '+44 20 7946 0000',
      },
    ])
    expect(drafts[0]).toMatchObject({
      cardId: 'card-1',
      interviewerName: 'Priya Raman',
      stage: 'check-in',
      tone: 'formal',
      custom: false,
      company: 'Northwind Analytics',
      position: 'Senior Data Engineer',
      topics: COMPLETE_CARD.topics,
      missing: [],
      shortened: null,
    })
    expect(drafts[0]!.subject).toBe('Next steps for the Senior Data Engineer role – Alex Morgan')
    expect(drafts[0]!.body).toMatch(/^Dear Priya Raman,\n\n/)
    expect(drafts[1]!.subject).toBe('')
    expect(drafts[1]!.body).toMatch(/^Hello Tomás Okafor, this is Alex Morgan\./)
  })

  it('makes a LinkedIn note for an interviewer who prefers LinkedIn', () => {
    const card = { ...COMPLETE_CARD, interviewers: [interviewer({ preferredChannel: 'linkedin' })] }
    const [draft] = buildDrafts(card, COMPLETE_SETTINGS, 'thank-you', NOW)
    expect(draft).toMatchObject({
      channel: 'linkedin',
      subject: '',
      to: card.interviewers[0]!.linkedinUrl,
    })
  })

  it('makes a LinkedIn note as an alternative on request', () => {
    const drafts = buildDrafts(COMPLETE_CARD, COMPLETE_SETTINGS, 'thank-you', NOW, {
      channels: { 'iv-2': 'linkedin' },
    })
    expect(drafts.map((d) => d.channel)).toEqual(['email', 'linkedin'])
  })

  it('takes the card’s tone unless told otherwise', () => {
    expect(
      buildDrafts({ ...COMPLETE_CARD, tone: 'casual' }, COMPLETE_SETTINGS, 'final', NOW)[0]!.key,
    ).toBe('final/email/casual')
    expect(
      buildDrafts(COMPLETE_CARD, COMPLETE_SETTINGS, 'final', NOW, { tone: 'casual' })[0]!.body,
    ).toMatch(/^Hi Priya,/)
  })

  it('uses the topics discussed with each interviewer when given', () => {
    const drafts = buildDrafts(COMPLETE_CARD, COMPLETE_SETTINGS, 'thank-you', NOW, {
      topics: { 'iv-2': ['Kafka consumer lag'] },
    })
    expect(drafts[0]!.body).toContain('migrating the nightly batch jobs')
    expect(drafts[1]!.body).toContain('Kafka consumer lag')
    expect(drafts[1]!.body).not.toContain('migrating')
    expect(drafts[1]!.topics).toEqual(['Kafka consumer lag'])
  })

  it('uses the person’s own template, and the default for the other keys', () => {
    const settings = {
      ...COMPLETE_SETTINGS,
      templates: {
        'thank-you/email/formal': {
          subject: '{position}: thanks',
          body: 'Thanks, {interviewerFirstName}!',
        },
      },
    }
    const [email, call] = buildDrafts(COMPLETE_CARD, settings, 'thank-you', NOW)
    expect(email).toMatchObject({
      subject: 'Senior Data Engineer: thanks',
      body: 'Thanks, Priya!',
      custom: true,
    })
    expect(call!.custom).toBe(false)
  })

  it('builds the stay-in-touch note for a closed card', () => {
    const [draft] = buildDrafts(COMPLETE_CARD, COMPLETE_SETTINGS, 'closed', NOW)
    expect(draft!.subject).toBe(
      'Keeping in touch after the Senior Data Engineer interview – Alex Morgan',
    )
  })

  it('makes nothing for a card without interviewers', () => {
    expect(
      buildDrafts({ ...SPARSE_CARD, interviewers: [] }, COMPLETE_SETTINGS, 'thank-you', NOW),
    ).toEqual([])
  })
})

describe('LinkedIn notes', () => {
  const card = { ...COMPLETE_CARD, interviewers: [interviewer({ preferredChannel: 'linkedin' })] }
  const one = (templates = {}) =>
    buildDraft(card, card.interviewers[0]!, { ...COMPLETE_SETTINGS, templates }, 'check-in', NOW)

  it('drop the second topic first when two do not fit', () => {
    const draft = one()
    expect(draft.body.length).toBeLessThanOrEqual(300)
    expect(draft.body).toContain('migrating the nightly batch jobs to streaming.')
    expect(draft.body).not.toContain('on-call')
    expect(draft.shortened).toEqual({ originalLength: expect.any(Number) })
    expect(draft.shortened!.originalLength).toBeGreaterThan(300)
  })

  it('cut an over-long custom note at a word, with an ellipsis', () => {
    const body = `Hi {interviewerFirstName}, ${'so good to meet you. '.repeat(30)}`
    const draft = one({ 'check-in/linkedin/formal': { subject: '', body } })
    expect(draft.body.length).toBeLessThanOrEqual(300)
    expect(draft.body).toMatch(/^Hi Priya, so good to meet you\. .* (so|good|to|meet|you)…$/)
  })

  it('are left alone when they fit', () => {
    const draft = one({
      'check-in/linkedin/formal': { subject: '', body: 'Hi {interviewerFirstName}' },
    })
    expect(draft).toMatchObject({ body: 'Hi Priya', shortened: null })
  })
})

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['one two three four', 12, 'one two…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
    ['one, two, three', 11, 'one, two…'],
    ['ab😀cd', 4, 'ab…'],
  ])('%j to %i → %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected)
    expect(clip(text, max).length).toBeLessThanOrEqual(max)
  })
})
