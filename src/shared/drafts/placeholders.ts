/**
 * The placeholders a draft template may use. Settings lists this registry so a person editing a
 * template knows what each one becomes; the renderer and the linters know nothing else.
 */

export const PLACEHOLDER_NAMES = [
  'interviewerFirstName',
  'interviewerName',
  'interviewerTitle',
  'company',
  'position',
  'interviewDate',
  'interviewWeekday',
  'interviewWhen',
  'topics',
  'decisionDate',
  'yourName',
  'signature',
] as const
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number]

/** Filled values, as plain text. A missing or blank value counts as "no value". */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>

export interface PlaceholderInfo {
  name: PlaceholderName
  /** What it becomes, in a sentence for the Settings list. */
  description: string
  /** What it might look like for a typical card; also the sample used to check templates. */
  example: string
  /** True when a card may well have no value for it (an untitled interviewer, no topics yet…). */
  optional: boolean
  /** What the person can do when a draft lacks this value. */
  whenMissing: string
}

export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  {
    name: 'interviewerFirstName',
    description: 'The first name of the interviewer this draft is for.',
    example: 'Priya',
    optional: false,
    whenMissing: 'Add the interviewer’s name to the card.',
  },
  {
    name: 'interviewerName',
    description: 'The interviewer’s full name, as written on the card.',
    example: 'Priya Raman',
    optional: false,
    whenMissing: 'Add the interviewer’s name to the card.',
  },
  {
    name: 'interviewerTitle',
    description: 'The interviewer’s job title.',
    example: 'Engineering Manager',
    optional: true,
    whenMissing: 'Add the interviewer’s job title to the card.',
  },
  {
    name: 'company',
    description: 'The company you interviewed with.',
    example: 'Northwind Analytics',
    optional: false,
    whenMissing: 'Add the company to the card.',
  },
  {
    name: 'position',
    description: 'The position you interviewed for.',
    example: 'Senior Data Engineer',
    optional: false,
    whenMissing: 'Add the position to the card.',
  },
  {
    name: 'interviewDate',
    description:
      'The day of the interview, in the interview’s time zone and your date format; the year is added when it is not this year.',
    example: '17 November',
    optional: false,
    whenMissing: 'Set the interview’s date on the card.',
  },
  {
    name: 'interviewWeekday',
    description: 'The weekday of the interview, in the interview’s time zone.',
    example: 'Tuesday',
    optional: false,
    whenMissing: 'Set the interview’s date on the card.',
  },
  {
    name: 'interviewWhen',
    description:
      'When you met, as you would say it on the day you write: “today”, “yesterday”, “on Tuesday”, or “on 17 November”.',
    example: 'yesterday',
    optional: false,
    whenMissing: 'Set the interview’s date on the card.',
  },
  {
    name: 'topics',
    description:
      'What you talked about with this interviewer: the first two topics on the card, joined with “and”. Write topics as they would read in the middle of a sentence.',
    example: 'the move from nightly batch jobs to streaming',
    optional: true,
    whenMissing: 'Add what you talked about to the card so the note is personal.',
  },
  {
    name: 'decisionDate',
    description: 'The date they said they would decide by, with its weekday.',
    example: 'Friday 27 November',
    optional: true,
    whenMissing: 'If they told you when they would decide, add the decision date to the card.',
  },
  {
    name: 'yourName',
    description: 'Your name, from Settings.',
    example: 'Alex Morgan',
    optional: true,
    whenMissing: 'Add your name in Settings so your notes carry it.',
  },
  {
    name: 'signature',
    description: 'Your signature from Settings, or your name when you have not set a signature.',
    example: 'Alex Morgan',
    optional: true,
    whenMissing: 'Add your name or a signature in Settings so your notes are signed.',
  },
]

const BY_NAME = new Map<string, PlaceholderInfo>(PLACEHOLDERS.map((p) => [p.name, p]))

export function isPlaceholderName(name: string): name is PlaceholderName {
  return BY_NAME.has(name)
}

export function placeholderInfo(name: PlaceholderName): PlaceholderInfo {
  return BY_NAME.get(name)!
}

export function hasValue(values: PlaceholderValues, name: PlaceholderName): boolean {
  return (values[name] ?? '').trim() !== ''
}
