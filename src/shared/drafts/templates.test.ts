import { describe, expect, it } from 'vitest'
import type { Stage } from '../domain/interview'
import { STAGES, TONES } from '../domain/interview'
import type { DraftSettings } from './build'
import { buildDraft, LINKEDIN_NOTE_LIMIT } from './build'
import { lintDraft } from './lint'
import { isPlaceholderName } from './placeholders'
import { parseTemplate, placeholderUses } from './syntax'
import type { TemplateKey } from '../domain/template-keys'
import { DEFAULT_TEMPLATES, defaultTemplate } from './templates'
import {
  DRAFT_CHANNELS,
  TEMPLATE_KEYS,
  parseTemplateKey,
  templateKey,
} from '../domain/template-keys'
import {
  COMPLETE_CARD,
  COMPLETE_SETTINGS,
  LONGEST_CARD,
  LONGEST_SETTINGS,
  SPARSE_CARD,
  SPARSE_SETTINGS,
} from './test-fixtures'
import type { DraftCard } from './values'

const NOW = new Date('2026-11-18T09:00:00Z')

function draftFor(key: TemplateKey, card: DraftCard, settings: DraftSettings) {
  const { stage, channel, tone } = parseTemplateKey(key)
  const [first] = card.interviewers
  return buildDraft(card, first!, settings, stage, NOW, {
    tone,
    channels: { [first!.id]: channel },
  })
}

const LEFTOVERS = /\{|\}|undefined|null|NaN|\[object/

describe('the default templates', () => {
  it('cover every stage, channel and tone: 24 in all', () => {
    expect(TEMPLATE_KEYS).toHaveLength(STAGES.length * DRAFT_CHANNELS.length * TONES.length)
    expect(new Set(TEMPLATE_KEYS).size).toBe(24)
    for (const key of TEMPLATE_KEYS) expect(defaultTemplate(key).body.trim()).not.toBe('')
  })

  it.each(TEMPLATE_KEYS)('%s parses cleanly and uses only known placeholders', (key) => {
    for (const text of Object.values(defaultTemplate(key))) {
      const { nodes, issues } = parseTemplate(text)
      expect(issues).toEqual([])
      for (const use of placeholderUses(nodes)) expect(isPlaceholderName(use.name)).toBe(true)
    }
  })

  it.each(TEMPLATE_KEYS)('%s has a subject only when it is an email', (key) => {
    const { subject } = defaultTemplate(key)
    expect(subject !== '').toBe(parseTemplateKey(key).channel === 'email')
  })

  it.each(TEMPLATE_KEYS)('%s renders fully and without a warning for a complete card', (key) => {
    const draft = draftFor(key, COMPLETE_CARD, COMPLETE_SETTINGS)
    expect(`${draft.subject}\n${draft.body}`).not.toMatch(LEFTOVERS)
    expect(draft.missing).toEqual([])
    expect(lintDraft(draft).filter((f) => f.severity === 'warning')).toEqual([])
  })

  it.each(TEMPLATE_KEYS)('%s degrades gracefully for a sparse card', (key) => {
    const draft = draftFor(key, SPARSE_CARD, SPARSE_SETTINGS)
    expect(`${draft.subject}\n${draft.body}`).not.toMatch(LEFTOVERS)
    expect(draft.body).not.toMatch(/ [,.;:]|\.\.|,,|^\s|\s$/)
    const rules = lintDraft(draft).map((f) => f.rule)
    expect(rules).toContain('no-personal-detail')
    expect(rules).not.toContain('unfilled-placeholder')
  })

  it.each(TEMPLATE_KEYS.filter((k) => k.includes('/linkedin/')))(
    '%s fits LinkedIn’s limit even with every field at its longest',
    (key) => {
      const draft = draftFor(key, LONGEST_CARD, LONGEST_SETTINGS)
      expect(draft.body.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT)
      expect(draft.body).not.toMatch(LEFTOVERS)
      expect(draft.shortened).not.toBeNull()
      expect(lintDraft(draft).map((f) => f.rule)).toContain('shortened')
      expect(lintDraft(draft).map((f) => f.rule)).not.toContain('too-long')
    },
  )

  it.each(TEMPLATE_KEYS.filter((k) => k.includes('/email/')))(
    '%s names the position and you in the subject',
    (key) => {
      const { subject } = draftFor(key, COMPLETE_CARD, COMPLETE_SETTINGS)
      expect(subject).toContain(COMPLETE_CARD.position)
      expect(subject).toContain(COMPLETE_SETTINGS.yourName)
    },
  )

  it.each(TEMPLATE_KEYS.filter((k) => k.startsWith('check-in/')))(
    '%s mentions the decision date when the card has one',
    (key) => {
      expect(draftFor(key, COMPLETE_CARD, COMPLETE_SETTINGS).body).toContain('Friday 27 November')
      const sparse = draftFor(key, SPARSE_CARD, SPARSE_SETTINGS)
      expect(sparse.body).not.toMatch(/decision|decide/i)
    },
  )

  it('mentions the topics discussed in every stage and channel', () => {
    for (const key of TEMPLATE_KEYS) {
      expect(defaultTemplate(key).body, key).toContain('{topics}')
    }
  })

  it('greets formally by full name and casually by first name', () => {
    const stages: Stage[] = [...STAGES]
    for (const stage of stages) {
      for (const channel of DRAFT_CHANNELS) {
        expect(DEFAULT_TEMPLATES[stage][channel].formal.body).toMatch(
          /^(Dear|Hello) \{interviewerName\}/,
        )
        expect(DEFAULT_TEMPLATES[stage][channel].casual.body).toMatch(
          /^Hi \{interviewerFirstName\}/,
        )
      }
    }
  })

  it('round-trips a key', () => {
    expect(parseTemplateKey(templateKey('final', 'call', 'casual'))).toEqual({
      stage: 'final',
      channel: 'call',
      tone: 'casual',
    })
  })
})
