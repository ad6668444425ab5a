import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_MAILTO_LENGTH,
  MAX_WEB_URL_LENGTH,
  checkExternalUrl,
  isAllowedExternalUrl,
} from './external-links'
import { buildMailtoUrl, readMailtoUrl, type MailtoInput } from '@shared/drafts/mailto'

const clicked = { userInitiated: true }
/** A reading turned back into a link, by the builder itself. */
const compose = (fields: MailtoInput) => {
  const again = buildMailtoUrl(fields, { maxLength: Infinity })
  return again.ok && again.url
}
const unprompted = { userInitiated: false }

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://careers.northwind.example/jobs/42',
    'https://www.linkedin.com/in/priya-raman?trk=x#about',
    'https://xn--bcher-kva.example/',
    'https://jobs.example.co.uk:443/apply',
  ])('opens the clicked web link %s', (url) => {
    expect(isAllowedExternalUrl(url, clicked)).toBe(true)
  })

  it.each(['https://careers.northwind.example/', 'mailto:priya@northwind.example?subject=Hi'])(
    'does not open %s when the person did not click',
    (url) => {
      expect(checkExternalUrl(url, unprompted)).toEqual({
        ok: false,
        reason: 'not opened by the person',
      })
      expect(isAllowedExternalUrl(url, clicked)).toBe(true)
    },
  )

  it.each([
    ['plain http', 'http://careers.northwind.example/'],
    ['a user name', 'https://user@careers.northwind.example/'],
    ['a password', 'https://user:secret@careers.northwind.example/'],
    ['credentials dressed as a host', 'https://careers.northwind.example@evil.example/'],
    ['an IPv4 address', 'https://192.168.1.1/'],
    ['an IPv4 address in hex', 'https://0x7f.0.0.1/'],
    ['an IPv4 address as one number', 'https://2130706433/'],
    ['an IPv6 address', 'https://[::1]/'],
    ['localhost', 'https://localhost/'],
    ['a localhost subdomain', 'https://app.localhost/'],
    ['a .local name', 'https://printer.local/'],
    ['a .internal name', 'https://wiki.corp.internal/'],
    ['a single-label host', 'https://intranet/'],
    ['a numeric top-level domain', 'https://example.123/'],
    ['a non-standard port', 'https://careers.northwind.example:8443/'],
    ['a trailing-dot host', 'https://careers.northwind.example./'],
    ['an underscore host', 'https://my_host.example/'],
    ['no host at all', 'https:///path'],
    ['a leading space', ' https://careers.northwind.example/'],
    ['a tab the parser would drop', 'https://careers.north\twind.example/'],
    ['a line break', 'https://careers.northwind.example/\njobs'],
    ['a null byte', 'https://careers.northwind.example/\0'],
    [
      'a link longer than 2 KB',
      `https://careers.northwind.example/${'a'.repeat(MAX_WEB_URL_LENGTH)}`,
    ],
  ])('refuses a web link with %s', (_name, url) => {
    expect(isAllowedExternalUrl(url, clicked)).toBe(false)
  })

  it.each([
    'mailto:priya@northwind.example',
    'mailto:priya@northwind.example?subject=Thank%20you&body=Dear%20Priya%2C%0D%0A%0D%0AThanks',
    'mailto:?subject=Hello',
    'mailto:priya.raman+jobs@north-wind.co.uk?subject=Q%26A%20%3F%20C%23%20%2B%201%3D1',
    'mailto:tom%C3%A1s@b%C3%BCcher.example?body=%F0%9F%98%80',
  ])('opens the mail address %s', (url) => {
    expect(checkExternalUrl(url, clicked)).toEqual({ ok: true, url })
  })

  // Each of these would let a page, or text in a card, choose more than the one recipient, the
  // subject and the body: a hidden copy, an attachment, a header. Mail clients differ in how they
  // read such links, so the policy, like the builder, accepts none of them.
  it.each([
    ['an encoded & in the to field', 'mailto:?to=a%26attach%3D/etc/passwd@evil.example'],
    ['an encoded & in the address', 'mailto:a%26attach%3D~%2F.ssh%2Fid_rsa@evil.example'],
    ['an encoded ? in the address', 'mailto:priya@northwind.example%3Fattach%3D/etc/passwd'],
    ['an encoded ? then bcc', 'mailto:priya@northwind.example%3Fbcc%3Dx@evil.example'],
    ['an encoded line break in the address', 'mailto:priya@northwind.example%0ABcc:x@evil.example'],
    ['an encoded CRLF in the address', 'mailto:priya@northwind.example%0D%0ABcc:x@evil.example'],
    [
      'an encoded line break in the subject',
      'mailto:priya@northwind.example?subject=Hi%0ABcc:%20x@evil.example',
    ],
    ['a lone encoded line feed in the body', 'mailto:priya@northwind.example?body=Hi%0Athere'],
    ['lower-case escapes', 'mailto:priya@northwind.example?body=Hi%0d%0athere'],
    ['a double-encoded line break', 'mailto:priya@northwind.example%250ABcc:x@evil.example'],
    ['an encoded @', 'mailto:priya%40northwind.example'],
    ['an encoded space before the address', 'mailto:%20priya@northwind.example'],
    ['a to field', 'mailto:?to=priya@northwind.example'],
    ['several to fields', 'mailto:?to=priya@northwind.example&to=x@evil.example'],
    ['a to field beside the address', 'mailto:priya@northwind.example?to=x@evil.example'],
    ['two addresses', 'mailto:priya@northwind.example,x@evil.example'],
    ['two addresses with a semicolon', 'mailto:priya@northwind.example;x@evil.example'],
    ['a cc', 'mailto:priya@northwind.example?cc=x@evil.example'],
    ['a bcc', 'mailto:priya@northwind.example?bcc=x@evil.example'],
    ['a bcc in capitals', 'mailto:priya@northwind.example?BCC=x@evil.example'],
    ['a bcc after the body', 'mailto:priya@northwind.example?body=Hi&bcc=x@evil.example'],
    ['an attachment', 'mailto:priya@northwind.example?attach=/home/sam/.ssh/id_rsa'],
    ['an attachment field in capitals', 'mailto:priya@northwind.example?ATTACHMENT=~/.gnupg'],
    [
      'an attachment after the body',
      'mailto:priya@northwind.example?subject=Hi&body=x&attach=/etc/passwd',
    ],
    ['a header field', 'mailto:priya@northwind.example?in-reply-to=%3Cx@evil.example%3E'],
    ['an unknown field', 'mailto:priya@northwind.example?x-mailer=evil'],
    ['a subject twice', 'mailto:priya@northwind.example?subject=a&subject=b'],
    ['the body before the subject', 'mailto:priya@northwind.example?body=a&subject=b'],
    ['an empty field', 'mailto:priya@northwind.example?subject='],
    ['a field without a value', 'mailto:priya@northwind.example?subject'],
    ['a bare question mark', 'mailto:priya@northwind.example?'],
    ['a raw ampersand in the subject', 'mailto:priya@northwind.example?subject=Q&A'],
    ['a fragment', 'mailto:priya@northwind.example?subject=Hi#bcc=x@evil.example'],
    ['a malformed recipient', 'mailto:not-an-address'],
    ['a malformed cc', 'mailto:priya@northwind.example?cc=<script>'],
    ['broken percent-encoding', 'mailto:priya@northwind.example?subject=%E0%A4%A'],
    ['an authority part', 'mailto://priya@northwind.example'],
    ['a capitalised scheme', 'MAILTO:priya@northwind.example'],
    ['a raw line break', 'mailto:priya@northwind.example?subject=Hi\r\nBcc: x@evil.example'],
    ['a body past the length limit', `mailto:a@b.example?body=${'x'.repeat(MAX_MAILTO_LENGTH)}`],
  ])('refuses a mail address with %s', (_name, url) => {
    expect(checkExternalUrl(url, clicked)).toMatchObject({ ok: false })
  })

  it('opens every mail link the draft builder makes, and reads it back as built', () => {
    const address = fc.oneof(
      fc.constantFrom('', 'priya@northwind.example', 'o.neil+jobs@bücher.example'),
      fc.string(),
    )
    const text = fc.string({ unit: 'binary', maxLength: 400 })
    fc.assert(
      fc.property(address, text, text, (to, subject, body) => {
        const built = buildMailtoUrl({ to, subject, body })
        if (!built.ok) return
        expect(checkExternalUrl(built.url, clicked)).toEqual({ ok: true, url: built.url })
        const read = readMailtoUrl(built.url)
        expect(read.ok && compose(read.fields)).toBe(built.url)
      }),
      { numRuns: 500 },
    )
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://foothold/index.html',
    'vbscript:msgbox(1)',
    'HTTPS-evil:foo',
    '//careers.northwind.example/',
    '',
  ])('refuses the scheme of %s', (url) => {
    expect(isAllowedExternalUrl(url, clicked)).toBe(false)
  })

  it.each([undefined, null, 42, {}, ['https://careers.northwind.example/']])(
    'refuses %s, which is not a string',
    (value) => {
      expect(isAllowedExternalUrl(value, clicked)).toBe(false)
    },
  )

  it('hands over the parsed spelling and says why it refused', () => {
    expect(checkExternalUrl('HTTPS://Careers.Northwind.Example/Jobs/42', clicked)).toEqual({
      ok: true,
      url: 'https://careers.northwind.example/Jobs/42',
    })
    expect(checkExternalUrl('https://bücher.example/', clicked)).toEqual({
      ok: true,
      url: 'https://xn--bcher-kva.example/',
    })
    expect(checkExternalUrl('file:///etc/passwd', clicked)).toEqual({
      ok: false,
      reason: 'the file: scheme is not allowed',
    })
  })

  it('lets through only https and mailto, whatever the string', () => {
    // Any UTF-16 code unit, lone surrogates included.
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
    const part = (values: string[]) => fc.oneof(fc.constantFrom(...values), fc.string())
    const url = fc
      .tuple(
        part(['https://', 'http://', 'mailto:', 'HTTPS:', 'https:\\\\', 'file://', 'javascript:']),
        part(['', 'user@', 'user:secret@', '%40@']),
        part([
          'careers.northwind.example',
          'localhost',
          '127.0.0.1',
          '[::1]',
          'xn--bcher-kva.example',
        ]),
        part(['', ':443', ':8443', '/jobs/42', '?attach=/etc/passwd', '#top']),
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(
        fc.oneof(url, fc.string({ unit: anyCodeUnit })),
        fc.boolean(),
        (raw, userInitiated) => {
          const verdict = checkExternalUrl(raw, { userInitiated })
          if (!verdict.ok) return
          const opened = new URL(verdict.url)
          expect(['https:', 'mailto:']).toContain(opened.protocol)
          expect(opened.username + opened.password + opened.port).toBe('')
          expect(userInitiated).toBe(true)
          if (opened.protocol === 'mailto:') expect(readMailtoUrl(verdict.url).ok).toBe(true)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
