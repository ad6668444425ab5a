import type { Draft } from './build'
import { LINKEDIN_NOTE_LIMIT } from './build'
import { isPlaceholderName, placeholderInfo } from './placeholders'
import { topicPhrase } from './values'

/**
 * Advice on a draft before it goes out. Findings never block sending: they point at what the
 * seeds warn about (no personal detail, a negative or pushy line, too long, shouting, a vague
 * subject, the same note to everyone) and at gaps the card could fill.
 */

export type LintRule =
  | 'unfilled-placeholder'
  | 'unknown-placeholder'
  | 'missing-detail'
  | 'no-personal-detail'
  | 'negative-phrase'
  | 'too-long'
  | 'shortened'
  | 'shouting'
  | 'missing-subject'
  | 'generic-subject'
  | 'identical-body'
  | 'no-recipient'

export type LintSeverity = 'warning' | 'info'

/** Offsets into `subject` or `body`, end exclusive, in UTF-16 code units (as String#slice). */
export interface TextRange {
  field: 'subject' | 'body'
  start: number
  end: number
}

export interface LintFinding {
  rule: LintRule
  severity: LintSeverity
  message: string
  range?: TextRange
}

export interface LintOptions {
  /** The other drafts of the same stage, to spot one note sent to several people. */
  otherDrafts?: readonly Draft[]
}

/** Channel budgets: an email a reader takes in at a glance, a call script of about a minute. */
export const LENGTH_BUDGETS = {
  emailWords: 200,
  callWords: 130,
  linkedinCharacters: LINKEDIN_NOTE_LIMIT,
  subjectCharacters: 80,
} as const

type Field = TextRange['field']
type Rule = (draft: Draft, options: LintOptions) => LintFinding[]

function* fields(draft: Draft): Generator<[Field, string]> {
  if (draft.channel === 'email') yield ['subject', draft.subject]
  yield ['body', draft.body]
}

const PLACEHOLDER_LEFT = /\{([?!/]?)([A-Za-z][A-Za-z0-9]*)\}/g

const placeholders: Rule = (draft) => {
  const findings: LintFinding[] = []
  for (const [field, text] of fields(draft)) {
    for (const match of text.matchAll(PLACEHOLDER_LEFT)) {
      const [token, sigil, name] = match as unknown as [string, string, string]
      const range = { field, start: match.index, end: match.index + token.length }
      if (sigil === '' && isPlaceholderName(name)) {
        findings.push({
          rule: 'unfilled-placeholder',
          severity: 'warning',
          message: `${token} has no value for this card, so it would go out as written. ${placeholderInfo(name).whenMissing}`,
          range,
        })
      } else {
        findings.push({
          rule: 'unknown-placeholder',
          severity: 'warning',
          message: `${token} is not a placeholder Foothold knows, so it would go out as written.`,
          range,
        })
      }
    }
  }
  return findings
}

const missingDetails: Rule = (draft) =>
  draft.missing
    // Topics have their own rule; a missing signature says nothing new when the name is missing too.
    .filter((name) => name !== 'topics')
    .filter((name) => !(name === 'signature' && draft.missing.includes('yourName')))
    .map((name) => ({
      rule: 'missing-detail',
      severity: 'info',
      message: `This draft leaves out a detail the card does not have. ${placeholderInfo(name).whenMissing}`,
    }))

const normalized = (text: string) => text.toLowerCase().replace(/\s+/g, ' ')

/** A topic counts as mentioned when its first few words appear, so a clipped one still counts. */
function mentions(text: string, topic: string): boolean {
  const lead = normalized(topicPhrase(topic)).split(' ').slice(0, 3).join(' ')
  return lead !== '' && normalized(text).includes(lead)
}

