import { defineConfig } from 'vitest/config'
import { ALIASES } from './scripts/aliases.mjs'

export default defineConfig({
  resolve: { alias: ALIASES },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // NODE_ENV=test must not change how the store behaves; the store tests prove it.
    env: { NODE_ENV: 'test' },
  },
})
