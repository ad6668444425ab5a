import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { METHODS, channelOf } from '@shared/ipc/methods'
import { fail } from '@shared/ipc/result'
import type { Dispatch } from './dispatch'

/** Wires every contract method to ipcMain, refusing messages from any frame but the app's own. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrusted: (frame: IpcMainInvokeEvent['senderFrame']) => boolean,
): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), (event, payload: unknown) =>
      isTrusted(event.senderFrame)
        ? dispatch(method, payload)
        : fail('invalid-request', 'Refused a request from an unknown page'),
    )
  }
}
