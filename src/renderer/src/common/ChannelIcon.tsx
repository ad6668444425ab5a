import type { JSX } from 'react'
import type { FollowUpChannel } from '@shared/cadence/plan'
import { LinkedInIcon, MailIcon, PhoneIcon } from './icons'

const ICONS: Record<FollowUpChannel, () => JSX.Element> = {
  email: MailIcon,
  call: PhoneIcon,
  linkedin: LinkedInIcon,
}

export function ChannelIcon({ channel }: { channel: FollowUpChannel }) {
  const Icon = ICONS[channel]
  return <Icon />
}
