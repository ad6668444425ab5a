import type { ReminderNotice } from '@shared/cadence/reminder-text'

/** What a browser answers when a page asks whether it may show notifications. */
export type Permission = 'granted' | 'default' | 'denied'

/** What the page handed to the browser, as the recorder below kept it. */
export interface Recorded {
  read(): {
    notifications: ReminderNotice[]
    clipboard: Array<{ text: string; html: string }>
    opened: string[]
    /** How often the page asked whether it may show notifications. */
    permissionRequests: number
  }
  /** Fires a recorded notification's event, as the browser does on a click or a failure. */
  fire(key: string, event: 'click' | 'error'): void
}

/**
 * Runs in the page before anything else. It stands in for three browser features at the exact
 * point where Foothold's page hands them over — the Notification constructor, the clipboard's
 * write and a click on a link or window.open — and records what was handed over, so that specs
 * can read it and click a notification as the person would. Everything before that point (the
 * server's scheduler, the socket, the bridge's decisions) is the real browser edition.
 */
export const RECORDER_SCRIPT = (permission: Permission): string => `(() => {
  const notifications = [];
  const clipboard = [];
  const opened = [];
  let permissionRequests = 0;
  class RecordedNotification extends EventTarget {
    static permission = ${JSON.stringify(permission)};
    // The person answers yes to a prompt they asked for.
    static async requestPermission() {
      permissionRequests++;
      if (RecordedNotification.permission === 'default') RecordedNotification.permission = 'granted';
      return RecordedNotification.permission;
    }
    constructor(title, options = {}) {
      super();
      this.title = title;
      this.body = options.body ?? '';
      this.tag = options.tag ?? '';
      this.data = options.data ?? null;
      notifications.push(this);
    }
    close() { this.dispatchEvent(new Event('close')); }
  }
  Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true });
  const textOf = async (item, type) => item.types.includes(type) ? (await item.getType(type)).text() : '';
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      async write(items) {
        for (const item of items) clipboard.push({ text: await textOf(item, 'text/plain'), html: await textOf(item, 'text/html') });
      },
      async writeText(text) { clipboard.push({ text, html: '' }); },
    },
  });
  window.open = (url) => { opened.push(String(url)); return {}; };
  document.addEventListener('click', (event) => {
    const link = event.target instanceof HTMLAnchorElement ? event.target : null;
    if (link && link.href.startsWith('mailto:')) { opened.push(link.href); event.preventDefault(); }
  }, true);
  window.__footholdRecorded = {
    read: () => ({
      notifications: notifications.map((n) => ({ title: n.title, body: n.body, cardId: n.data?.cardId ?? '', key: n.tag })),
      clipboard: [...clipboard],
      opened: [...opened],
      permissionRequests,
    }),
    fire(key, type) {
      const notification = notifications.findLast((n) => n.tag === key);
      if (!notification) throw new Error('No notification ' + key + ' was shown');
      notification.dispatchEvent(new Event(type));
    },
  };
})()`
