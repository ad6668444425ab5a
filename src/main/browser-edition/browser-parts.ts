import { basename } from 'node:path'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import { PickedFileSchema } from '@shared/ipc/socket-schemas'
import type { FileDialogs } from '../ipc/data-handlers'
import type { ClipboardWriter } from '../ipc/draft-handlers'
import { RequestError } from '../ipc/request-error'
import type { Page, Pages } from './pages'
import type { Transfers } from './transfers'

/**
 * What the desktop app gets from Electron (clipboard, file pickers, opening links, notifications),
 * done by the person's browser instead: each is asked of the tab whose request needs it.
 */
export interface BrowserParts {
  clipboard: ClipboardWriter
  dialogs: FileDialogs
  openExternal(url: string): Promise<void>
  notify(notice: ReminderNotice): void
  /** Resolves when every notification handed to the tabs so far has been shown or refused. */
  settled(): Promise<void>
  /** A tab is ready: reminders that reached no tab (it closed as they came) go to this one. */
  deliverPending(page: Page): void
}

export function createBrowserParts(pages: Pages, transfers: Transfers): BrowserParts {
  const requester = (): Page => {
    const page = pages.requesting
    if (!page) throw new Error('Asked the browser for something outside a request from a tab')
    return page
  }
  /** Asks the tab; a refusal becomes a message the person can act on. */
  const ask = async (what: string, ...args: Parameters<Page['ask']>): Promise<unknown> => {
    try {
      return await requester().ask(...args)
    } catch (error) {
      throw new RequestError('invalid-request', `${what}: ${(error as Error).message}`)
    }
  }
  const showing = new Set<Promise<unknown>>()
  // Counted as shown by the scheduler, but every tab closed before it could show them.
  const pending: ReminderNotice[] = []
  const show = (notice: ReminderNotice, to: readonly Page[]) => {
    const tries = to.map((page) => page.ask({ kind: 'notify', notice }).then(() => true))
    const shown = Promise.any(tries).catch(() => void pending.push(notice))
    showing.add(shown)
    void shown.finally(() => showing.delete(shown))
  }

  return {
    clipboard: {
      write: async (content) => {
        await ask('The browser did not let Foothold use the clipboard', {
          kind: 'clipboard',
          ...content,
        })
      },
    },
    dialogs: {
      async chooseImportFile(kind) {
        const upload = await transfers.expectUpload()
        const answer = await ask('The file could not be read', {
          kind: 'pick-file',
          title: kind.title,
          accept: `.${kind.extension}`,
          upload: upload.url,
        })
        if (answer === null || answer === undefined) return null
        const picked = PickedFileSchema.safeParse(answer)
        const path = picked.success ? upload.received(picked.data.name) : null
        if (!path) throw new RequestError('invalid-request', 'The file did not arrive. Try again.')
        return path
      },
      chooseExportFile: (suggestedName) => transfers.exportPath(suggestedName),
      async exported(file) {
        const name = basename(file)
        await ask('The browser did not download the file', {
          kind: 'download',
          url: transfers.offerDownload(file),
          name,
        })
        return `your browser’s downloads (${name})`
      },
    },
    openExternal: async (url) => {
      await ask('The browser did not open the link', { kind: 'open-url', url })
    },
    notify: (notice) => show(notice, pages.ready),
    deliverPending(page) {
      for (const notice of pending.splice(0)) show(notice, [page])
    },
    settled: async () => {
      while (showing.size > 0) await Promise.all([...showing])
    },
  }
}
