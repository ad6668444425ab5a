import type { FootholdApi } from '@shared/ipc/contract'

declare global {
  interface Window {
    /** The typed bridge the preload exposes; the only way the renderer reaches the main process. */
    readonly foothold: FootholdApi
  }
}

export {}
