import { defineConfig } from 'vitest/config'
import { ALIASES } from './scripts/aliases.mjs'

/** The crash test: slow (hundreds of child processes), so it runs on its own, after the unit tests. */
export default defineConfig({
  resolve: { alias: ALIASES },
  test: {
    include: ['reliability/**/*.test.ts'],
    environment: 'node',
  },
})