const personalDetail: Rule = (draft) => {
  const name = draft.interviewerName
  if (draft.topics.length === 0) {
    return [
      {
        rule: 'no-personal-detail',
        severity: 'warning',
        message: `Nothing in this note is specific to your conversation with ${name}. Add what you talked about to the card, or write a line about it yourself.`,
      },
    ]
  }
  const text = `${draft.subject}\n${draft.body}`
  if (draft.topics.some((topic) => mentions(text, topic))) return []
  return [
    {
      rule: 'no-personal-detail',
      severity: 'warning',
      message: `This note does not mention anything you discussed with ${name}; one specific detail makes it memorable.`,
    },
  ]
}

const APOSTROPHE = `['’]`
const NEGATIVE_PHRASES: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: new RegExp(
      `\\b(?:have not|haven${APOSTROPHE}?t) (?:yet )?heard (?:back|anything|from you)`,
      'giu',
    ),
    why: 'it opens on what they have not done',
  },
  {
    pattern: new RegExp(
      `\\byou (?:never|didn${APOSTROPHE}?t|did not|haven${APOSTROPHE}?t|have not) (?:yet )?(?:replied|responded|answered|got(?:ten)? back)`,
      'giu',
    ),
    why: 'it reproaches them for not replying',
  },
  {
    pattern: /\bno (?:reply|response|answer) (?:yet|so far|from you)\b/giu,
    why: 'it dwells on the silence',
  },
  { pattern: /\b(?:just )?checking in again\b/giu, why: 'it counts the nudges' },
  { pattern: /\bfollowing up (?:once )?again\b/giu, why: 'it counts the nudges' },
  {
    pattern: /\bfollow(?:ing)?[- ]up (?:to|on) my (?:last|previous)\b/giu,
    why: 'it counts the nudges',
  },
  { pattern: /\bas I (?:said|stated)\b/giu, why: 'it sounds impatient' },
  {
    pattern: /\bas (?:previously|already) (?:said|stated|mentioned)\b/giu,
    why: 'it sounds impatient',
  },
  {
    pattern: /\bper my (?:last|previous|earlier) (?:e-?mail|message|note|call)\b/giu,
    why: 'it reads as a reproach',
  },
  { pattern: /\bany (?:updates?|news)\s*\?/giu, why: 'on its own it reads as a demand' },
  {
    pattern: /\b(?:still|I am|I[’']m) waiting (?:for|on|to hear)\b/giu,
    why: 'it sounds impatient',
  },
  {
    pattern: /\b(?:friendly|gentle|quick) reminder\b/giu,
    why: 'it can read as passive-aggressive',
  },
  { pattern: /\bbump(?:ing)? (?:this|my)\b/giu, why: 'it sounds pushy' },
  { pattern: /\b(?:ASAP|as soon as possible)\b/giu, why: 'it puts pressure on them' },
  {
    pattern: /\bI (?:need|expect|require) (?:an? )?(?:answer|response|reply|decision)\b/giu,
    why: 'it puts pressure on them',
  },
  {
    pattern: new RegExp(
      `\\bwhy (?:haven${APOSTROPHE}?t|have you not|didn${APOSTROPHE}?t)\\b`,
      'giu',
    ),
    why: 'it reproaches them',
  },
  { pattern: /\b(?:disappointed|frustrated|frustrating)\b/giu, why: 'it sounds negative' },
]

const negativePhrases: Rule = (draft) => {
  const findings: LintFinding[] = []
  for (const [field, text] of fields(draft)) {
    for (const { pattern, why } of NEGATIVE_PHRASES) {
      for (const match of text.matchAll(pattern)) {
        findings.push({
          rule: 'negative-phrase',
          severity: 'warning',
          message: `“${match[0]}” may land badly: ${why}. Lead with your interest and something useful instead.`,
          range: { field, start: match.index, end: match.index + match[0].length },
        })
      }
    }
  }
  const order = (f: LintFinding) => (f.range!.field === 'subject' ? 0 : 1e9) + f.range!.start
  return findings.sort((a, b) => order(a) - order(b))
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}

const length: Rule = (draft) => {
  const findings: LintFinding[] = []
  const words = countWords(draft.body)
  const tooLong = (message: string, severity: LintSeverity = 'warning') =>
    findings.push({ rule: 'too-long', severity, message })
  if (draft.channel === 'email' && words > LENGTH_BUDGETS.emailWords) {
    tooLong(
      `The email is ${words} words; under ${LENGTH_BUDGETS.emailWords} respects their time and gets read.`,
    )
  }
  if (draft.channel === 'call' && words > LENGTH_BUDGETS.callWords) {
    tooLong(
      `The call script is ${words} words, more than a minute to say; keep it under ${LENGTH_BUDGETS.callWords}.`,
    )
  }
  if (draft.channel === 'linkedin' && draft.body.length > LENGTH_BUDGETS.linkedinCharacters) {
    tooLong(
      `The note is ${draft.body.length} characters; LinkedIn accepts at most ${LENGTH_BUDGETS.linkedinCharacters}.`,
    )
  }
  if (draft.channel === 'email' && draft.subject.length > LENGTH_BUDGETS.subjectCharacters) {
    tooLong(
      `The subject is ${draft.subject.length} characters; inboxes cut it off after about ${LENGTH_BUDGETS.subjectCharacters}.`,
      'info',
    )
  }
  return findings
}

const shortened: Rule = (draft) =>
  draft.shortened === null
    ? []
    : [
        {
          rule: 'shortened',
          severity: 'info',
          message: `The note was shortened from ${draft.shortened.originalLength} characters to fit LinkedIn’s ${LINKEDIN_NOTE_LIMIT}; read it through before sending.`,
        },
      ]

/** Letters in a word: "I" and "A" are too short to shout. */
const letters = (word: string) => word.replace(/[^\p{L}]/gu, '').length

function isCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase()
}

