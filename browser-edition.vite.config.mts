import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { ALIASES } from './scripts/aliases.mjs'

// The browser edition's server: the same main-process services under plain Node, no Electron.
// A build of its own, so that nothing of it can end up in the Electron main bundle. Everything
// is bundled, as for the app, so it runs from out/ alone.
export default defineConfig({
  resolve: { alias: ALIASES },
  build: {
    ssr: resolve('src/main/browser-edition/cli.ts'),
    outDir: 'out/browser-edition',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    reportCompressedSize: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'server.cjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
})
