/**
 * Runs in the page before the app: the built preload (CommonJS that requires only "electron") is
 * evaluated with a stand-in `electron` module whose ipcRenderer talks to the real main-process
 * modules in the test process through Playwright bindings. So the browser host exercises the very
 * preload bundle the Electron app ships.
 */
export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  window.__footholdEmit = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, payload);
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: api, enumerable: true });
      },
    },
    ipcRenderer: {
      invoke: (channel, payload) => window.__footholdInvoke(channel, payload),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`
}
