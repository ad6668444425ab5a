import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { ALIASES } from './scripts/aliases.mjs'

// Everything is bundled: the packaged app ships no node_modules, and a sandboxed preload can only
// `require('electron')`. A static test (src/main/build-output.test.ts) holds the build to that.
// `npm start` builds quietly: a newcomer needs the app, not the list of chunks.
const logLevel = process.env.FOOTHOLD_QUIET_BUILD ? 'warn' : 'info'

export default defineConfig({
  main: {
    logLevel,
    resolve: { alias: ALIASES },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/main/index.ts') },
        // Bundled libraries' JSDoc (ical.js's `@typedef {import("./types.js")…}`) means nothing at
        // run time, and would read as imports to the build-output test.
        output: { comments: { jsdoc: false } },
      },
    },
  },
  preload: {
    logLevel,
    resolve: { alias: ALIASES },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    logLevel,
    resolve: { alias: ALIASES },
    root: resolve('src/renderer'),
    build: {
      minify: true,
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          // The browser edition's stand-in for the preload; its server adds it to index.html.
          'browser-edition': resolve('src/renderer/browser-edition/bridge.ts'),
        },
        output: {
          entryFileNames: (chunk) =>
            chunk.name === 'browser-edition' ? '[name].js' : 'assets/[name]-[hash].js',
        },
      },
    },
    plugins: [react()],
  },
})
