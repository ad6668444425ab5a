import { initials } from '@shared/domain/board'
import type { Interviewer } from '@shared/domain/interview'
import { listNames } from './list-names'

const SHOWN = 3
const HUES = 6

/** The same name always gets the same colour, so a person is recognisable across cards. */
function hueOf(name: string): number {
  let hash = 0
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  return hash % HUES
}

export function Avatars({ people }: { people: readonly Interviewer[] }) {
  if (people.length === 0) return null
  const names = people.map((person) => person.name)
  const hidden = people.length - SHOWN
  return (
    <span className="avatars" role="img" aria-label={`Interviewers: ${listNames(names)}`}>
      {people.slice(0, SHOWN).map((person) => (
        <span
          key={person.id}
          className={`avatar avatar--hue-${hueOf(person.name)}`}
          title={person.name}
        >
          {initials(person.name)}
        </span>
      ))}
      {hidden > 0 && (
        <span className="avatar avatar--more" title={listNames(names.slice(SHOWN))}>
          +{hidden}
        </span>
      )}
    </span>
  )
}
