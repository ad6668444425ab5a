import { describe, expect, it } from 'vitest'
import {
  buildMailtoUrl,
  DEFAULT_TRUNCATION_NOTE,
  MAILTO_MAX_LENGTH,
  mailtoAddressProblem,
  readMailtoUrl,
} from './mailto'

const TO = 'priya@northwind.example'

function url(input: { to?: string; subject?: string; body?: string }): string {
  const result = buildMailtoUrl({ to: TO, subject: '', body: '', ...input })
  if (!result.ok) throw new Error(result.reason)
  return result.url
}

/** What a mail app reads back out of the link. */
function fieldsOf(link: string): Record<string, string> {
  const query = link.slice(link.indexOf('?') + 1)
  return Object.fromEntries(
    query.split('&').map((pair) => {
      const [name, value] = pair.split('=') as [string, string]
      return [name, decodeURIComponent(value)]
    }),
  )
}

describe('buildMailtoUrl encoding', () => {
  // prettier-ignore
  it.each([
    ['plain words', 'Thank you', 'Thank%20you'],
    ['an ampersand', 'Q&A', 'Q%26A'],
    ['a question mark', 'Next step?', 'Next%20step%3F'],
    ['a hash', 'C# role', 'C%23%20role'],
    ['a plus sign, never a space', 'C++ & 1+1', 'C%2B%2B%20%26%201%2B1'],
    ['an equals sign', 'a=b', 'a%3Db'],
    ['a percent sign', '100%', '100%25'],
    ['unicode', 'Tomás – 東京 😀', 'Tom%C3%A1s%20%E2%80%93%20%E6%9D%B1%E4%BA%AC%20%F0%9F%98%80'],
  ])('encodes %s', (_what, text, encoded) => {
    const link = url({ subject: text, body: text })
    expect(link).toBe(`mailto:${TO}?subject=${encoded}&body=${encoded}`)
    expect(fieldsOf(link)).toEqual({ subject: text, body: text })
  })

  it('writes every line break in the body as CRLF', () => {
    const link = url({ body: 'Dear Priya,\n\nThanks.\r\nAlex\rM' })
    expect(link).toBe(`mailto:${TO}?body=Dear%20Priya%2C%0D%0A%0D%0AThanks.%0D%0AAlex%0D%0AM`)
  })

  it('keeps the subject on one line', () => {
    expect(fieldsOf(url({ subject: 'Thanks\r\nBcc: evil@example.com' })).subject).toBe(
      'Thanks Bcc: evil@example.com',
    )
  })

  it('leaves out empty fields', () => {
    expect(url({})).toBe(`mailto:${TO}`)
    expect(url({ subject: 'Hi' })).toBe(`mailto:${TO}?subject=Hi`)
    expect(url({ body: 'Hi' })).toBe(`mailto:${TO}?body=Hi`)
  })

  it('replaces a lone surrogate instead of throwing', () => {
    expect(fieldsOf(url({ body: 'a\uD800b' })).body).toBe('a\uFFFDb')
  })
})

describe('buildMailtoUrl addresses', () => {
  // prettier-ignore
  it.each([
    ['priya@northwind.example', 'mailto:priya@northwind.example'],
    ['  priya@northwind.example ', 'mailto:priya@northwind.example'],
    ['priya.raman+jobs@north-wind.co.uk', 'mailto:priya.raman+jobs@north-wind.co.uk'],
    ["o'neil@example.com", "mailto:o'neil@example.com"],
    ['tomás@bücher.example', 'mailto:tom%C3%A1s@b%C3%BCcher.example'],
    ['', 'mailto:'],
  ])('accepts %j', (to, expected) => {
    expect(url({ to })).toBe(expected)
  })

  // prettier-ignore
  it.each([
    ['a query', 'priya@northwind.example?bcc=evil@example.com', 'cannot carry'],
    ['a fragment', 'priya@northwind.example#x', 'cannot carry'],
    ['an encoded header', 'priya@northwind.example%0D%0ABcc:evil@example.com', 'cannot carry'],
    ['an ampersand', 'pri&ya@northwind.example', 'cannot carry'],
    ['a newline', 'priya@northwind.example\nBcc: evil@example.com', 'line break'],
    ['a carriage return', 'priya@northwind.example\r', 'line break'],
    ['two addresses with a comma', 'priya@northwind.example,evil@example.com', 'one email address'],
    ['two addresses with a semicolon', 'priya@northwind.example; evil@example.com', 'one email address'],
    ['two addresses with a space', 'priya@northwind.example evil@example.com', 'one email address'],
    ['two at signs', 'priya@evil@example.com', 'one email address'],
    ['a display name', 'Priya <priya@northwind.example>', 'one email address'],
    ['no domain', 'priya@', 'not an email address'],
    ['no top-level domain', 'priya@localhost', 'not an email address'],
    ['a double dot', 'priya..raman@northwind.example', 'not an email address'],
    ['a scheme', 'mailto:priya@northwind.example', 'not an email address'],
    ['far too long', `${'a'.repeat(250)}@example.com`, 'too long'],
  ])('refuses %s', (_what, to, reason) => {
    const result = buildMailtoUrl({ to, subject: 'S', body: 'B' })
    expect(result).toEqual({ ok: false, reason: expect.stringContaining(reason) })
    expect(mailtoAddressProblem(to)).toContain(reason)
  })
})

