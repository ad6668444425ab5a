import { describe, expect, it } from 'vitest'
import { defaultCadence } from '@shared/domain/cadence-settings'
import { sendAndAdvance } from '@shared/cadence/advance'
import { planCard } from '@shared/cadence/plan'
import { createCard, moveCard } from '@shared/domain/board'
import { saveDraftEdit } from '@shared/domain/draft-edits'
import type { Interviewer } from '@shared/domain/interview'
import type { Card } from '@shared/domain/card'
import { LINKEDIN_NOTE_LIMIT } from '@shared/drafts'
import { sampleDetails } from '@shared/test-support/sample-details'
import {
  draftChannel,
  dueDrafts,
  dueForKey,
  findingsSummary,
  mailAppBlocker,
  noteCounter,
  pickDue,
  recipientLine,
  saveIntent,
  saveStatusText,
  savedEdit,
  shownDraft,
  templateDraft,
} from './draft-view'

const NOW = new Date('2026-11-18T09:00:00Z')
const SETTINGS = { yourName: 'Alex Morgan', signature: 'Alex Morgan' }
const BERLIN = { timeZone: 'Europe/Berlin' }

const priya: Interviewer = {
  id: 'priya',
  name: 'Priya Raman',
  title: 'Engineering Manager',
  email: 'priya@northwind.example',
  phone: '',
  linkedinUrl: 'https://www.linkedin.com/in/priya-raman/',
  preferredChannel: 'email',
}
const tom: Interviewer = {
  ...priya,
  id: 'tom',
  name: 'Tom Becker',
  email: '',
  phone: '+49 30 1234',
  preferredChannel: 'phone',
}

function card(overrides: Partial<Card> = {}): Card {
  const created = createCard(
    sampleDetails({ interviewers: [priya, tom] }),
    'card-1',
    new Date('2026-11-17T15:00:00Z'),
  )
  return { ...created, ...overrides }
}

const plan = (c: Card, cadence = defaultCadence()) => planCard(c, c.followUps, BERLIN, cadence)

function template(
  c: Card,
  interviewer: Interviewer,
  channel = draftChannel(c, c.stage, interviewer),
) {
  return templateDraft({
    card: c,
    interviewer,
    settings: SETTINGS,
    stage: c.stage,
    now: NOW,
    channel,
    tone: c.tone,
  })
}

describe('dueDrafts', () => {
  it('lists one draft per interviewer still to write to, in the card’s order', () => {
    const c = card()
    expect(dueDrafts(plan(c), c).map((d) => [d.interviewer.name, d.item.stage])).toEqual([
      ['Priya Raman', 'thank-you'],
      ['Tom Becker', 'thank-you'],
    ])
  })

  it('leaves out who has been sent theirs', () => {
    const c = card()
    const next = sendAndAdvance(c, c.followUps, 'thank-you', ['priya'], NOW)
    const sent = { ...next.card, followUps: next.followUps }
    expect(dueDrafts(plan(sent), sent).map((d) => d.interviewer.id)).toEqual(['tom'])
  })

  it('leaves out the suggestion to close after the final message', () => {
    const c = moveCard(card(), 'final', null, NOW)
    const items = plan(c)
    expect(items.some((i) => i.kind === 'close-suggestion')).toBe(true)
    expect(dueDrafts(items, c)).toHaveLength(2)
  })

  it('offers the stay-in-touch note on a closed card only when it is switched on', () => {
    const c = moveCard(card(), 'closed', 'rejected', NOW)
    expect(dueDrafts(plan(c), c)).toEqual([])
    const nudging = { ...defaultCadence(), stayInTouchEnabled: true }
    expect(dueDrafts(plan(c, nudging), c).map((d) => d.item.stage)).toEqual(['closed', 'closed'])
  })

  it('skips an item whose interviewer is no longer on the card', () => {
    const c = card()
    expect(dueDrafts(plan(c), { interviewers: [tom] }).map((d) => d.interviewer.id)).toEqual([
      'tom',
    ])
  })
})

