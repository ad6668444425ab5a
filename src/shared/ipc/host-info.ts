// Apart from contract.ts, whose schemas the window does not load with the board.

/** Which copy of Foothold answers, and what it can do that the other cannot. */
export interface HostInfo {
  edition: 'desktop' | 'browser'
  /** Opening the system's file manager on the data file. */
  canShowInFolder: boolean
  /** Starting with the computer, quietly in the tray. */
  canStartAtLogin: boolean
}

export const DESKTOP_HOST: HostInfo = {
  edition: 'desktop',
  canShowInFolder: true,
  canStartAtLogin: true,
}

export const BROWSER_HOST: HostInfo = {
  edition: 'browser',
  canShowInFolder: false,
  canStartAtLogin: false,
}
