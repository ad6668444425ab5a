import type { DraftChannel, TemplateKey } from '../domain/template-keys'
import { parseTemplateKey } from '../domain/template-keys'
import type { Stage, Tone } from '../domain/interview'
import type { DraftTemplate } from './render'

/**
 * The default draft for every stage, channel and tone. Each one is short, names the role, says
 * something specific when the card knows it, and asks for nothing more than the next step. Optional
 * details sit in `{?name}…{/name}` sections so a sparse card still reads well (see ./syntax.ts).
 * The `closed` stage is the gracious stay-in-touch note after a card is closed.
 */

export const DRAFT_CHANNEL_LABELS: Record<DraftChannel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn note',
  call: 'Call script',
}

export const DRAFT_STAGE_LABELS: Record<Stage, string> = {
  'thank-you': 'Thank-you',
  'check-in': 'Check-in',
  final: 'Final follow-up',
  closed: 'Stay in touch',
}

const lines = (...text: string[]) => text.join('\n')
const note = (body: string): DraftTemplate => ({ subject: '', body })

const BY_YOU = '{?yourName} – {yourName}{/yourName}'
const SIGNED = '{?signature}{signature}{/signature}'
const IT_IS_ME = {
  formal: '{?yourName}, this is {yourName}{/yourName}',
  casual: '{?yourName}, it’s {yourName}{/yourName}',
}

type Defaults = Record<Stage, Record<DraftChannel, Record<Tone, DraftTemplate>>>