describe('choosing the draft to show', () => {
  const c = card()
  const due = dueDrafts(plan(c), c)

  it('finds the draft a reminder points at', () => {
    expect(dueForKey(due, 'card-1:thank-you:tom')?.interviewer.id).toBe('tom')
    expect(dueForKey(due, 'card-1:check-in:tom')).toBeUndefined()
    expect(dueForKey(due, null)).toBeUndefined()
  })

  it('keeps the one picked while it is due, else falls back to the first', () => {
    expect(pickDue(due, 'tom')?.interviewer.id).toBe('tom')
    expect(pickDue(due, 'gone')?.interviewer.id).toBe('priya')
    expect(pickDue(due, null)?.interviewer.id).toBe('priya')
    expect(pickDue([], 'tom')).toBeNull()
  })
})

describe('draftChannel', () => {
  it('follows how the interviewer prefers to be reached', () => {
    const c = card()
    expect(draftChannel(c, 'thank-you', priya)).toBe('email')
    expect(draftChannel(c, 'thank-you', tom)).toBe('call')
  })

  it('opens on the channel last edited at this stage, unless another is picked', () => {
    let c = card()
    c = saveDraftEdit(c, edit('email', 'thank-you'), new Date('2026-11-18T08:00:00Z'))
    c = saveDraftEdit(c, edit('linkedin', 'thank-you'), new Date('2026-11-18T08:30:00Z'))
    c = saveDraftEdit(c, edit('call', 'check-in'), new Date('2026-11-18T08:45:00Z'))
    expect(draftChannel(c, 'thank-you', priya)).toBe('linkedin')
    expect(draftChannel(c, 'thank-you', priya, 'email')).toBe('email')
    expect(draftChannel(c, 'check-in', priya)).toBe('call')
    expect(draftChannel(c, 'final', priya)).toBe('email')
  })

  function edit(channel: 'email' | 'linkedin' | 'call', stage: 'thank-you' | 'check-in') {
    return { stage, interviewerId: 'priya', channel, subject: '', body: 'Mine' }
  }
})

describe('shownDraft', () => {
  const c = card()
  const built = template(c, priya)

  it('shows the template until the person writes their own', () => {
    expect(built.body).toMatch(/^Dear Priya Raman,/)
    expect(shownDraft(built, null, null)).toEqual({ draft: built, edited: false })
  })

  it('shows the saved edit, and what is typed over it', () => {
    const saved = { subject: 'Thanks – Alex', body: 'Dear Priya, thank you.' }
    expect(shownDraft(built, saved, null)).toMatchObject({ draft: saved, edited: true })
    const typed = { subject: 'Thanks – Alex', body: 'Dear Priya, thanks!' }
    expect(shownDraft(built, saved, typed)).toMatchObject({ draft: typed, edited: true })
  })

  it('counts text typed back to the template as the template', () => {
    const typed = { subject: built.subject, body: built.body }
    expect(shownDraft(built, null, typed).edited).toBe(false)
    expect(shownDraft(built, { subject: 'x', body: 'y' }, typed).edited).toBe(true)
  })

  it('drops the template’s notes once the text is the person’s own', () => {
    const noted = { ...built, missing: ['decisionDate' as const], shortened: { originalLength: 9 } }
    const { draft } = shownDraft(noted, null, { subject: 'S', body: 'B' })
    expect(draft).toMatchObject({ missing: [], shortened: null, subject: 'S', body: 'B' })
  })

  it('keeps a note or a script without a subject', () => {
    const note = template(c, priya, 'linkedin')
    expect(shownDraft(note, null, { subject: 'stray', body: 'Hi' }).draft.subject).toBe('')
  })

  it('finds the saved edit of the same stage, interviewer and channel', () => {
    const edited = saveDraftEdit(
      c,
      { stage: 'thank-you', interviewerId: 'priya', channel: 'email', subject: 'S', body: 'B' },
      NOW,
    )
    expect(savedEdit(edited, built)).toMatchObject({ subject: 'S', body: 'B' })
    expect(savedEdit(edited, template(edited, priya, 'linkedin'))).toBeNull()
  })
})

