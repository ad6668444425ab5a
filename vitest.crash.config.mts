import { defineConfig } from 'vitest/config'

/** The crash test: slow (hundreds of child processes), so it runs on its own, after the unit tests. */
export default defineConfig({
  test: {
    include: ['reliability/**/*.test.ts'],
    environment: 'node',
  },
})
