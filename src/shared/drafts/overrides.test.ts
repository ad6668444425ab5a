import { describe, expect, it } from 'vitest'
import { resetTemplate, resolveTemplate } from './overrides'
import { TemplateOverridesSchema, TEMPLATE_LIMITS } from '../domain/template-overrides'
import { defaultTemplate } from './templates'

const MINE = { subject: 'My {position} note', body: 'Hello {interviewerFirstName}' }

describe('TemplateOverridesSchema', () => {
  it('accepts edited templates keyed by stage/channel/tone, and none at all', () => {
    expect(TemplateOverridesSchema.parse({})).toEqual({})
    const overrides = {
      'thank-you/email/formal': MINE,
      'final/linkedin/casual': { subject: '', body: 'Hi {interviewerFirstName}' },
    }
    expect(TemplateOverridesSchema.parse(overrides)).toEqual(overrides)
  })

  // prettier-ignore
  it.each([
    ['an unknown key', { 'thank-you/fax/formal': MINE }],
    ['a malformed key', { 'thank-you/email': MINE }],
    ['a subject on a LinkedIn note', { 'check-in/linkedin/formal': { subject: 'Hi', body: 'x' } }],
    ['a subject on a call script', { 'final/call/casual': { subject: 'Hi', body: 'x' } }],
    ['an empty body', { 'final/email/casual': { subject: 'S', body: '  \n ' } }],
    ['a body over the limit', { 'final/email/casual': { subject: 'S', body: 'x'.repeat(TEMPLATE_LIMITS.body + 1) } }],
    ['a subject over the limit', { 'final/email/casual': { subject: 'x'.repeat(TEMPLATE_LIMITS.subject + 1), body: 'x' } }],
    ['an extra field', { 'final/email/casual': { ...MINE, html: '<b>' } }],
    ['a missing field', { 'final/email/casual': { body: 'x' } }],
  ])('refuses %s', (_what, overrides) => {
    expect(TemplateOverridesSchema.safeParse(overrides).success).toBe(false)
  })
})

describe('resolveTemplate', () => {
  it('falls back to the default', () => {
    expect(resolveTemplate(undefined, 'check-in/email/formal')).toEqual({
      key: 'check-in/email/formal',
      ...defaultTemplate('check-in/email/formal'),
      custom: false,
    })
    expect(resolveTemplate({ 'final/email/formal': MINE }, 'check-in/email/formal').custom).toBe(
      false,
    )
  })

  it('uses the person’s own template for its key', () => {
    expect(resolveTemplate({ 'check-in/email/formal': MINE }, 'check-in/email/formal')).toEqual({
      key: 'check-in/email/formal',
      ...MINE,
      custom: true,
    })
  })

  it('resets to the default by deleting the override, leaving the others', () => {
    const overrides = { 'check-in/email/formal': MINE, 'final/email/formal': MINE }
    const reset = resetTemplate(overrides, 'check-in/email/formal')
    expect(reset).toEqual({ 'final/email/formal': MINE })
    expect(overrides).toHaveProperty(['check-in/email/formal'])
    expect(resolveTemplate(reset, 'check-in/email/formal').custom).toBe(false)
  })
})
