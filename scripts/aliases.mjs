// The import aliases, one place for every tool that resolves them: electron-vite, the browser
// edition's build, Vitest, the benchmark's module runner and the crash test's build.
// tsconfig.base.json declares the same in "paths" (for the type checker, ESLint and Playwright);
// a test keeps the two alike.
import { fileURLToPath } from 'node:url'

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url))

export const ALIASES = {
  '@shared': at('src/shared'),
  '@main': at('src/main'),
  '@renderer': at('src/renderer/src'),
}
