import { AddFirstInterviewButton } from '../common/AddFirstInterviewButton'
import { useBoard, useBoardActions } from '../state/board-context'
import { selectVisibleCards, selectWaitingForRest } from '../state/selectors'

/**
 * Above the columns: a welcome on an empty board, a note while only due cards are shown, or a note
 * when a search finds nothing.
 */
export function BoardMessages() {
  const total = useBoard((s) => selectVisibleCards(s).total)
  const matching = useBoard((s) => selectVisibleCards(s).matching)
  const query = useBoard((s) => s.query.trim())
  const dueOnly = useBoard((s) => s.dueOnly)
  // Until the rest of the board is in, a filter has seen only its first cards.
  const waiting = useBoard(selectWaitingForRest)
  if (total === 0) return <Welcome />
  if (waiting) return null
  if (dueOnly) return <DueFilterNote matching={matching} query={query} />
  if (matching === 0 && query !== '') return <NoResults query={query} />
  return null
}

function DueFilterNote({ matching, query }: { matching: number; query: string }) {
  const actions = useBoardActions()
  const text =
    matching === 0
      ? query === ''
        ? 'Nothing needs a follow-up right now.'
        : `No card that needs a follow-up now matches “${query}”.`
      : `Showing ${matching === 1 ? 'the 1 card' : `the ${matching} cards`} that need a follow-up now.`
  return (
    <div className="no-results" role="note" data-testid="due-filter-note">
      <p>{text}</p>
      <button type="button" className="button button--ghost" onClick={actions.toggleDueOnly}>
        Show all cards
      </button>
    </div>
  )
}

function Welcome() {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 className="welcome__title" id="welcome-title">
        Keep your foot in the door
      </h2>
      <p className="welcome__text">
        Add a card for each interview you have had. It starts in Thank-you; drag it along to
        Check-in and Final as you follow up, and close it once you know how it ended. Your board is
        stored only on this computer.
      </p>
      <AddFirstInterviewButton />
    </section>
  )
}

function NoResults({ query }: { query: string }) {
  const actions = useBoardActions()
  return (
    <div className="no-results" role="note">
      <p>
        No interviews match <strong>“{query}”</strong>. Search looks at company, position and
        interviewer names.
      </p>
      <button type="button" className="button button--ghost" onClick={() => actions.setQuery('')}>
        Clear search
      </button>
    </div>
  )
}