describe('buildMailtoUrl length', () => {
  const paragraph = 'Thank you for the conversation about streaming & batch jobs. '

  it('keeps a body that fits', () => {
    const result = buildMailtoUrl({ to: TO, subject: 'S', body: paragraph.repeat(10) })
    expect(result).toMatchObject({ ok: true, truncated: false })
  })

  it('cuts a long body at a word, adds a note, and stays within 2,000 characters', () => {
    const body = paragraph.repeat(60)
    const result = buildMailtoUrl({ to: TO, subject: 'Thanks', body })
    if (!result.ok) throw new Error(result.reason)
    expect(result.truncated).toBe(true)
    expect(result.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH)
    expect(result.url.length).toBeGreaterThan(MAILTO_MAX_LENGTH - 80)
    const sent = fieldsOf(result.url).body!
    expect(sent.endsWith(`\r\n\r\n${DEFAULT_TRUNCATION_NOTE}`)).toBe(true)
    const kept = sent.slice(0, -(DEFAULT_TRUNCATION_NOTE.length + 4))
    expect(body.startsWith(kept)).toBe(true)
    expect(kept).toMatch(/\S$/)
    expect(body[kept.length]).toBe(' ')
  })

  it('never splits an encoded character or a surrogate pair', () => {
    const body = '😀東'.repeat(600)
    const result = buildMailtoUrl({ to: TO, subject: '', body }, { maxLength: 1_000 })
    if (!result.ok) throw new Error(result.reason)
    expect(result.url.length).toBeLessThanOrEqual(1_000)
    expect(() => decodeURIComponent(result.url)).not.toThrow()
    expect(fieldsOf(result.url).body).toMatch(/^(😀東)+(😀)?\r\n\r\n\[/u)
  })

  it('takes its own cap and note', () => {
    const result = buildMailtoUrl(
      { to: TO, subject: 'S', body: paragraph.repeat(5) },
      { maxLength: 200, truncationNote: '(more in Foothold)' },
    )
    if (!result.ok) throw new Error(result.reason)
    expect(result.url.length).toBeLessThanOrEqual(200)
    expect(fieldsOf(result.url).body).toMatch(/\r\n\r\n\(more in Foothold\)$/)
  })

  it('gives a reason when even the subject is too long for a link', () => {
    const result = buildMailtoUrl({ to: TO, subject: '東'.repeat(300), body: 'x' })
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('too long') })
  })
})

describe('readMailtoUrl', () => {
  it('reads back what the builder made', () => {
    const input = { to: TO, subject: 'Q&A next?', body: 'Dear Priya,\r\n\r\n100% yes' }
    expect(readMailtoUrl(url(input))).toEqual({ ok: true, fields: input })
    expect(readMailtoUrl('mailto:')).toEqual({
      ok: true,
      fields: { to: '', subject: '', body: '' },
    })
  })

  // prettier-ignore
  it.each([
    ['a second recipient', `mailto:${TO},x@evil.example`, 'recipient'],
    ['a recipient field', `mailto:${TO}?to=x@evil.example`, 'not allowed'],
    ['a hidden copy', `mailto:${TO}?bcc=x@evil.example`, 'not allowed'],
    ['an attachment', `mailto:${TO}?attach=/etc/passwd`, 'not allowed'],
    ['a field twice', `mailto:${TO}?subject=a&subject=b`, 'repeated'],
    ['a line break in the subject', `mailto:${TO}?subject=a%0D%0Ab`, 'line break'],
    ['another spelling of an escape', `mailto:${TO}?subject=a%2cb`, 'not written'],
    ['a link longer than the builder makes', `mailto:${TO}?body=${'x'.repeat(MAILTO_MAX_LENGTH)}`, 'too long'],
  ])('refuses %s, and says why', (_what, link, reason) => {
    expect(readMailtoUrl(link)).toEqual({ ok: false, reason: expect.stringContaining(reason) })
  })
})
