import iconUrl from '../../../resources/icon.svg?url'
import type { ReminderNotice } from '@shared/cadence/reminder-text'
import { createFootholdApi } from '@shared/ipc/client'
import type { Transport } from '@shared/ipc/client'
import { eventChannelOf } from '@shared/ipc/methods'
import type { IpcResult } from '@shared/ipc/result'
import type { PageAsk, PickedFile, ServerMessage } from '@shared/ipc/socket-protocol'
import { SOCKET_PATH } from '@shared/ipc/socket-protocol'

/**
 * The browser edition's preload: it gives the page `window.foothold` over a WebSocket to the local
 * server, with the same typed API and the same early first-screen request as the desktop preload,
 * and does for the server what only the browser can (clipboard, file picker, download, links,
 * notifications). It runs before the app's own module.
 */

const STOPPED =
  'Foothold has stopped running, so nothing more can be saved from this tab. Start it again ' +
  '(npm run start:browser) and open the address it prints.'
const stoppedResult: IpcResult<never> = { ok: false, error: { code: 'internal', message: STOPPED } }

const socket = new WebSocket(`ws://${location.host}${SOCKET_PATH}`)
const opened = new Promise<void>((resolve) => socket.addEventListener('open', () => resolve()))
const answers = new Map<number, (result: IpcResult<unknown>) => void>()
const listeners = new Map<string, Set<(payload: unknown) => void>>()
let nextId = 0
let stopped = false

const emit = (channel: string, payload: unknown) => {
  for (const listener of [...(listeners.get(channel) ?? [])]) listener(payload)
}

const send = (message: object) => void opened.then(() => socket.send(JSON.stringify(message)))

const transport: Transport = {
  invoke(channel, payload) {
    if (stopped) return Promise.resolve(stoppedResult)
    const id = ++nextId
    return new Promise((resolve) => {
      answers.set(id, resolve)
      send({ t: 'invoke', id, channel, payload })
    })
  },
  on(channel, listener) {
    if (!listeners.has(channel)) listeners.set(channel, new Set())
    listeners.get(channel)!.add(listener)
    return () => listeners.get(channel)?.delete(listener)
  },
}

socket.addEventListener('message', (event) => {
  const message = JSON.parse(String(event.data)) as ServerMessage
  switch (message.t) {
    case 'result':
      answers.get(message.id)?.(message.result)
      answers.delete(message.id)
      return
    case 'event':
      return emit(message.channel, message.payload)
    case 'ask':
      return void perform(message.ask).then(
        (value) => send({ t: 'answer', id: message.id, ok: true, value }),
        (error: unknown) =>
          send({ t: 'answer', id: message.id, ok: false, error: describe(error).slice(0, 500) }),
      )
    case 'refused':
      console.warn('Foothold refused a message:', message.reason)
  }
})

socket.addEventListener('close', () => {
  stopped = true
  for (const answer of answers.values()) answer(stoppedResult)
  answers.clear()
  emit(eventChannelOf('hostStopped'), { reason: STOPPED })
})

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function perform(ask: PageAsk): Promise<unknown> {
  switch (ask.kind) {
    case 'clipboard':
      return copy(ask.text, ask.html)
    case 'open-url':
      return openUrl(ask.url)
    case 'pick-file':
      return pickFile(ask.accept, ask.upload)
    case 'download':
      return download(ask.url, ask.name)
    case 'notify':
      return notify(ask.notice)
  }
}

async function copy(text: string, html: string): Promise<null> {
  if (typeof ClipboardItem === 'function') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ])
  } else {
    await navigator.clipboard.writeText(text)
  }
  return null
}

function clickLink(href: string, setUp: (link: HTMLAnchorElement) => void = () => undefined) {
  const link = document.createElement('a')
  link.href = href
  link.rel = 'noopener noreferrer'
  setUp(link)
  document.body.append(link)
  link.click()
  link.remove()
}

function openUrl(url: string): null {
  // A mail link goes to the mail app and leaves the page where it is; a web page gets a tab.
  if (url.startsWith('mailto:')) clickLink(url)
  else if (!window.open(url, '_blank', 'noopener,noreferrer')) {
    throw new Error('the browser blocked the new tab')
  }
  return null
}

function download(url: string, name: string): null {
  clickLink(url, (link) => (link.download = name))
  return null
}

/** Shows the browser's own file picker, sends the chosen file, and names it; null if cancelled. */
function pickFile(accept: string, upload: string): Promise<PickedFile | null> {
  if (navigator.userActivation && !navigator.userActivation.isActive) {
    return Promise.reject(
      new Error('the browser opens a file picker only right after a click. Press the button again'),
    )
  }
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.addEventListener('cancel', () => resolve(null))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return resolve(null)
      void fetch(upload, {
        method: 'POST',
        body: file,
        headers: { 'x-file-name': encodeURIComponent(file.name) },
      }).then(
        async (response) =>
          response.ok ? resolve({ name: file.name }) : reject(new Error(await response.text())),
        reject,
      )
    })
    input.click()
  })
}

// Kept until closed: a notification nobody holds can be collected before it is clicked.
const shown = new Map<string, Notification>()

/**
 * A reminder as a system notification when the person has allowed them (asked from a click in
 * the app, never on load), else in the window's own reminder banner, as the desktop app does when
 * the system will not show one.
 */
function notify(notice: ReminderNotice): 'system' | 'in-app' {
  if (!('Notification' in window) || Notification.permission !== 'granted') {
    emit(eventChannelOf('reminderInApp'), notice)
    return 'in-app'
  }
  const notification = new Notification(notice.title, {
    body: notice.body,
    tag: notice.key,
    data: { cardId: notice.cardId, key: notice.key },
  })
  shown.set(notice.key, notification)
  notification.addEventListener('click', () => {
    window.focus()
    notification.close()
    emit(eventChannelOf('openCard'), { cardId: notice.cardId, key: notice.key })
  })
  notification.addEventListener('error', () => emit(eventChannelOf('reminderInApp'), notice))
  notification.addEventListener('close', () => shown.delete(notice.key))
  return 'system'
}

// A browser tab shows an icon; the desktop window has the app's own.
const icon = document.createElement('link')
icon.rel = 'icon'
icon.href = iconUrl
document.head.append(icon)

Object.defineProperty(window, 'foothold', {
  value: createFootholdApi(transport, { askEarly: ['loadFirstScreen'] }),
  enumerable: true,
})
