import { useState } from 'react'
import { clipText, safeText } from '@shared/safe-text'

/**
 * Text that came from a file (a company name, a parser's message), shown as plain text: control
 * characters and other layout breakers as U+FFFD, and anything longer than `max` clipped, with
 * the whole a click away.
 */
export function FileText({ text, max = 120 }: { text: string; max?: number }) {
  const [whole, setWhole] = useState(false)
  const safe = safeText(text)
  const clipped = clipText(safe, max)
  if (!clipped.clipped) return <span className="file-text">{safe}</span>
  return (
    <span className="file-text">
      {whole ? safe : clipped.text}{' '}
      <button
        type="button"
        className="link-button file-text__toggle"
        aria-expanded={whole}
        onClick={() => setWhole(!whole)}
      >
        {whole ? 'Show less' : `Show all ${safe.length.toLocaleString()} characters`}
      </button>
    </span>
  )
}
