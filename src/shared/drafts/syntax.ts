/**
 * The template language, small on purpose:
 *
 * - `{name}` is replaced by the value of placeholder `name`.
 * - `{?name}…{/name}` keeps its text only when `name` has a value; `{!name}…{/name}` only when it
 *   has none. Together they let a sentence be left out or reworded for a sparse card:
 *   `{?topics}I enjoyed our talk about {topics}.{/topics}{!topics}I enjoyed our talk.{/topics}`.
 *   Sections may nest.
 * - `{{` writes a literal `{`. Any other `{` is kept as written (and reported as a stray brace).
 *
 * Names are ASCII letters and digits, starting with a letter. Parsing never fails: a problem is
 * reported as an issue and the parser carries on as sensibly as it can.
 */

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; start: number; end: number }
  | {
      kind: 'section'
      name: string
      /** True for `{!name}`: shown when the value is missing. */
      inverted: boolean
      children: TemplateNode[]
      start: number
      end: number
    }

export interface SyntaxIssue {
  severity: 'error' | 'warning'
  message: string
  start: number
  end: number
}

export interface ParsedTemplate {
  nodes: TemplateNode[]
  issues: SyntaxIssue[]
}

const TOKEN = /\{\{|\{([?!/]?)([A-Za-z][A-Za-z0-9]*)\}|\{/g

interface Frame {
  name: string
  inverted: boolean
  children: TemplateNode[]
  start: number
}

export function parseTemplate(source: string): ParsedTemplate {
  const issues: SyntaxIssue[] = []
  const root: TemplateNode[] = []
  const stack: Frame[] = []
  const out = () => stack.at(-1)?.children ?? root
  const text = (value: string) => {
    const list = out()
    const last = list.at(-1)
    if (last?.kind === 'text') last.text += value
    else if (value !== '') list.push({ kind: 'text', text: value })
  }
  const close = (frame: Frame, end: number) => {
    stack.pop()
    const { name, inverted, children, start } = frame
    out().push({ kind: 'section', name, inverted, children, start, end })
  }

  let at = 0
  for (const match of source.matchAll(TOKEN)) {
    const start = match.index
    const end = start + match[0].length
    text(source.slice(at, start))
    at = end
    const [token, sigil, name] = match
    if (token === '{{') {
      text('{')
    } else if (name === undefined) {
      text('{')
      issues.push({
        severity: 'warning',
        message: 'A lone “{” is kept as written; write “{{” if you mean a brace.',
        start,
        end,
      })
    } else if (sigil === '') {
      out().push({ kind: 'value', name, start, end })
    } else if (sigil === '?' || sigil === '!') {
      stack.push({ name, inverted: sigil === '!', children: [], start })
    } else if (stack.some((frame) => frame.name === name)) {
      // Closing an outer section closes the inner ones left open inside it.
      while (stack.at(-1)!.name !== name) {
        const inner = stack.at(-1)!
        issues.push(unclosed(inner, source))
        close(inner, start)
      }
      close(stack.at(-1)!, end)
    } else {
      text(token)
      issues.push({
        severity: 'error',
        message: `“${token}” closes a section that was never opened.`,
        start,
        end,
      })
    }
  }
  text(source.slice(at))
  while (stack.length > 0) {
    const frame = stack.at(-1)!
    issues.push(unclosed(frame, source))
    close(frame, source.length)
  }
  return { nodes: root, issues }
}

function unclosed(frame: Frame, source: string): SyntaxIssue {
  const opener = `{${frame.inverted ? '!' : '?'}${frame.name}}`
  return {
    severity: 'error',
    message: `“${opener}” is never closed; end the section with “{/${frame.name}}”.`,
    start: frame.start,
    end: Math.min(source.length, frame.start + opener.length),
  }
}

export interface PlaceholderUse {
  name: string
  /** A `{name}` value, or the opening marker of a `{?name}` / `{!name}` section. */
  kind: 'value' | 'section'
  start: number
  end: number
  /** Names whose `{?name}` sections enclose this use: each surely has a value here. */
  guarded: ReadonlySet<string>
}

/** Every placeholder the template names, in values and section markers, in order of appearance. */
export function placeholderUses(nodes: readonly TemplateNode[]): PlaceholderUse[] {
  const uses: PlaceholderUse[] = []
  const walk = (list: readonly TemplateNode[], guarded: ReadonlySet<string>) => {
    for (const node of list) {
      if (node.kind === 'value') uses.push({ ...node, guarded })
      if (node.kind !== 'section') continue
      const end = node.start + node.name.length + 3
      uses.push({ name: node.name, kind: 'section', start: node.start, end, guarded })
      walk(node.children, node.inverted ? guarded : new Set([...guarded, node.name]))
    }
  }
  walk(nodes, new Set())
  return uses
}