export const DEFAULT_TEMPLATES: Defaults = {
  'thank-you': {
    email: {
      formal: {
        subject: `Thank you for the {position} interview${BY_YOU}`,
        body: lines(
          'Dear {interviewerName},',
          '',
          'Thank you for meeting with me {interviewWhen} about the {position} role at {company}. {?topics}Our conversation about {topics} stayed with me, and it made me all the more certain that I would enjoy contributing to your team.{/topics}{!topics}Our conversation made me all the more certain that I would enjoy contributing to your team.{/topics}',
          '',
          'If anything further from me would help, I would be glad to send it.',
          '',
          'Kind regards,',
          SIGNED,
        ),
      },
      casual: {
        subject: `Thanks for the {position} conversation${BY_YOU}`,
        body: lines(
          'Hi {interviewerFirstName},',
          '',
          'Thanks so much for talking with me {interviewWhen} about the {position} role. {?topics}I really enjoyed our chat about {topics}, and it left me even more excited about joining {company}.{/topics}{!topics}I came away even more excited about joining {company}.{/topics}',
          '',
          'If anything else from me would be useful, just let me know.',
          '',
          'Best,',
          SIGNED,
        ),
      },
    },
    linkedin: {
      formal: note(
        'Hello {interviewerName}, thank you for our conversation {interviewWhen} about the {position} role at {company}.{?topics} I valued our exchange on {topics}.{/topics} I would be glad to stay connected.',
      ),
      casual: note(
        'Hi {interviewerFirstName}, thanks for the great conversation {interviewWhen} about the {position} role at {company}!{?topics} I enjoyed talking about {topics}.{/topics} I’d love to stay connected.',
      ),
    },
    call: {
      formal: note(
        lines(
          `Hello {interviewerName}${IT_IS_ME.formal}. We met {interviewWhen} about the {position} role at {company}.`,
          '',
          'I wanted to thank you personally for your time. {?topics}I found our discussion of {topics} especially valuable. {/topics}It confirmed how much I would like to join your team.',
          '',
          'Is there anything else I could send you that would help?',
          '',
          'Thank you again, and have a good day.',
          '',
          '[Voicemail: give your name and the role, say thank you, and leave your number once, slowly.]',
        ),
      ),
      casual: note(
        lines(
          `Hi {interviewerFirstName}${IT_IS_ME.casual}. We talked {interviewWhen} about the {position} role.`,
          '',
          'I just wanted to say thanks for your time. {?topics}I really enjoyed our chat about {topics}. {/topics}It made me even keener on joining {company}.',
          '',
          'Is there anything else you’d like from me?',
          '',
          'Thanks again, and have a great day.',
          '',
          '[Voicemail: your name, the role, a quick thank-you, and your number once, slowly.]',
        ),
      ),
    },
  },
  'check-in': {
    email: {
      formal: {
        subject: `Next steps for the {position} role${BY_YOU}`,
        body: lines(
          'Dear {interviewerName},',
          '',
          'I hope you are well. {?topics}Since our conversation {interviewWhen}, I have kept thinking about {topics}, and my interest in the {position} role at {company} has only grown.{/topics}{!topics}Since our conversation {interviewWhen}, my interest in the {position} role at {company} has only grown.{/topics}',
          '',
          '{?decisionDate}You mentioned that a decision was planned for around {decisionDate}. Could you let me know how things stand and what the next step would be?{/decisionDate}{!decisionDate}Could you let me know how the process is going and what the next step would be?{/decisionDate}',
          '',
          'I am happy to provide anything else that would help.',
          '',
          'Kind regards,',
          SIGNED,
        ),
      },
      casual: {
        subject: `Checking in on the {position} role${BY_YOU}`,
        body: lines(
          'Hi {interviewerFirstName},',
          '',
          'Hope your week is going well! {?topics}I’ve been thinking more about {topics} since we spoke, and I’m still really keen on the {position} role at {company}.{/topics}{!topics}Since we spoke {interviewWhen}, I’ve only become keener on the {position} role at {company}.{/topics}',
          '',
          '{?decisionDate}You mentioned the team hoped to decide around {decisionDate}. Is there any news you can share, or a next step I should plan for?{/decisionDate}{!decisionDate}Is there any news you can share, or a next step I should plan for?{/decisionDate}',
          '',
          'Happy to send anything else that would help.',
          '',
          'Best,',
          SIGNED,
        ),
      },
    },
    linkedin: {
      formal: note(
        'Hello {interviewerName}, I remain very interested in the {position} role at {company}{?topics}, particularly after our conversation about {topics}{/topics}.{?decisionDate} As a decision was expected around {decisionDate}, may I ask what the next step will be?{/decisionDate}{!decisionDate} May I ask how the process is going?{/decisionDate}',
      ),
      casual: note(
        'Hi {interviewerFirstName}, I’m still excited about the {position} role at {company}{?topics}, especially after our chat about {topics}{/topics}.{?decisionDate} You mentioned a decision around {decisionDate}; is there a next step I can plan for?{/decisionDate}{!decisionDate} Is there a next step I can plan for?{/decisionDate}',
      ),
    },
    call: {
      formal: note(
        lines(
          `Hello {interviewerName}${IT_IS_ME.formal}. We spoke {interviewWhen} about the {position} role at {company}.`,
          '',
          'I remain very interested in the role{?topics}, especially after our conversation about {topics}{/topics}.',
          '',
          '{?decisionDate}You mentioned a decision around {decisionDate}. {/decisionDate}May I ask how the process is going, and whether I can provide anything further?',
          '',
          'Thank you for your time.',
          '',
          '[Voicemail: your name, the role, that you remain interested, and your number once, slowly.]',
        ),
      ),
      casual: note(
        lines(
          `Hi {interviewerFirstName}${IT_IS_ME.casual}. We talked {interviewWhen} about the {position} role at {company}.`,
          '',
          'I’m still really keen on it{?topics}, especially after our chat about {topics}{/topics}.',
          '',
          '{?decisionDate}You mentioned a decision around {decisionDate}. {/decisionDate}How are things moving, and is there anything else I can send you?',
          '',
          'Thanks for your time.',
          '',
          '[Voicemail: your name, the role, that you’re still keen, and your number once, slowly.]',
        ),
      ),
    },
  },
  final: {
    email: {
      formal: {
        subject: `The {position} role at {company}${BY_YOU}`,
        body: lines(
          'Dear {interviewerName},',
          '',
          'I wanted to send one last note about the {position} role at {company}. I know decisions like this take time and involve many people, so I will leave it with you after this message.',
          '',
          'I remain very interested in the role{?topics}, not least because of our conversation about {topics}{/topics}. If the team has chosen another direction, I would be grateful to know, and I would be glad to stay in touch.',
          '',
          'Many thanks for your time throughout the process.',
          '',
          'Kind regards,',
          SIGNED,
        ),
      },
      casual: {
        subject: `One last note on the {position} role${BY_YOU}`,
        body: lines(
          'Hi {interviewerFirstName},',
          '',
          'Just one last note from me about the {position} role at {company}. I know hiring takes time, so I’ll leave it with you after this one.',
          '',
          'I’m still very keen on the role{?topics}, especially after our chat about {topics}{/topics}. If you’ve decided to go another way, I’d really appreciate knowing, and I’d be glad to stay in touch either way.',
          '',
          'Thanks again for your time.',
          '',
          'Best,',
          SIGNED,
        ),
      },
    },
    linkedin: {
      formal: note(
        'Hello {interviewerName}, one last note about the {position} role at {company}: I remain very interested{?topics}, not least after our conversation about {topics}{/topics}. If you have chosen another direction, I would be grateful to know. Thank you for your time.',
      ),
      casual: note(
        'Hi {interviewerFirstName}, one last note from me on the {position} role at {company}: I’m still very keen{?topics}, especially after our chat about {topics}{/topics}. If you’ve gone another way, I’d appreciate knowing. Thanks for your time!',
      ),
    },
    call: {
      formal: note(
        lines(
          `Hello {interviewerName}${IT_IS_ME.formal}, calling about the {position} role at {company}.`,
          '',
          'I know these decisions take time, so this is my last call about it. I remain very interested in the role{?topics}, not least because of our conversation about {topics}{/topics}.',
          '',
          'Could you tell me where things stand? If you have chosen another direction, I would be grateful to know.',
          '',
          'Thank you for your time.',
          '',
          '[Voicemail: your name, the role, that you remain interested, and your number once. This is the last call.]',
        ),
      ),
      casual: note(
        lines(
          `Hi {interviewerFirstName}${IT_IS_ME.casual}, about the {position} role at {company}.`,
          '',
          'I know hiring takes time, so this is my last call about it. I’m still very keen{?topics}, especially after our chat about {topics}{/topics}.',
          '',
          'Where do things stand? If you’ve gone another way, I’d appreciate knowing.',
          '',
          'Thanks for your time.',
          '',
          '[Voicemail: your name, the role, that you’re still keen, and your number once. This is the last call.]',
        ),
      ),
    },
  },
  closed: {
    email: {
      formal: {
        subject: `Keeping in touch after the {position} interview${BY_YOU}`,
        body: lines(
          'Dear {interviewerName},',
          '',
          'Some time has passed since we met about the {position} role at {company}, and I wanted to thank you again for that conversation{?topics}; I still think back to what we said about {topics}{/topics}.',
          '',
          'I hope things are going well for you and your team. I would be glad to stay in touch, and if a role ever opens where my experience could help, I would be happy to hear about it.',
          '',
          'With best wishes,',
          SIGNED,
        ),
      },
      casual: {
        subject: `A hello after the {position} interview${BY_YOU}`,
        body: lines(
          'Hi {interviewerFirstName},',
          '',
          'It’s been a while since we talked about the {position} role at {company}, and I hope things are going well for you and the team. {?topics}Our chat about {topics} has stuck with me.{/topics}',
          '',
          'I’d love to stay in touch, and if something opens up where I could help, I’d be glad to hear about it.',
          '',
          'All the best,',
          SIGNED,
        ),
      },
    },
    linkedin: {
      formal: note(
        'Hello {interviewerName}, I hope all is well at {company}. I still remember our conversation about the {position} role{?topics}, and especially {topics}{/topics}. I would be glad to stay connected.',
      ),
      casual: note(
        'Hi {interviewerFirstName}, hope all is well at {company}! I still remember our chat about the {position} role{?topics}, especially {topics}{/topics}. Would be great to stay connected.',
      ),
    },
    call: {
      formal: note(
        lines(
          `Hello {interviewerName}${IT_IS_ME.formal}. We met some time ago about the {position} role at {company}.`,
          '',
          'I am calling simply to say hello and to thank you again for that conversation{?topics}; I still think about {topics}{/topics}. I hope things are going well for you.',
          '',
          'I would be glad to stay in touch. If a role opens where I could help, I would be happy to hear about it.',
          '',
          '[Voicemail: your name, how you met, a warm hello, and your number once.]',
        ),
      ),
      casual: note(
        lines(
          `Hi {interviewerFirstName}${IT_IS_ME.casual}. We talked a while back about the {position} role at {company}.`,
          '',
          'I’m just calling to say hi and thanks again for that conversation{?topics}; I still think about {topics}{/topics}. How are things with you and the team?',
          '',
          'I’d love to stay in touch, and if something opens up where I could help, I’d be glad to hear about it.',
          '',
          '[Voicemail: your name, how you met, a friendly hello, and your number once.]',
        ),
      ),
    },
  },
}

export function defaultTemplate(key: TemplateKey): DraftTemplate {
  const { stage, channel, tone } = parseTemplateKey(key)
  return DEFAULT_TEMPLATES[stage][channel][tone]
}
