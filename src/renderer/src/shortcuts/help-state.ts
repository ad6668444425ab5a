import { create } from 'zustand'

interface HelpState {
  open: boolean
}

/** Whether the keyboard shortcuts overlay is showing; the top bar's button and the keys open it. */
export const useHelp = create<HelpState>(() => ({ open: false }))

export const openHelp = () => useHelp.setState({ open: true })
export const closeHelp = () => useHelp.setState({ open: false })