/**
 * A run of capitals that reads as shouting: three words or more, two when one of them is long, or
 * one word of six letters or more. Short acronyms (SQL, AWS ETL, REST API) pass.
 */
function shoutedRun(run: readonly string[]): boolean {
  const longest = Math.max(0, ...run.map(letters))
  return run.length >= 3 || (run.length === 2 && longest >= 5) || longest >= 6
}

/** Words the card itself spells in capitals (a company called ACME, a topic about AWS). */
function ownWords(draft: Draft): string[] {
  return [draft.company, draft.position, draft.interviewerName, ...draft.topics].flatMap(
    (value) => value.match(WORD) ?? [],
  )
}

function capitalRuns(text: string, own: readonly string[]): RegExpExecArray[][] {
  const runs: RegExpExecArray[][] = [[]]
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    // A clipped name ends in a cut-off word, so a prefix of the card's own word counts as its own.
    const shouted = isCaps(word) && !own.some((w) => w.startsWith(word))
    if (shouted && letters(word) >= 2) runs.at(-1)!.push(match)
    else if (!shouted || letters(word) >= 2) runs.push([])
    // "I" and "A" in capitals neither end a run nor count in it.
  }
  return runs.filter((run) => shoutedRun(run.map((m) => m[0])))
}

const shouting: Rule = (draft) => {
  const findings: LintFinding[] = []
  const own = ownWords(draft)
  for (const [field, text] of fields(draft)) {
    for (const run of capitalRuns(text, own)) {
      const start = run[0]!.index
      const last = run.at(-1)!
      const end = last.index + last[0].length
      findings.push({
        rule: 'shouting',
        severity: 'warning',
        message: `“${text.slice(start, end)}” in capitals reads as shouting.`,
        range: { field, start, end },
      })
    }
    for (const match of text.matchAll(/!{2,}/g)) {
      findings.push({
        rule: 'shouting',
        severity: 'warning',
        message: 'Several exclamation marks in a row read as shouting; one at most.',
        range: { field, start: match.index, end: match.index + match[0].length },
      })
    }
    const marks = text.match(/!/g)?.length ?? 0
    if (marks >= 3 && !/!{2,}/.test(text)) {
      findings.push({
        rule: 'shouting',
        severity: 'warning',
        message: `${marks} exclamation marks make the ${field} sound excitable; keep one at most.`,
      })
    }
  }
  return findings
}

