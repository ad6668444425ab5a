import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_MAILTO_LENGTH,
  MAX_WEB_URL_LENGTH,
  checkExternalUrl,
  isAllowedExternalUrl,
} from './external-links'

const clicked = { userInitiated: true }
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

  it('does not open a web link the person did not click', () => {
    expect(isAllowedExternalUrl('https://careers.northwind.example/', unprompted)).toBe(false)
  })

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
    'mailto:priya@northwind.example,tom@northwind.example',
    'mailto:priya@northwind.example?subject=Thank%20you&body=Dear%20Priya%2C%0A%0AThanks',
    'mailto:?subject=Hello',
    'mailto:priya@northwind.example?cc=tom@northwind.example&BCC=me@home.example',
  ])('opens the mail address %s, clicked or not', (url) => {
    expect(isAllowedExternalUrl(url, clicked)).toBe(true)
    expect(isAllowedExternalUrl(url, unprompted)).toBe(true)
  })

  it.each([
    ['an attachment', 'mailto:priya@northwind.example?attach=/home/sam/.ssh/id_rsa'],
    ['an attachment field in capitals', 'mailto:priya@northwind.example?ATTACHMENT=~/.gnupg'],
    ['an unknown field', 'mailto:priya@northwind.example?x-mailer=evil'],
    ['a malformed recipient', 'mailto:not-an-address'],
    ['a malformed cc', 'mailto:priya@northwind.example?cc=<script>'],
    ['broken percent-encoding', 'mailto:priya@northwind.example?subject=%E0%A4%A'],
    ['an authority part', 'mailto://priya@northwind.example'],
    ['a raw line break', 'mailto:priya@northwind.example?subject=Hi\r\nBcc: x@evil.example'],
    ['a body past the length limit', `mailto:a@b.example?body=${'x'.repeat(MAX_MAILTO_LENGTH)}`],
  ])('refuses a mail address with %s', (_name, url) => {
    expect(isAllowedExternalUrl(url, clicked)).toBe(false)
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
          if (opened.protocol === 'https:') expect(userInitiated).toBe(true)
          else expect(opened.search).not.toMatch(/attach/i)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
