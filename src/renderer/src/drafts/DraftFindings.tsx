import { useId } from 'react'
import type { LintFinding, TextRange } from '@shared/drafts'
import { AlertIcon, CheckIcon, InfoIcon } from '../common/icons'
import { findingsSummary } from './draft-view'

/** Advice on the draft as it stands, under the editor. None of it stops the draft going out. */
export function DraftFindings({
  findings,
  onShow,
}: {
  findings: readonly LintFinding[]
  onShow(range: TextRange): void
}) {
  const id = useId()
  if (findings.length === 0) {
    return (
      <p className="draft-findings__clear" data-testid="draft-findings">
        <CheckIcon />
        {findingsSummary(findings)}
      </p>
    )
  }
  return (
    <div className="draft-findings" data-testid="draft-findings">
      <p className="draft-findings__title" id={`${id}-title`}>
        {findingsSummary(findings)}
      </p>
      <ul className="draft-findings__list" aria-labelledby={`${id}-title`}>
        {findings.map((finding, i) => (
          <li
            key={`${finding.rule}-${i}`}
            className={`draft-finding draft-finding--${finding.severity}`}
            data-testid="draft-finding"
            data-rule={finding.rule}
          >
            {finding.severity === 'warning' ? <AlertIcon /> : <InfoIcon />}
            <span className="draft-finding__message" id={`${id}-${i}`}>
              <span className="visually-hidden">
                {finding.severity === 'warning' ? 'Warning: ' : 'Tip: '}
              </span>
              {finding.message}
            </span>
            {finding.range && (
              <button
                type="button"
                className="link-button draft-finding__show"
                aria-describedby={`${id}-${i}`}
                onClick={() => onShow(finding.range!)}
              >
                Show
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