const GENERIC_SUBJECTS = new Set([
  'following up',
  'follow up',
  'followup',
  'checking in',
  'check in',
  'just checking in',
  'touching base',
  'hi',
  'hi there',
  'hello',
  'hello again',
  'hey',
  'thank you',
  'thanks',
  'thank you for the interview',
  'thanks for the interview',
  'thank you for your time',
  'interview',
  'job interview',
  'my interview',
  'interview follow up',
  'update',
  'any update',
  'any updates',
  'status',
  'status update',
  'application',
  'my application',
  'application status',
  'quick question',
  'question',
  'no subject',
])

function subjectKey(subject: string): string {
  return subject
    .toLowerCase()
    .replace(/^(?:\s*(?:re|fwd?|aw|sv)\s*:)+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const subject: Rule = (draft) => {
  if (draft.channel !== 'email') return []
  const text = draft.subject.trim()
  if (text === '') {
    return [
      {
        rule: 'missing-subject',
        severity: 'warning',
        message: 'The email has no subject; name the position and yourself so it stands out.',
      },
    ]
  }
  const range: TextRange = { field: 'subject', start: 0, end: draft.subject.length }
  if (GENERIC_SUBJECTS.has(subjectKey(text))) {
    return [
      {
        rule: 'generic-subject',
        severity: 'warning',
        message: `“${text}” could be about anything; name the position and yourself.`,
        range,
      },
    ]
  }
  const position = draft.position.trim().toLowerCase()
  if (position !== '' && !text.toLowerCase().includes(position)) {
    return [
      {
        rule: 'generic-subject',
        severity: 'info',
        message: `Naming the position (${draft.position.trim()}) in the subject helps it stand out.`,
        range,
      },
    ]
  }
  return []
}

/** The body with the recipient's own names masked, to spot one note sent to several people. */
function withoutNames(draft: Draft): string {
  let text = normalized(draft.body)
  const names = [draft.interviewerName, ...draft.interviewerName.split(/\s+/)]
    .map(normalized)
    .filter((n) => n.length > 1)
    .sort((a, b) => b.length - a.length)
  for (const name of names) text = text.split(name).join('\u0000')
  return text
}

const identical: Rule = (draft, { otherDrafts = [] }) => {
  const others = otherDrafts.filter((d) => d.interviewerId !== draft.interviewerId)
  const same = others.find((d) => d.body.trim() === draft.body.trim())
  if (same !== undefined) {
    return [
      {
        rule: 'identical-body',
        severity: 'warning',
        message: `${same.interviewerName} gets exactly the same text. Interviewers compare notes; make each one personal.`,
      },
    ]
  }
  const mine = withoutNames(draft)
  const alike = others.find((d) => withoutNames(d) === mine)
  if (alike === undefined) return []
  return [
    {
      rule: 'identical-body',
      severity: 'info',
      message: `The note to ${alike.interviewerName} is the same apart from the name; a line about what each of you discussed sets them apart.`,
    },
  ]
}

const RECIPIENT_NAMES = {
  email: 'email address',
  call: 'phone number',
  linkedin: 'LinkedIn profile',
}

const recipient: Rule = (draft) =>
  draft.to.trim() !== ''
    ? []
    : [
        {
          rule: 'no-recipient',
          severity: 'info',
          message: `The card has no ${RECIPIENT_NAMES[draft.channel]} for ${draft.interviewerName}.`,
        },
      ]

const RULES: readonly Rule[] = [
  placeholders,
  missingDetails,
  personalDetail,
  negativePhrases,
  length,
  shortened,
  shouting,
  subject,
  identical,
  recipient,
]

/** Every finding for one draft: warnings first, then hints; none of them blocks sending. */
export function lintDraft(draft: Draft, options: LintOptions = {}): LintFinding[] {
  const findings = RULES.flatMap((rule) => rule(draft, options))
  return [
    ...findings.filter((f) => f.severity === 'warning'),
    ...findings.filter((f) => f.severity === 'info'),
  ]
}
