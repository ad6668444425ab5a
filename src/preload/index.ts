import { contextBridge, ipcRenderer } from 'electron'
import { createFootholdApi } from '@shared/ipc/client'

// The renderer gets one typed function per contract method and never sees ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'foothold',
  createFootholdApi(
    {
      invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
      on: (channel, listener) => {
        const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload)
        ipcRenderer.on(channel, handler)
        return () => ipcRenderer.removeListener(channel, handler)
      },
    },
    // Small, and drawn as soon as it arrives; the whole board is asked for once that is on screen.
    { askEarly: ['loadFirstScreen'] },
  ),
)
