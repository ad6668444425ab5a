import { describe, expect, it } from 'vitest'
import type { TemplateNode } from './syntax'
import { parseTemplate, placeholderUses } from './syntax'

/** The template as text again, with every section's contents kept. */
const flatText = (nodes: readonly TemplateNode[]): string =>
  nodes
    .map((n) =>
      n.kind === 'text' ? n.text : n.kind === 'value' ? `{${n.name}}` : flatText(n.children),
    )
    .join('')

describe('parseTemplate', () => {
  it('reads text, values and sections', () => {
    expect(parseTemplate('Hi {name}!{?topics} About {topics}.{/topics}').nodes).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'value', name: 'name', start: 3, end: 9 },
      { kind: 'text', text: '!' },
      {
        kind: 'section',
        name: 'topics',
        inverted: false,
        start: 10,
        end: 44,
        children: [
          { kind: 'text', text: ' About ' },
          { kind: 'value', name: 'topics', start: 26, end: 34 },
          { kind: 'text', text: '.' },
        ],
      },
    ])
  })

  it('nests sections and reads inverted ones', () => {
    const [outer] = parseTemplate('{?a}{!b}x{/b}{/a}').nodes
    expect(outer).toMatchObject({
      kind: 'section',
      name: 'a',
      inverted: false,
      children: [{ kind: 'section', name: 'b', inverted: true, children: [{ text: 'x' }] }],
    })
  })

  it('turns {{ into a literal brace, without an issue', () => {
    expect(parseTemplate('{{company}').nodes).toEqual([{ kind: 'text', text: '{company}' }])
    expect(parseTemplate('{{company}').issues).toEqual([])
  })

  // prettier-ignore
  it.each([
    // [template, severity, message fragment, start, end, text that stays]
    ['a { b', 'warning', 'lone “{”', 2, 3, 'a { b'],
    ['{first name}', 'warning', 'lone “{”', 0, 1, '{first name}'],
    ['x{/topics}', 'error', 'never opened', 1, 10, 'x{/topics}'],
    ['{?topics}x', 'error', 'never closed', 0, 9, 'x'],
  ])('reports %j', (source, severity, fragment, start, end, text) => {
    const { nodes, issues } = parseTemplate(source)
    expect(issues).toEqual([{ severity, message: expect.stringContaining(fragment), start, end }])
    expect(flatText(nodes)).toBe(text)
  })

  it('closes inner sections left open when an outer one ends', () => {
    const { nodes, issues } = parseTemplate('{?a}{?b}x{/a}y')
    expect(issues).toHaveLength(1)
    expect(issues[0]!.message).toContain('{?b}')
    expect(nodes).toMatchObject([
      { kind: 'section', name: 'a', children: [{ kind: 'section', name: 'b' }] },
      { kind: 'text', text: 'y' },
    ])
  })
})

describe('placeholderUses', () => {
  it('lists values and section markers with the sections that guard them', () => {
    const uses = placeholderUses(parseTemplate('{a}{?b}{b}{c}{/b}{!d}{d}{/d}').nodes)
    expect(uses.map((u) => [u.name, u.kind, u.start, u.end, [...u.guarded]])).toEqual([
      ['a', 'value', 0, 3, []],
      ['b', 'section', 3, 7, []],
      ['b', 'value', 7, 10, ['b']],
      ['c', 'value', 10, 13, ['b']],
      ['d', 'section', 17, 21, []],
      ['d', 'value', 21, 24, []],
    ])
  })
})
