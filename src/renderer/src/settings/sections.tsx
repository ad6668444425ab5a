import { BellIcon, CadenceIcon, DataIcon, MailIcon, UserIcon } from '../common/icons'
import { CadenceSection } from './CadenceSection'
import { DataSection } from './DataSection'
import { ProfileSection } from './ProfileSection'
import { RemindersSection } from './RemindersSection'
import type { SettingsSection } from './section-types'
import { CADENCE_FIELDS } from './settings-form-values'
import { TemplatesSection } from './TemplatesSection'

/** The list on the left, in order. A new section (templates, backups) is one more entry. */
export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  {
    id: 'profile',
    label: 'Profile',
    summary: 'Who your drafts come from, and the time zone Foothold plans in.',
    Icon: UserIcon,
    fields: ['yourName', 'timeZone', 'signature', 'spellcheck'],
    Content: (props) => <ProfileSection {...props} spelling />,
  },
  {
    id: 'cadence',
    label: 'Cadence',
    summary: 'When Foothold asks you to follow up after an interview, and when it lets go.',
    Icon: CadenceIcon,
    fields: CADENCE_FIELDS,
    Content: CadenceSection,
  },
  {
    id: 'reminders',
    label: 'Reminders',
    summary: 'When your reminders arrive, how they reach you, and when they keep quiet.',
    Icon: BellIcon,
    fields: [
      'reminderTime',
      'workdays',
      'freshReminderWaitsForMorning',
      'quietHoursEnabled',
      'quietFrom',
      'quietUntil',
      'startAtLogin',
    ],
    Content: RemindersSection,
  },
  {
    id: 'templates',
    label: 'Templates',
    summary: 'The wording of every draft, yours to rewrite, with a preview as you type.',
    Icon: MailIcon,
    fields: ['templates'],
    Content: TemplatesSection,
  },
  {
    id: 'data',
    label: 'Data',
    summary: 'Where your board is kept, its daily backups, and the board in or out as a file.',
    Icon: DataIcon,
    fields: [],
    Content: DataSection,
  },
]
