import { describe, expect, it } from 'vitest'
import { draftToClipboard, escapeHtml } from './clipboard'

describe('draftToClipboard', () => {
  it('gives the body as text and as paragraphs of HTML', () => {
    expect(
      draftToClipboard({
        body: 'Dear Priya,\n\nThanks for the talk.\nMore soon.\n\nKind regards,\nAlex',
      }),
    ).toEqual({
      text: 'Dear Priya,\n\nThanks for the talk.\nMore soon.\n\nKind regards,\nAlex',
      html: '<p>Dear Priya,</p>\n<p>Thanks for the talk.<br>More soon.</p>\n<p>Kind regards,<br>Alex</p>',
    })
  })

  it('escapes everything that could be markup', () => {
    const { text, html } = draftToClipboard({
      body: `<script>alert("x")</script> & Tom's <b>role</b>`,
    })
    expect(text).toBe(`<script>alert("x")</script> & Tom's <b>role</b>`)
    expect(html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Tom&#39;s &lt;b&gt;role&lt;/b&gt;</p>',
    )
  })

  it('treats CRLF and blank lines with spaces as paragraph breaks, and keeps unicode', () => {
    const { text, html } = draftToClipboard({ body: 'Hi Tomás 😀\r\n  \r\n\r\nBye' })
    expect(text).toBe('Hi Tomás 😀\n  \n\nBye')
    expect(html).toBe('<p>Hi Tomás 😀</p>\n<p>Bye</p>')
  })

  it('gives empty HTML for an empty body', () => {
    expect(draftToClipboard({ body: '' })).toEqual({ text: '', html: '' })
  })
})

describe('escapeHtml', () => {
  it('leaves plain text alone', () => {
    expect(escapeHtml('Kind regards, Alex')).toBe('Kind regards, Alex')
  })
})