describe('saveIntent', () => {
  const tpl = { subject: 'Thanks', body: 'Template' }

  it('saves new wording', () => {
    expect(saveIntent({ subject: 'Thanks', body: 'Mine' }, tpl, null)).toBe('save')
    expect(saveIntent({ subject: 'Thanks', body: 'Mine 2' }, tpl, { ...tpl, body: 'Mine' })).toBe(
      'save',
    )
  })

  it('drops the saved edit when the text is the template’s again', () => {
    expect(saveIntent(tpl, tpl, { ...tpl, body: 'Mine' })).toBe('reset')
  })

  it('does nothing when that text is already what is kept', () => {
    expect(saveIntent(tpl, tpl, null)).toBe('none')
    expect(saveIntent({ ...tpl, body: 'Mine' }, tpl, { ...tpl, body: 'Mine' })).toBe('none')
  })
})

describe('saveStatusText', () => {
  it('says quietly where the text stands', () => {
    expect(saveStatusText({ kind: 'saving' }, true)).toBe('Saving…')
    expect(saveStatusText({ kind: 'saved' }, true)).toBe('Saved')
    expect(saveStatusText({ kind: 'failed', message: 'Disk full' }, true)).toBe(
      'Not saved: Disk full',
    )
    expect(saveStatusText({ kind: 'idle' }, true)).toBe('Your wording, kept with the card')
    expect(saveStatusText({ kind: 'idle' }, false)).toBe('Written from the card')
  })
})

describe('noteCounter', () => {
  it('counts up to LinkedIn’s limit, and warns past it', () => {
    expect(noteCounter('a'.repeat(120))).toMatchObject({ text: '120 / 300', over: false })
    expect(noteCounter('a'.repeat(LINKEDIN_NOTE_LIMIT)).over).toBe(false)
    expect(noteCounter('a'.repeat(312))).toEqual({
      text: '312 / 300',
      over: true,
      description: '312 of 300 characters: 12 over LinkedIn’s limit',
    })
  })
})

describe('mailAppBlocker', () => {
  it('lets an email with an address through', () => {
    expect(mailAppBlocker('email', priya)).toBeNull()
  })

  it('says why a note, a script or a missing address cannot go to the mail app', () => {
    expect(mailAppBlocker('linkedin', priya)).toMatch(/LinkedIn/)
    expect(mailAppBlocker('call', priya)).toMatch(/call script/)
    expect(mailAppBlocker('email', tom)).toBe(
      'Add Tom Becker’s email address to the card to open this in your mail app.',
    )
    expect(mailAppBlocker('email', { ...priya, email: 'a@b.example, c@d.example' })).toBe(
      'Enter one email address only.',
    )
  })
})

describe('recipientLine', () => {
  it('names where the draft goes', () => {
    expect(recipientLine({ channel: 'email', to: 'priya@northwind.example' })).toBe(
      'To priya@northwind.example',
    )
    expect(recipientLine({ channel: 'call', to: '+49 30 1234' })).toBe('Call +49 30 1234')
    expect(recipientLine({ channel: 'linkedin', to: priya.linkedinUrl })).toBe(
      'linkedin.com/in/priya-raman',
    )
    expect(recipientLine({ channel: 'email', to: ' ' })).toBeNull()
  })
})

describe('findingsSummary', () => {
  it('counts warnings first, then tips', () => {
    expect(findingsSummary([])).toBe('Reads well: nothing to point out')
    expect(findingsSummary([{ severity: 'warning' }])).toBe('1 thing to look at')
    expect(
      findingsSummary([{ severity: 'info' }, { severity: 'warning' }, { severity: 'warning' }]),
    ).toBe('2 things to look at, 1 tip')
    expect(findingsSummary([{ severity: 'info' }, { severity: 'info' }])).toBe('2 tips')
  })
})
