import type { SVGProps } from 'react'

/** Small stroke icons drawn inline: the CSP allows no external images. */
function Icon({ children, ...props }: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  )
}

export const PlusIcon = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
)

export const SearchIcon = () => (
  <Icon>
    <circle cx="7" cy="7" r="4.25" />
    <path d="m10.25 10.25 3 3" />
  </Icon>
)

export const CloseIcon = () => (
  <Icon>
    <path d="m4 4 8 8M12 4l-8 8" />
  </Icon>
)

export const TrashIcon = () => (
  <Icon>
    <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5" />
  </Icon>
)

export const CalendarIcon = () => (
  <Icon>
    <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" />
    <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3" />
  </Icon>
)

export const VideoIcon = () => (
  <Icon>
    <rect x="1.75" y="4" width="9" height="8" rx="1.5" />
    <path d="m10.75 7 3.5-2v6l-3.5-2" />
  </Icon>
)

export const PhoneIcon = () => (
  <Icon>
    <path d="M4.5 2h2l1 3-1.5 1a7 7 0 0 0 3.5 3.5l1-1.5 3 1v2a1.5 1.5 0 0 1-1.5 1.5A10.5 10.5 0 0 1 3 3.5 1.5 1.5 0 0 1 4.5 2Z" />
  </Icon>
)

export const BuildingIcon = () => (
  <Icon>
    <path d="M3 14V3.5L9 2v12M9 6h4v8M1.5 14h13M5 5.5h1.5M5 8h1.5M5 10.5h1.5M11 8.5v.01M11 11v.01" />
  </Icon>
)

export const ArrowRightIcon = () => (
  <Icon>
    <path d="M3 8h10M9 4l4 4-4 4" />
  </Icon>
)

export const MoveIcon = () => (
  <Icon>
    <circle cx="3.5" cy="8" r=".6" fill="currentColor" />
    <circle cx="8" cy="8" r=".6" fill="currentColor" />
    <circle cx="12.5" cy="8" r=".6" fill="currentColor" />
  </Icon>
)

export const AlertIcon = () => (
  <Icon>
    <path d="M8 2 1.5 13.5h13L8 2Z" />
    <path d="M8 6.5v3M8 11.5v.01" />
  </Icon>
)

export const LockIcon = () => (
  <Icon>
    <rect x="3" y="7" width="10" height="7" rx="1.5" />
    <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
  </Icon>
)

export const LogoMark = () => (
  <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
    <rect width="20" height="20" rx="5" fill="currentColor" />
    <path
      d="M6 14V6h8M6 10h5"
      fill="none"
      stroke="var(--logo-ink)"
      strokeWidth="2"
      strokeLinecap="round"
    />
  </svg>
)

export const ClockIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="5.75" />
    <path d="M8 4.75V8l2.25 1.5" />
  </Icon>
)

export const OverdueIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="5.75" />
    <path d="M8 4.75v3.75M8 11v.01" />
  </Icon>
)

export const WaitingIcon = () => (
  <Icon>
    <path d="M4.5 2h7M4.5 14h7M5 2v2.5L8 8l3-3.5V2M5 14v-2.5L8 8l3 3.5V14" />
  </Icon>
)

export const CheckIcon = () => (
  <Icon>
    <path d="m3.5 8.5 3 3 6-7" />
  </Icon>
)

export const MailIcon = () => (
  <Icon>
    <rect x="2" y="3.5" width="12" height="9" rx="1.5" />
    <path d="m2.5 4.5 5.5 4.25 5.5-4.25" />
  </Icon>
)

export const LinkedInIcon = () => (
  <Icon>
    <rect x="2" y="2" width="12" height="12" rx="2" />
    <path d="M5.25 7v4M5.25 4.9v.01M8 11V7M8 8.75C8 7.6 8.8 7 9.75 7s1.25.6 1.25 1.75V11" />
  </Icon>
)

export const SnoozeIcon = () => (
  <Icon>
    <path d="M9.5 2.5h4l-4 4.5h4M2.5 7.5h4l-4 6h4" />
  </Icon>
)

export const ReplyIcon = () => (
  <Icon>
    <path d="M6.5 4 2.5 8l4 4M2.5 8H10a3.5 3.5 0 0 1 3.5 3.5V13" />
  </Icon>
)

export const ChevronDownIcon = () => (
  <Icon>
    <path d="m4.5 6.5 3.5 3.5 3.5-3.5" />
  </Icon>
)

export const GearIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="2" />
    <path d="M12.78 6.52 14.37 6.71v2.58l-1.59.19-.36.85 1 1.26-1.83 1.83-1.26-1-.85.36-.19 1.59H6.71l-.19-1.59-.85-.36-1.26 1-1.83-1.83 1-1.26-.36-.85-1.59-.19V6.71l1.59-.19.36-.85-1-1.26 1.83-1.83 1.26 1 .85-.36.19-1.59h2.58l.19 1.59.85.36 1.26-1 1.83 1.83-1 1.26.36.85Z" />
  </Icon>
)

export const ChartIcon = () => (
  <Icon>
    <path d="M2.5 13.5h11M4.5 11V8M8 11V4M11.5 11V6.5" />
  </Icon>
)

export const KeyboardIcon = () => (
  <Icon>
    <rect x="1.75" y="4" width="12.5" height="8" rx="1.5" />
    <path d="M4.5 6.75h.01M7 6.75h.01M9.5 6.75h.01M12 6.75h.01M5 9.5h6" />
  </Icon>
)

export const ArrowLeftIcon = () => (
  <Icon>
    <path d="M13 8H3M7 4 3 8l4 4" />
  </Icon>
)

export const UserIcon = () => (
  <Icon>
    <circle cx="8" cy="5.5" r="2.75" />
    <path d="M2.75 13.75a5.25 5.25 0 0 1 10.5 0" />
  </Icon>
)

export const BellIcon = () => (
  <Icon>
    <path d="M4 11.5V7a4 4 0 0 1 8 0v4.5l1.25 1.25H2.75L4 11.5ZM6.5 14a1.5 1.5 0 0 0 3 0" />
  </Icon>
)

/** Steps up a stair: the follow-ups of the cadence, one after another. */
export const CadenceIcon = () => (
  <Icon>
    <path d="M2 13.5h3.5V10H9V6.5h3.5V3H14" />
  </Icon>
)

export const CopyIcon = () => (
  <Icon>
    <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
    <path d="M10.5 5.5V4A1.5 1.5 0 0 0 9 2.5H4A1.5 1.5 0 0 0 2.5 4v5A1.5 1.5 0 0 0 4 10.5h1.5" />
  </Icon>
)

export const InfoIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="5.75" />
    <path d="M8 7.25v3.5M8 5.25v.01" />
  </Icon>
)

/** Back to how it was: an arrow turning back on itself. */
export const ResetIcon = () => (
  <Icon>
    <path d="M3 3.5v3h3" />
    <path d="M3.4 6.5A5 5 0 1 1 3 9.5" />
  </Icon>
)

/** A cylinder of records: where the board's data lives. */
export const DataIcon = () => (
  <Icon>
    <ellipse cx="8" cy="4" rx="5" ry="2" />
    <path d="M3 4v8c0 1.1 2.2 2 5 2s5-.9 5-2V4M3 8c0 1.1 2.2 2 5 2s5-.9 5-2" />
  </Icon>
)
